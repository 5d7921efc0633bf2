/// A foreground and background colour as terminal colour numbers: 0–255, or -1 for the
/// terminal's default colour.
public struct TerminalColors: Sendable, Hashable {
    /// The foreground colour number, -1 for the default.
    public var foreground: Int
    /// The background colour number, -1 for the default.
    public var background: Int

    /// Creates a colour pair.
    public init(foreground: Int, background: Int) {
        self.foreground = foreground
        self.background = background
    }

    /// The terminal's default colours.
    public static let defaults = TerminalColors(foreground: -1, background: -1)
}

/// Maps every ``ColorRole`` to terminal colours. The backend asks it for each role's colours
/// once (to set up colour pairs) and for each cell's colours while drawing.
///
/// ```swift
/// let theme = Theme.fromEnvironment(ProcessInfo.processInfo.environment)
/// for (index, role) in ColorRole.allCases.enumerated() {
///     let colors = theme.colors(for: role)   // init_pair(index + 1, colors.foreground, colors.background)
/// }
/// ```
public struct Theme: Sendable, Hashable {
    /// The kinds of theme newsbrowse ships.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case dark, light, noColor
    }

    /// Which theme this is.
    public var kind: Kind
    private var table: [ColorRole: TerminalColors]

    /// Creates a theme from a role table; missing roles use the default colours.
    public init(kind: Kind, colors: [ColorRole: TerminalColors]) {
        self.kind = kind
        self.table = colors
    }

    /// Whether the theme uses colours at all (false under `NO_COLOR`: bold and reverse only).
    public var usesColor: Bool { kind != .noColor }

    /// The colours of one role.
    public func colors(for role: ColorRole) -> TerminalColors { table[role] ?? .defaults }

    /// The colours of a cell style: the foreground role's foreground, and the background role's
    /// background (or the foreground role's own background when the style names none).
    public func colors(for style: CellStyle) -> TerminalColors {
        let front = colors(for: style.foreground)
        guard let back = style.background else { return front }
        return TerminalColors(foreground: front.foreground, background: colors(for: back).background)
    }

    /// Light text on a dark terminal (xterm-256 colour numbers).
    public static let dark = Theme(
        kind: .dark,
        colors: [
            .normal: .defaults,
            .accent: TerminalColors(foreground: 81, background: -1),
            .muted: TerminalColors(foreground: 245, background: -1),
            .highlight: TerminalColors(foreground: 16, background: 221),
            .company: TerminalColors(foreground: 117, background: -1),
            .person: TerminalColors(foreground: 215, background: -1),
            .organization: TerminalColors(foreground: 156, background: -1),
            .place: TerminalColors(foreground: 183, background: -1),
            .deal: TerminalColors(foreground: 204, background: -1),
            .stake: TerminalColors(foreground: 114, background: -1),
            .quote: TerminalColors(foreground: 229, background: -1),
            .selection: TerminalColors(foreground: 231, background: 24),
            .statusBar: TerminalColors(foreground: 231, background: 238),
            .border: TerminalColors(foreground: 240, background: -1),
            .error: TerminalColors(foreground: 203, background: -1),
        ])

    /// Dark text on a light terminal.
    public static let light = Theme(
        kind: .light,
        colors: [
            .normal: .defaults,
            .accent: TerminalColors(foreground: 25, background: -1),
            .muted: TerminalColors(foreground: 242, background: -1),
            .highlight: TerminalColors(foreground: 16, background: 222),
            .company: TerminalColors(foreground: 24, background: -1),
            .person: TerminalColors(foreground: 130, background: -1),
            .organization: TerminalColors(foreground: 28, background: -1),
            .place: TerminalColors(foreground: 90, background: -1),
            .deal: TerminalColors(foreground: 160, background: -1),
            .stake: TerminalColors(foreground: 22, background: -1),
            .quote: TerminalColors(foreground: 94, background: -1),
            .selection: TerminalColors(foreground: 16, background: 153),
            .statusBar: TerminalColors(foreground: 16, background: 252),
            .border: TerminalColors(foreground: 247, background: -1),
            .error: TerminalColors(foreground: 160, background: -1),
        ])

    /// No colours at all (`NO_COLOR`): every role uses the terminal's defaults and the
    /// renderer marks things with bold and reverse only.
    public static let noColor = Theme(kind: .noColor, colors: [:])

    /// The theme for an environment: `NO_COLOR` (set and not empty) gives ``noColor``;
    /// `NEWSBROWSE_THEME=light` gives ``light``; otherwise ``dark``.
    public static func fromEnvironment(_ environment: [String: String]) -> Theme {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .noColor }
        switch environment["NEWSBROWSE_THEME"]?.lowercased() {
        case "light": return .light
        case "nocolor", "none", "mono": return .noColor
        default: return .dark
        }
    }
}
