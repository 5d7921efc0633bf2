import BrowserCore
import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal reports: a key (or mouse) event, or a new size.
public enum TerminalEvent: Sendable, Hashable {
    case key(KeyEvent)
    case resized(rows: Int, columns: Int)
}

/// The thin ncurses backend: it draws a ``Grid`` (only the cells that changed) and reads keys.
/// It knows nothing about news; everything it shows comes from the grid.
public final class CursesTerminal {
    private var previous: Grid?
    private let pairTable: ColorPairTable?
    private var isRunning = false

    /// Takes over the terminal: locale, raw mode, keypad, mouse, and the theme's colours (none
    /// when the theme uses no colour or the terminal has none).
    public init(theme: Theme) {
        setlocale(LC_ALL, "")
        initscr()
        raw()
        noecho()
        nonl()
        keypad(nc_stdscr(), true)
        set_escdelay(25)
        mousemask(nc_all_mouse_events(), nil)
        mouseinterval(0)
        var table: ColorPairTable?
        if theme.usesColor, has_colors() {
            start_color()
            use_default_colors()
            let colors = ColorPairTable(theme: theme, colorCount: Int(nc_colors()))
            for (offset, pair) in colors.pairs.enumerated() where Int32(offset + 1) < nc_color_pairs() {
                init_pair(Int16(offset + 1), Int16(pair.foreground), Int16(pair.background))
            }
            table = colors
        }
        pairTable = table
        isRunning = true
        CursesTerminal.installSignalHandlers()
    }

    deinit { shutdown() }

    /// The terminal's size in rows and columns.
    public var size: (rows: Int, columns: Int) { (Int(nc_lines()), Int(nc_cols())) }

    /// Gives the terminal back: leaves curses mode, restoring the screen and the cursor.
    public func shutdown() {
        guard isRunning else { return }
        isRunning = false
        endwin()
    }

    /// Draws the grid, writing only the runs of cells that differ from the last drawn grid.
    public func draw(_ grid: Grid) {
        if previous.map({ $0.rows != grid.rows || $0.columns != grid.columns }) ?? true { erase() }
        for run in grid.changedRuns(from: previous) {
            var attributes = nc_a_normal()
            if run.style.bold { attributes |= nc_a_bold() }
            if run.style.reverse { attributes |= nc_a_reverse() }
            if run.style.underline { attributes |= nc_a_underline() }
            if run.style.dim { attributes |= nc_a_dim() }
            let pair = Int16(pairTable?.number(for: run.style) ?? 0)
            attr_set(attributes, pair, nil)
            var characters: [wchar_t] = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            characters.append(0)
            // Writing the bottom-right cell may fail on some terminals; that error is harmless.
            _ = mvaddnwstr(Int32(run.row), Int32(run.column), characters, Int32(characters.count - 1))
        }
        if let cursor = grid.cursor {
            curs_set(1)
            move(Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        refresh()
        previous = grid
    }

    /// Forgets what was drawn, so that the next ``draw(_:)`` repaints every cell.
    public func invalidate() {
        previous = nil
        clearok(nc_stdscr(), true)
    }

    /// Waits up to `timeout` milliseconds (-1: forever) for the next event.
    public func nextEvent(timeout: Int32 = -1) -> TerminalEvent? {
        wtimeout(nc_stdscr(), timeout)
        var character: wint_t = 0
        let status = wget_wch(nc_stdscr(), &character)
        if status == ERR { return nil }
        if status == nc_key_code_yes() {
            return functionKey(Int32(character))
        }
        return characterKey(UInt32(character))
    }

    private func characterKey(_ value: UInt32) -> TerminalEvent? {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            let letter = Character(Unicode.Scalar(value + 96)!)
            return .key(.control(letter))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func functionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE:
            invalidate()
            return .resized(rows: Int(nc_lines()), columns: Int(nc_cols()))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let row = Int(event.y)
            let column = Int(event.x)
            if event.bstate & nc_button4_pressed() != 0 { return .key(.mouseWheelUp(row: row, column: column)) }
            if event.bstate & nc_button5_pressed() != 0 { return .key(.mouseWheelDown(row: row, column: column)) }
            if event.bstate & nc_button1_pressed() != 0 { return .key(.mouseClick(row: row, column: column)) }
            return nil
        default:
            for number in 1...12 where code == nc_key_f(Int32(number)) { return .key(.function(number)) }
            return nil
        }
    }

    /// On SIGTERM, SIGHUP or SIGINT the terminal is restored before the process ends.
    private static func installSignalHandlers() {
        for signalNumber in [SIGTERM, SIGHUP, SIGINT] {
            signal(signalNumber) { number in
                endwin()
                _exit(128 + number)
            }
        }
    }
}
