import ArgumentParser
import BrowserCore
import Foundation
import NewsModel
import TerminalUI

/// The browser session is what the terminal run loop drives.
extension BrowserSession: TerminalApplication {
    public func handle(_ event: KeyEvent) { send(event) }
}

/// Starts the interactive browser on `store` and returns when the user quits.
func runBrowser(store: any NewsStore) throws {
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
        let count = try store.articleCount()
        Console.error(
            "error: \(count) articles are stored, but the browser needs a terminal (stdin and stdout are not one); "
                + "use 'newsbrowse search' or 'newsbrowse export' in scripts.")
        throw ExitCode(1)
    }
    let theme = Theme.fromEnvironment(ProcessInfo.processInfo.environment)
    let terminal = CursesTerminal(theme: theme)
    let size = terminal.size
    let session = BrowserSession(store: store, rows: size.rows, columns: size.columns, theme: theme)
    TerminalRunLoop.run(session, on: terminal)
}
