import BrowserCore
import CNcursesw

/// Placeholder: the ncurses backend comes with the terminal browser issue.
public enum TerminalBackendInfo {
    /// The ncurses version string, proving the library links.
    public static var cursesVersion: String { String(cString: curses_version()) }
}
