import NewsModel

/// A number found in a sentence: a plain number, a percent or an amount of money.
struct Quantity: Sendable, Hashable {
    /// What the number measures.
    enum Kind: Sendable, Hashable {
        case plain
        case percent
        case money(Money)
    }

    var kind: Kind
    /// The value in whole units (37.6 for "37,6%", 1.2e9 for "1,2 Mrd. Euro").
    var value: Double
    /// The tokens it spans (indices into the sentence's tokens).
    var tokens: Range<Int>
    /// Whether a money amount is a price per share ("11-5/8 dlrs a share"), not a deal price.
    var perShare: Bool = false
    /// Whether a percent was written as an ownership compound ("51 pct-owned").
    var ownedCompound: Bool = false

    /// The percent value, if this is a percent.
    var percent: Double? { if case .percent = kind { return value } else { return nil } }

    /// The amount, if this is money.
    var money: Money? { if case .money(let money) = kind { return money } else { return nil } }
}
