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

extension KeyEvent {
    /// The same key in its canonical form: control characters that terminals send for named
    /// keys become those keys (DEL and Ctrl-H → Backspace, Ctrl-M and Ctrl-J → Enter,
    /// Ctrl-I → Tab, Ctrl-[ → Escape), and a raw control character becomes `.control`.
    public var normalized: KeyEvent {
        switch self {
        case .character(let character):
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return self }
            switch scalar.value {
            case 0x7F, 0x08: return .backspace
            case 0x0D, 0x0A: return .enter
            case 0x09: return .tab
            case 0x1B: return .escape
            case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
            default: return self
            }
        case .control(let character):
            switch character {
            case "h", "H", "?": return .backspace
            case "m", "M", "j", "J": return .enter
            case "i", "I": return .tab
            case "[": return .escape
            default:
                let lower = Character(character.lowercased())
                return lower == character ? self : .control(lower)
            }
        default:
            return self
        }
    }
}
