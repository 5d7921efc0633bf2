import Foundation
import TestSupport

/// Runs the built `newsbrowse` binary in a child process, as a user would.
struct CLI {
    /// What a finished run gave.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `newsbrowse` executable next to the test bundle (swift test builds it: EndToEndTests
    /// depends on it).
    static let executable: URL = {
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(argument0.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        for folder in candidates {
            var current = folder
            for _ in 0..<4 {
                let binary = current.appendingPathComponent("newsbrowse")
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isFolder), !isFolder.boolValue {
                    return binary
                }
                current = current.deletingLastPathComponent()
            }
        }
        return argument0.deletingLastPathComponent().appendingPathComponent("newsbrowse")
    }()

    /// The folder for this test's databases and outputs.
    let folder: URL
    /// Extra environment for the child; NEWSBROWSE_DB is always removed first.
    var environment: [String: String] = [:]

    init() throws { folder = try Fixtures.temporaryFolder("newsbrowse-cli") }

    /// A path inside the test folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Starts `newsbrowse arguments…` with stdout and stderr going to files; returns the process.
    func start(_ arguments: [String], label: String = UUID().uuidString) throws -> (Process, stdout: URL, stderr: URL) {
        let out = folder.appendingPathComponent("\(label).out")
        let err = folder.appendingPathComponent("\(label).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NEWSBROWSE_DB")
        env["XDG_DATA_HOME"] = path("xdg")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    /// Runs `newsbrowse arguments…` to the end.
    @discardableResult
    func run(_ arguments: [String]) throws -> Run {
        let (process, out, err) = try start(arguments)
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// Removes the test folder.
    func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}
