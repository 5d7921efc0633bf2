import NewsModel

/// The cell styles the renderer uses, derived from a theme. Under ``Theme/noColor`` they use
/// bold and reverse only.
public struct Styles: Sendable, Hashable {
    let color: Bool

    /// The styles of a theme.
    public init(_ theme: Theme) { color = theme.usesColor }

    /// Ordinary text.
    public var normal: CellStyle { .plain }
    /// Less important text (dates, ids).
    public var muted: CellStyle { color ? CellStyle(foreground: .muted) : .plain }
    /// Section and column headers.
    public var header: CellStyle { CellStyle(foreground: color ? .accent : .normal, bold: true) }
    /// The selected row of the focused pane.
    public var selection: CellStyle {
        color
            ? CellStyle(foreground: .selection, background: .selection, bold: true)
            : CellStyle(bold: true, reverse: true)
    }
    /// The selected row of a pane without focus.
    public var inactiveSelection: CellStyle {
        color ? CellStyle(foreground: .accent, bold: true) : CellStyle(bold: true)
    }
    /// The marked evidence in the reader.
    public var mark: CellStyle {
        color ? CellStyle(foreground: .highlight, background: .highlight) : CellStyle(reverse: true)
    }
    /// Pane borders.
    public var border: CellStyle { color ? CellStyle(foreground: .border) : .plain }
    /// The border and title of the focused pane.
    public var focusedBorder: CellStyle { CellStyle(foreground: color ? .accent : .normal, bold: true) }
    /// The status bar.
    public var statusBar: CellStyle {
        color ? CellStyle(foreground: .statusBar, background: .statusBar) : CellStyle(reverse: true)
    }
    /// An error message.
    public var error: CellStyle {
        color ? CellStyle(foreground: .error, background: .statusBar, bold: true) : CellStyle(bold: true, reverse: true)
    }
    /// Quoted words.
    public var quote: CellStyle { color ? CellStyle(foreground: .quote) : .plain }

    /// A mention of an entity of some kind in the reader.
    public func mention(_ kind: EntityKind?) -> CellStyle {
        guard color else { return CellStyle(bold: true) }
        switch kind {
        case .company?: return CellStyle(foreground: .company, bold: true)
        case .person?: return CellStyle(foreground: .person, bold: true)
        case .organization?: return CellStyle(foreground: .organization, bold: true)
        case .place?: return CellStyle(foreground: .place)
        case nil: return CellStyle(foreground: .accent, bold: true)
        }
    }

    /// The colour of a fact kind in a list.
    public func fact(_ row: RowItem) -> CellStyle {
        guard color else { return .plain }
        switch row {
        case .deal: return CellStyle(foreground: .deal)
        case .stake: return CellStyle(foreground: .stake)
        case .quote: return CellStyle(foreground: .quote)
        case .mentioned(let entity): return mention(entity.kind)
        case .entity(let entity): return CellStyle(foreground: mention(entity.kind).foreground)
        default: return .plain
        }
    }
}
