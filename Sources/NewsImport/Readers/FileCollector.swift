import Foundation

/// Expands the paths given on the command line into the files to read: files as given, folders
/// recursively, in a stable order (by path, byte-wise).
///
/// Inside folders, hidden files and folders are skipped, and so are files whose extension names
/// no article format (`README.md`, images): only `.txt`, `.text`, `.jsonl`, `.ndjson`, `.json`,
/// `.xml`, `.rss`, `.atom` and files without an extension are read. A file named directly is
/// always read.
public enum FileCollector {
    /// One file to read: where it is and how to name it in messages.
    public struct Entry: Sendable, Hashable {
        public var path: String
        /// The path as the user would write it: the argument, then the path inside the folder.
        public var displayName: String
        public var size: Int
    }

    /// The files under `paths`, and an error for each path that does not exist or cannot be listed.
    public static func collect(_ paths: [String]) -> (files: [Entry], errors: [ImportError]) {
        var files: [Entry] = []
        var errors: [ImportError] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(ImportError(file: path, reason: .unreadable("no such file or folder")))
                continue
            }
            guard isFolder.boolValue else {
                files.append(Entry(path: path, displayName: path, size: size(of: path)))
                continue
            }
            guard let names = try? manager.subpathsOfDirectory(atPath: path), manager.isReadableFile(atPath: path) else {
                errors.append(ImportError(file: path, reason: .unreadable("the folder cannot be listed")))
                continue
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            var found: [Entry] = []
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let fileName = (name as NSString).lastPathComponent
                guard ArticleReader.format(ofName: fileName) != nil || !fileName.contains(".") else { continue }
                let full = prefix + name
                var isSubfolder: ObjCBool = false
                guard manager.fileExists(atPath: full, isDirectory: &isSubfolder), !isSubfolder.boolValue else { continue }
                found.append(Entry(path: full, displayName: full, size: size(of: full)))
            }
            files += found.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        }
        return (files, errors)
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
