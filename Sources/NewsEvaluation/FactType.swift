/// The four kinds of fact the gold set scores.
public enum FactType: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Companies, organisations and people.
    case entities
    /// Acquisitions, stake purchases and mergers.
    case deals
    /// Ownership holdings.
    case stakes
    /// Direct and reported quotes.
    case quotes

    /// In the order of ``allCases``.
    public static func < (lhs: FactType, rhs: FactType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
