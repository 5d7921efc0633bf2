import NewsModel
import Testing

/// English holdings from wire phrasing: "majority-owned by Y", "X's holding company, Y", "already owns … shares, or 4.62 pct".
@Suite struct StakeEnglishWireFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-02")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func majorityOwnedBy() {
        #expect(facts("Brix Corp, which is majority-owned by Acme Inc, reported higher profits.", ["Acme Inc", "Brix Corp"]).stakes == ["Acme Inc>Brix Corp -"])
        #expect(facts("Brix Corp, majority-owned by Acme Inc, reported higher profits.", ["Acme Inc", "Brix Corp"]).stakes == ["Acme Inc>Brix Corp -"])
    }

    @Test func holdingCompanyInApposition() {
        let found = facts("Acme Inc said it bought a 30 pct stake in Brix Corp's holding company, Brix Holding AG, last week.", ["Acme Inc", "Brix Corp", "Brix Holding AG"])
        #expect(found.stakes.contains("Brix Holding AG>Brix Corp -"))
        #expect(!found.stakes.contains { $0.hasPrefix("Brix Corp>") })
    }

    @Test func alreadyOwnsSharesOrPercent() {
        #expect(facts("Acme Inc said it already owns 1,250,000 Brix Corp shares, or 4.62 pct.", ["Acme Inc", "Brix Corp"]).stakes == ["Acme Inc>Brix Corp 4.62"])
    }
}
