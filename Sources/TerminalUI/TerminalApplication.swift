import BrowserCore

/// What the run loop drives: something that takes events and renders a grid.
public protocol TerminalApplication: AnyObject {
    /// Handles a key or mouse event.
    func handle(_ event: KeyEvent)
    /// Adapts to a new terminal size.
    func resize(rows: Int, columns: Int)
    /// The screen as it should look now.
    var grid: Grid { get }
    /// True when the user has quit.
    var isFinished: Bool { get }
}

/// Runs an application on the terminal until it finishes, then restores the terminal.
public enum TerminalRunLoop {
    /// Draws, reads an event, hands it over, and repeats; Ctrl-C quits at once.
    public static func run(_ application: TerminalApplication, on terminal: CursesTerminal) {
        defer { terminal.shutdown() }
        let size = terminal.size
        application.resize(rows: size.rows, columns: size.columns)
        terminal.draw(application.grid)
        while !application.isFinished {
            guard let event = terminal.nextEvent() else { continue }
            switch event {
            case .key(.control("c")):
                return
            case .key(let key):
                application.handle(key)
            case .resized(let rows, let columns):
                application.resize(rows: rows, columns: columns)
            }
            if application.isFinished { break }
            terminal.draw(application.grid)
        }
    }
}
