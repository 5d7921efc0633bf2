/// Orders deals for the timeline: dated ones by date, undated ones at the end.
public enum DealTimeline {
    /// Deals sorted oldest first; ties and undated deals keep their input order.
    public static func ordered(_ deals: [Deal]) -> [Deal] {
        deals.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (l?, r?): return l == r ? lhs.offset < rhs.offset : l < r
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
