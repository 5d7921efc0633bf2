/// An amount of money in integer minor units (cents) and an ISO 4217 currency code.
public struct Money: Sendable, Hashable, Codable {
    /// The amount in hundredths of the currency unit: 120 mln dlrs is 12_000_000_000.
    public var minorUnits: Int64
    /// "USD", "EUR", "GBP", "JPY", "CHF", "CNY", …
    public var currency: String

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Creates an amount from whole units, e.g. `Money(amount: 1.5e9, currency: "USD")`.
    public init(amount: Double, currency: String) {
        self.init(minorUnits: Int64((amount * 100).rounded()), currency: currency)
    }

    /// The amount in whole units.
    public var amount: Double { Double(minorUnits) / 100 }
}
