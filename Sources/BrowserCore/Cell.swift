/// A colour role: the theme maps it to a terminal colour (or to nothing under `NO_COLOR`).
public enum ColorRole: String, Sendable, Hashable, CaseIterable {
    case normal, accent, muted, highlight, company, person, organization, place, deal, stake, quote
    case selection, statusBar, border, error
}

/// How one cell is drawn.
public struct CellStyle: Sendable, Hashable {
    /// The role of the text colour.
    public var foreground: ColorRole
    /// The role of the background colour; nil for the foreground role's own background.
    public var background: ColorRole?
    /// Bold text.
    public var bold: Bool
    /// Reverse video.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool
    /// Dim text.
    public var dim: Bool

    /// Creates a style.
    public init(
        foreground: ColorRole = .normal, background: ColorRole? = nil, bold: Bool = false, reverse: Bool = false,
        underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The default style.
    public static let plain = CellStyle()
}

/// One terminal cell: a character and its style. A wide character (CJK) occupies its cell and the
/// next, which holds a `continuation` cell.
public struct Cell: Sendable, Hashable {
    /// The character shown.
    public var character: Character
    /// How it is drawn.
    public var style: CellStyle
    /// 1 for most characters, 2 for wide ones, 0 for the cell after a wide character.
    public var width: UInt8

    /// Creates a cell.
    public init(character: Character = " ", style: CellStyle = .plain, width: UInt8 = 1) {
        self.character = character
        self.style = style
        self.width = width
    }

    /// A space in the default style.
    public static let blank = Cell()
    /// The cell covered by the right half of a wide character.
    public static let continuation = Cell(character: " ", width: 0)
}
