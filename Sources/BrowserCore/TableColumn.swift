/// A column of a table pane: fixed or flexible width, and a priority for dropping it when the
/// terminal is narrow.
public struct TableColumn: Sendable, Hashable {
    /// The column header.
    public var title: String
    /// The width of a fixed column; nil for a flexible one.
    public var fixed: Int?
    /// The smallest width of a flexible column.
    public var minimum: Int
    /// The share of spare width a flexible column gets.
    public var weight: Int
    /// Whether the text is aligned right (numbers).
    public var alignRight: Bool
    /// Columns with lower priority are dropped first.
    public var priority: Int

    /// A fixed-width column.
    public static func fixed(_ title: String, _ width: Int, right: Bool = false, priority: Int) -> TableColumn {
        TableColumn(title: title, fixed: width, minimum: width, weight: 0, alignRight: right, priority: priority)
    }

    /// A flexible column.
    public static func flexible(_ title: String, minimum: Int, weight: Int = 1, priority: Int) -> TableColumn {
        TableColumn(title: title, fixed: nil, minimum: minimum, weight: weight, alignRight: false, priority: priority)
    }

    /// Where each kept column goes in a table `width` cells wide: (column index, x, width).
    /// Columns are separated by one space; the lowest-priority columns are dropped until the
    /// rest fit, and spare width goes to the flexible ones.
    public static func layout(_ columns: [TableColumn], width: Int) -> [(index: Int, x: Int, width: Int)] {
        guard width > 0, !columns.isEmpty else { return [] }
        var kept = Array(columns.indices)
        func needed(_ set: [Int]) -> Int { set.reduce(0) { $0 + columns[$1].minimum } + max(0, set.count - 1) }
        while kept.count > 1, needed(kept) > width {
            let weakest = kept.min { columns[$0].priority < columns[$1].priority }!
            kept.removeAll { $0 == weakest }
        }
        var spare = max(0, width - needed(kept))
        let totalWeight = kept.reduce(0) { $0 + columns[$1].weight }
        var widths = kept.map { columns[$0].minimum }
        if totalWeight > 0 {
            let share = spare
            for (position, index) in kept.enumerated() where columns[index].weight > 0 {
                let extra = share * columns[index].weight / totalWeight
                widths[position] += extra
                spare -= extra
            }
            if let last = kept.indices.last(where: { columns[kept[$0]].weight > 0 }) { widths[last] += spare }
        }
        var x = 0
        var result: [(index: Int, x: Int, width: Int)] = []
        for (position, index) in kept.enumerated() {
            let w = min(widths[position], max(0, width - x))
            if w > 0 { result.append((index, x, w)) }
            x += widths[position] + 1
        }
        return result
    }
}
