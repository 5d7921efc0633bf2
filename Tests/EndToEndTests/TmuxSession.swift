import Foundation

/// A private tmux server running one command in a detached window, for driving the real binary.
final class TmuxSession {
    let socket: String
    private let environment: [String: String]

    /// Starts `command` (a shell command line) in a new window of the given size.
    init(command: String, rows: Int = 40, columns: Int = 120, environment extra: [String: String] = [:]) throws {
        socket = "newsbrowse-test-\(UUID().uuidString.prefix(8))"
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        environment.removeValue(forKey: "TMUX")
        for (key, value) in extra { environment[key] = value }
        self.environment = environment
        let started = try tmux([
            "-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)",
            "env", "TERM=tmux-256color", "LANG=C.UTF-8", "sh", "-c", command,
        ])
        guard started.status == 0 else {
            throw NSError(domain: "TmuxSession", code: 1, userInfo: [NSLocalizedDescriptionKey: started.output])
        }
        _ = try? tmux(["set-option", "-g", "remain-on-exit", "on"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.run(["tmux", "-L", socket] + arguments, environment: environment)
    }

    /// Types keys (tmux key names such as "Enter", "Escape", "BSpace", or literal text with `literal`).
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible text of the pane.
    func capture(colors: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (colors ? ["-e"] : [])).output
    }

    /// Polls the pane until `predicate` holds or the deadline passes; returns the last capture.
    @discardableResult
    func waitFor(
        timeout: TimeInterval = 20, _ description: String, _ predicate: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            usleep(50_000)
        }
        throw NSError(domain: "TmuxSession", code: 2, userInfo: [
            NSLocalizedDescriptionKey: "timed out waiting for \(description); screen was:\n\(screen)"
        ])
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 20) throws -> String {
        try waitFor(timeout: timeout, "'\(text)'") { $0.contains(text) }
    }

    /// Resizes the window.
    func resize(rows: Int, columns: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(columns)", "-y", "\(rows)"])
    }
}
