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
    private var pairs: [TerminalColors: Int16] = [:]
    private let colorsEnabled: Bool
    private let colorsFor: (CellStyle) -> TerminalColors
    private var isRunning = false

    /// Takes over the terminal: locale, raw mode, keypad, mouse, colours.
    /// - Parameter colors: maps a cell's style to terminal colours; ignored when `useColor` is false.
    public init(useColor: Bool, colors: @escaping (CellStyle) -> TerminalColors) {
        setlocale(LC_ALL, "")
        initscr()
        raw()
        noecho()
        nonl()
        keypad(nc_stdscr(), true)
        set_escdelay(25)
        mousemask(nc_all_mouse_events(), nil)
        mouseinterval(0)
        var enabled = false
        if useColor, has_colors() {
            start_color()
            use_default_colors()
            enabled = true
        }
        colorsEnabled = enabled
        colorsFor = colors
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

    /// Draws the grid, writing only the cells that differ from the last drawn grid.
    public func draw(_ grid: Grid) {
        let full = previous.map { $0.rows != grid.rows || $0.columns != grid.columns } ?? true
        if full { erase() }
        for row in 0..<grid.rows {
            var column = 0
            while column < grid.columns {
                let cell = grid[row, column]
                if !full, let previous, previous[row, column] == cell,
                    cell.width < 2 || previous[row, column + 1] == grid[row, column + 1]
                {
                    column += 1
                    continue
                }
                if cell.width == 0 {
                    column += 1
                    continue
                }
                put(cell, row: row, column: column, lastColumn: column + Int(cell.width) >= grid.columns)
                column += max(1, Int(cell.width))
            }
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

    private func put(_ cell: Cell, row: Int, column: Int, lastColumn: Bool) {
        var attributes = nc_a_normal()
        if cell.style.bold { attributes |= nc_a_bold() }
        if cell.style.reverse { attributes |= nc_a_reverse() }
        if cell.style.underline { attributes |= nc_a_underline() }
        if cell.style.dim { attributes |= nc_a_dim() }
        let pair = colorsEnabled ? pairNumber(for: colorsFor(cell.style)) : 0
        attr_set(attributes, pair, nil)
        var characters: [wchar_t] = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        // Writing the bottom-right cell makes curses scroll on some terminals; its error is harmless.
        _ = mvaddnwstr(Int32(row), Int32(column), characters, Int32(characters.count - 1))
        _ = lastColumn
    }

    private func pairNumber(for colors: TerminalColors) -> Int16 {
        if colors == .defaults { return 0 }
        if let pair = pairs[colors] { return pair }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < nc_color_pairs() else { return 0 }
        let limit = max(8, min(Int(nc_colors()), 256))
        let foreground = Int16(colors.foreground < limit ? colors.foreground : -1)
        let background = Int16(colors.background < limit ? colors.background : -1)
        init_pair(next, foreground, background)
        pairs[colors] = next
        return next
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
