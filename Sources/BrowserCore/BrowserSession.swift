import NewsModel

/// The browser as the terminal backend (and tests) drive it: state, reducer and effect runner
/// together. Send keys and sizes; draw ``grid``; stop when ``isFinished``.
///
/// A backend's run loop:
///
/// ```swift
/// let theme = Theme.fromEnvironment(ProcessInfo.processInfo.environment)
/// let pairs = ColorPairTable(theme: theme, colorCount: Int(COLORS))   // init_pair each of pairs.pairs
/// let session = BrowserSession(store: store, rows: Int(LINES), columns: Int(COLS), theme: theme)
/// var drawn: Grid? = nil
/// while !session.isFinished {
///     let grid = session.grid
///     for run in grid.changedRuns(from: drawn) { /* attributes of run.style, pair pairs.number(for: run.style), write run.text */ }
///     if let cursor = grid.cursor { /* move(cursor.row, cursor.column) */ }
///     drawn = grid
///     // read a key: session.send(.down) …, or on KEY_RESIZE session.resize(rows:columns:)
/// }
/// ```
public final class BrowserSession {
    /// The current state.
    public private(set) var state: BrowserState
    /// Performs the effects.
    public let runner: EffectRunner
    /// Whether the user quit.
    public private(set) var isFinished = false

    /// Starts a browser on the article list and loads its first page.
    public init(store: any NewsStore, rows: Int, columns: Int, theme: Theme = .dark) {
        state = BrowserState(rows: rows, columns: columns, theme: theme)
        runner = EffectRunner(store: store)
        dispatch(.started)
    }

    /// Handles a key, mouse click or wheel event.
    public func send(_ event: KeyEvent) { dispatch(.keyPressed(event)) }

    /// Handles a new terminal size.
    public func resize(rows: Int, columns: Int) { dispatch(.resized(rows: rows, columns: columns)) }

    /// Applies an action and performs every effect that follows, until none is left.
    public func dispatch(_ action: BrowserAction) {
        var queue = [action]
        var steps = 0
        while !queue.isEmpty, steps < 1_000 {
            steps += 1
            let next = queue.removeFirst()
            for effect in reduce(&state, next) {
                if effect == .quit {
                    isFinished = true
                } else {
                    queue += runner.run(effect)
                }
            }
        }
    }

    /// The screen for the current state.
    public var grid: Grid { render(state) }
}
