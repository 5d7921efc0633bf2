import Foundation
import TestSupport

/// A temporary folder with helpers to write files into it; removed on deinit.
final class TempFiles {
    let folder: URL

    init() throws { folder = try Fixtures.temporaryFolder("newsimport") }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes `bytes` to `name` (subfolders created) and returns the path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes UTF-8 text to `name` and returns the path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, bytes: Array(text.utf8)) }
}
