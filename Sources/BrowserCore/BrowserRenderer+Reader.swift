import NewsModel

extension BrowserRenderer {
    /// The reader's text with mentions highlighted and the marked evidence reversed.
    static func drawReaderText(_ grid: inout Grid, _ box: Rect, _ state: BrowserState, _ styles: Styles) {
        guard let reader = state.reader else { return }
        let inner = frame(&grid, box, title: readerTitle(state), pane: .primary, state, styles)
        guard inner.height > 0, inner.width > 0 else { return }
        if state.focus == .primary { grid.cursor = (inner.row, inner.column) }
        guard reader.isLoaded else {
            let text = reader.isMissing ? "This article could not be loaded." : "Loading…"
            grid.writeFitted(text, row: inner.row, column: inner.column, width: inner.width, style: styles.muted)
            return
        }
        let facts = reader.facts ?? .empty
        var kinds: [EntityID: EntityKind] = [:]
        for entity in facts.entities { kinds[entity.id] = entity.kind }
        let mentions = facts.mentions.map { ($0.range, kinds[$0.entity]) }.sorted { $0.0 < $1.0 }
        for (line, textLine) in reader.lines.dropFirst(state.readerScroll).prefix(inner.height).enumerated() {
            let y = inner.row + line
            let base: CellStyle
            switch textLine.kind {
            case .title: base = styles.header
            case .meta: base = styles.muted
            case .body, .blank: base = .plain
            }
            let first = textLine.firstOffset ?? -1
            let last = textLine.lastOffset ?? -1
            let lineMentions = mentions.filter { $0.0.end > first && $0.0.start <= last }
            var x = inner.column
            for (character, offset) in zip(textLine.characters, textLine.offsets) {
                var style = base
                if offset >= 0 {
                    if let mention = lineMentions.first(where: { offset >= $0.0.start && offset < $0.0.end }) {
                        style = styles.mention(mention.1)
                    }
                    if let mark = reader.mark, offset >= mark.start, offset < mark.end {
                        var marked = styles.mark
                        marked.bold = style.bold
                        style = marked
                    }
                }
                x += grid.writeSanitized(
                    CollectionOfOne(character), row: y, column: x, maxWidth: inner.column + inner.width - x,
                    style: style)
            }
        }
    }

    /// "Article · 40%": where the reader is in the text.
    static func readerTitle(_ state: BrowserState) -> String {
        guard let reader = state.reader, reader.isLoaded, !reader.lines.isEmpty else { return "Article" }
        let layout = Layout(for: state)
        let visible = max(1, Layout.inside(layout.box(for: .primary)).height)
        let end = min(reader.lines.count, state.readerScroll + visible)
        let percent = end * 100 / reader.lines.count
        return "Article · \(percent)%"
    }
}
