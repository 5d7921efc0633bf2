/// Rows of a long list loaded page by page, never all at once.
public struct PagedList<Item: Sendable & Hashable>: Sendable, Hashable {
    /// The rows loaded so far, from the first one on.
    public var items: [Item]
    /// How many rows there are in all, when known.
    public var total: Int?
    /// The offset of the page being loaded, if a load is in flight.
    public var pendingOffset: Int?
    /// Whether the last page has been loaded.
    public var isComplete: Bool
    /// Whether the first page has arrived.
    public var hasLoaded: Bool

    /// An empty list, nothing loaded.
    public init() {
        items = []
        total = nil
        pendingOffset = nil
        isComplete = false
        hasLoaded = false
    }

    /// Forgets everything loaded (after a sort or filter change).
    public mutating func reset() { self = PagedList() }

    /// Appends a page if it is the one awaited; returns whether it was accepted.
    @discardableResult
    public mutating func accept(offset: Int, limit: Int, items page: [Item], total: Int?) -> Bool {
        guard pendingOffset == offset, offset == items.count else { return false }
        items.append(contentsOf: page)
        if let total { self.total = total }
        pendingOffset = nil
        hasLoaded = true
        isComplete = page.count < limit || (self.total.map { items.count >= $0 } ?? false)
        return true
    }

    /// The page to load next if the selection is within `margin` rows of the end, and marks it
    /// as in flight.
    public mutating func nextPage(near selected: Int, margin: Int, pageSize: Int) -> Int? {
        guard pendingOffset == nil, !isComplete else { return nil }
        guard !hasLoaded || selected + margin >= items.count else { return nil }
        pendingOffset = items.count
        return items.count
    }
}
