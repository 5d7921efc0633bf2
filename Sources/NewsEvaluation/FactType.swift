/// The four kinds of fact the gold set scores.
public enum FactType: String, Sendable, Hashable, CaseIterable, Comparable {
    case entities, deals, stakes, quotes

    /// In the order of ``allCases``.
    public static func < (lhs: FactType, rhs: FactType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
