/// A colour role: the theme maps it to a terminal colour (or to nothing under `NO_COLOR`).
public enum ColorRole: String, Sendable, Hashable, CaseIterable {
    case normal, accent, muted, highlight, company, person, organization, place, deal, stake, quote
    case selection, statusBar, border, error
}

/// How one cell is drawn.
public struct CellStyle: Sendable, Hashable {
    public var foreground: ColorRole
    public var background: ColorRole?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

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

    public static let plain = CellStyle()
}

/// One terminal cell: a character and its style. A wide character (CJK) occupies its cell and the
/// next, which holds a `continuation` cell.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: CellStyle
    /// 1 for most characters, 2 for wide ones, 0 for the cell after a wide character.
    public var width: UInt8

    public init(character: Character = " ", style: CellStyle = .plain, width: UInt8 = 1) {
        self.character = character
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    /// The cell covered by the right half of a wide character.
    public static let continuation = Cell(character: " ", width: 0)
}
