/// Numbers every colour combination a theme can produce, for curses colour pairs.
///
/// ```swift
/// let table = ColorPairTable(theme: theme, colorCount: Int(COLORS))
/// for (offset, colors) in table.pairs.enumerated() {
///     init_pair(Int16(offset + 1), Int16(colors.foreground), Int16(colors.background))
/// }
/// let pair = table.number(for: cell.style)   // 0 means the default pair
/// ```
public struct ColorPairTable: Sendable, Hashable {
    /// The distinct colour pairs, pair number `n` is `pairs[n - 1]`.
    public private(set) var pairs: [TerminalColors]
    private var numbers: [TerminalColors: Int]
    private let theme: Theme
    private let colorCount: Int

    /// The table of a theme for a terminal with `colorCount` colours (8, 16 or 256); colours the
    /// terminal lacks are mapped to the nearest basic one.
    public init(theme: Theme, colorCount: Int = 256) {
        self.theme = theme
        self.colorCount = colorCount
        var pairs: [TerminalColors] = []
        var numbers: [TerminalColors: Int] = [:]
        let backgrounds: [ColorRole?] = [nil] + ColorRole.allCases.map { $0 }
        for foreground in ColorRole.allCases {
            for background in backgrounds {
                let colors = theme.colors(for: CellStyle(foreground: foreground, background: background))
                    .downsampled(to: colorCount)
                guard colors != .defaults, numbers[colors] == nil else { continue }
                pairs.append(colors)
                numbers[colors] = pairs.count
            }
        }
        self.pairs = pairs
        self.numbers = numbers
    }

    /// The pair number of a cell style; 0 for the terminal's default colours.
    public func number(for style: CellStyle) -> Int {
        numbers[theme.colors(for: style).downsampled(to: colorCount)] ?? 0
    }
}

extension TerminalColors {
    /// The colours mapped to what a terminal with `colorCount` colours can show.
    public func downsampled(to colorCount: Int) -> TerminalColors {
        TerminalColors(
            foreground: TerminalColors.reduce(foreground, to: colorCount),
            background: TerminalColors.reduce(background, to: colorCount))
    }

    /// One xterm-256 colour number mapped to a palette of `count` colours.
    static func reduce(_ color: Int, to count: Int) -> Int {
        guard color >= count, color >= 0 else { return color }
        if count <= 0 { return -1 }
        var basic: Int
        switch color {
        case 8..<16:
            basic = color - 8
            if count >= 16 { return color }
        case 16..<232:
            let cube = color - 16
            let (r, g, b) = (cube / 36, cube / 6 % 6, cube % 6)
            basic = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
            if count >= 16, max(r, g, b) >= 5 { basic += 8 }
        default:
            basic = color >= 244 ? 7 : (color >= 238 && count >= 16 ? 8 : 0)
        }
        return min(basic, count - 1)
    }
}
