import NewsModel
import Testing

/// The interest rate of a bond ("8.50 pct March 1987/99 stock", "9-1/4 pct notes") is no percent of a company's
/// shares, and an amount of money sold ("sold 500 mln dlrs of debentures") is no company sold. Invented names.
@Suite struct RelationEnglishCouponRateTests {
    private let companies = ["Harlow Refinancing Co", "Quorvane Bank Ltd", "Brixel Corp"]

    private func facts(_ text: String) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func aBondsInterestRateIsNoStake() {
        let monthly = facts("Quorvane Bank Ltd sold 1.6 billion francs of 8.50 pct March 1987/99 Harlow Refinancing Co tap stock.")
        #expect(monthly.deals.isEmpty, "\(monthly)")
        #expect(monthly.stakes.isEmpty, "\(monthly)")
        let notes = facts("Quorvane Bank Ltd sold 200 mln dlrs of 9-1/4 pct notes of Harlow Refinancing Co.")
        #expect(notes.deals.allSatisfy { !$0.contains("9.") }, "\(notes)")
        #expect(notes.stakes.isEmpty, "\(notes)")
    }

    @Test func anAmountOfMoneySoldIsSecuritiesNotACompany() {
        let bonds = facts("Quorvane Bank Ltd sold 500 mln dlrs of sinking fund debentures of Harlow Refinancing Co via Brixel Corp.")
        #expect(bonds.deals.isEmpty, "\(bonds)")
        // A company sold for an amount is still a sale.
        let unit = facts("Quorvane Bank Ltd sold its Harlow Refinancing Co unit to Brixel Corp for 50 mln dlrs.")
        #expect(unit.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Harlow Refinancing Co") }, "\(unit)")
    }

    @Test func aStakeBeforeAMonthIsStillAStake() {
        let found = facts("Brixel Corp bought a 10 pct stake in Harlow Refinancing Co in March 1987.")
        #expect(found.deals.contains { $0.hasPrefix("stake Brixel Corp>Harlow Refinancing Co") && $0.contains("10.0") }, "\(found)")
    }
}
