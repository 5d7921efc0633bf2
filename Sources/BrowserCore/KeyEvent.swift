/// A key or mouse event as the backend reads it from the terminal.
public enum KeyEvent: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("d")` for Ctrl-D.
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    case function(Int)
    case mouseClick(row: Int, column: Int)
    case mouseWheelUp(row: Int, column: Int)
    case mouseWheelDown(row: Int, column: Int)
}
