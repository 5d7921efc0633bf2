import NewsModel

extension BrowserState {
    /// Brings selections and scroll offsets back into range for the current layout, wraps the
    /// reader's text for the current width and scrolls to a pending mark.
    public mutating func normalize() {
        let layout = Layout(for: self)
        let primaryRowsShown = Layout.visibleRows(in: layout.box(for: .primary), tableHeader: true)
        switch location {
        case .articles:
            articles.cursor.normalize(selectable: articles.list.items.map { _ in true }, visibleRows: primaryRowsShown)
        case .entities:
            entities.cursor.normalize(selectable: entities.list.items.map { _ in true }, visibleRows: primaryRowsShown)
        case .deals:
            deals.cursor.normalize(selectable: dealRows.map(\.isSelectable), visibleRows: primaryRowsShown)
        case .profile:
            if profile?.profile != nil {
                profileCursor.normalize(
                    selectable: profileRows.map(\.isSelectable),
                    visibleRows: Layout.visibleRows(in: layout.box(for: .primary), tableHeader: false))
            }
        case .reader:
            normalizeReader(layout)
        }
        let detailBox = Layout.inside(layout.box(for: .secondary))
        if !isReader {
            let lines = DetailContent.lines(for: self, width: detailBox.width).count
            detailScroll = min(detailScroll, max(0, lines - detailBox.height))
        }
        if search.isActive {
            search.cursor.normalize(
                selectable: search.results.map { _ in true }, visibleRows: SearchOverlay.visibleResults(self))
        }
        helpScroll = min(max(0, helpScroll), max(0, HelpContent.lines.count - 1))
    }

    /// Whether the reader is shown.
    var isReader: Bool {
        if case .reader = location { return true }
        return false
    }

    private mutating func normalizeReader(_ layout: Layout) {
        guard var reader, let article = reader.article, reader.facts != nil else { return }
        let inner = Layout.inside(layout.box(for: .primary))
        if reader.wrapWidth != inner.width {
            reader.lines = TextWrapper.readerLines(for: article, width: inner.width)
            reader.wrapWidth = inner.width
        }
        let visible = max(1, inner.height)
        if reader.needsScrollToMark, let mark = reader.mark, !reader.lines.isEmpty {
            if let index = reader.lines.firstIndex(where: { line in
                line.offsets.contains { $0 >= mark.start && $0 < mark.end }
            }) {
                readerScroll = max(0, index - min(2, visible / 4))
            }
            reader.needsScrollToMark = false
            // The fact whose evidence is marked is selected in the fact list as well.
            if let index = readerFactRows(for: reader).firstIndex(where: { $0.evidenceRange == mark }) {
                readerCursor.selected = index
            }
        }
        readerScroll = min(max(0, readerScroll), max(0, reader.lines.count - visible))
        self.reader = reader
        readerCursor.normalize(
            selectable: readerFactRows.map(\.isSelectable),
            visibleRows: Layout.visibleRows(in: layout.box(for: .secondary), tableHeader: false))
    }
}
