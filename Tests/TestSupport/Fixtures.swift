import Foundation
import NewsModel

/// Paths and builders shared by the test targets.
public enum Fixtures {
    /// The repository root (found from this file's location).
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// `../shared` beside the repository: the seed article and the corpora.
    public static var sharedFolder: URL {
        repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }

    /// The seed article file.
    public static var seedFile: URL {
        sharedFolder.appendingPathComponent("seeds/000_01e16cab228ac14f.txt")
    }

    /// A fresh temporary folder, removed by the caller when done.
    public static func temporaryFolder(_ label: String = "newsbrowse") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
