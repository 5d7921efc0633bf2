import Foundation

/// Where `swift build`/`swift test` put the executables this test bundle depends on.
enum BuiltProducts {
    /// The folder of the test bundle, which also holds the `newsbrowse` executable.
    static var folder: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    /// The built `newsbrowse` executable.
    static var newsbrowse: URL { folder.appendingPathComponent("newsbrowse") }
}
