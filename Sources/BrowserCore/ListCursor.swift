/// The selected row and the first visible row of a list.
public struct ListCursor: Sendable, Hashable {
    /// The index of the selected row.
    public var selected: Int
    /// The index of the first row shown.
    public var offset: Int

    /// Creates a cursor.
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` rows onto a selectable row, clamped to the list.
    ///
    /// Non-selectable rows (section headers) are skipped in the direction of travel.
    public mutating func move(by delta: Int, selectable: [Bool]) {
        guard !selectable.isEmpty else {
            selected = 0
            return
        }
        var target = min(max(0, selected + delta), selectable.count - 1)
        let step = delta >= 0 ? 1 : -1
        var probe = target
        while probe >= 0, probe < selectable.count, !selectable[probe] { probe += step }
        if probe < 0 || probe >= selectable.count {
            probe = target
            while probe >= 0, probe < selectable.count, !selectable[probe] { probe -= step }
        }
        if probe >= 0, probe < selectable.count { target = probe }
        selected = target
    }

    /// Clamps the selection to a selectable row and the offset so that it is visible in
    /// `visibleRows` rows.
    public mutating func normalize(selectable: [Bool], visibleRows: Int) {
        if selectable.isEmpty {
            selected = 0
            offset = 0
            return
        }
        selected = min(max(0, selected), selectable.count - 1)
        if !selectable[selected] { move(by: 0, selectable: selectable) }
        let height = max(1, visibleRows)
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = max(0, min(offset, max(0, selectable.count - height)))
        // A header right above the first selectable row stays in view.
        if offset > 0, selectable[..<selected].allSatisfy({ !$0 }), selected < height { offset = 0 }
    }
}
