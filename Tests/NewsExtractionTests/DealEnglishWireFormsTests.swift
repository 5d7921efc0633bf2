import NewsModel
import Testing

/// Common wire forms checked together: passive relatives, holdings in relatives, stakes taken and sold.
@Suite struct DealEnglishWireFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func passiveRelative() {
        #expect(facts("Brixa Inc, which was acquired by Acme Corp last year, posted a loss.", ["Acme Corp", "Brixa Inc"]).deals == ["acquisition Acme Corp>Brixa Inc from - -"])
    }

    @Test func holdingInARelative() {
        #expect(facts("Acme Corp, which owns 51 pct of Brixa Inc, said profits rose.", ["Acme Corp", "Brixa Inc"]).stakes == ["Acme Corp>Brixa Inc 51.0"])
    }

    @Test func tookAStake() {
        #expect(facts("Acme Corp took a 20 pct stake in Brixa Inc.", ["Acme Corp", "Brixa Inc"]).deals == ["stake Acme Corp>Brixa Inc from - 20.0"])
    }

    @Test func completedTheSaleOfItsUnit() {
        let found = facts("Acme Corp said it completed the sale of its Brixa unit to Cole Inc.", ["Acme Corp", "Brixa", "Cole Inc"])
        #expect(found.deals == ["acquisition Cole Inc>Brixa from Acme Corp -"])
        #expect(found.stakes == ["Cole Inc>Brixa -"])
    }

    @Test func wouldSellForAPrice() {
        #expect(facts("Acme Corp said it would sell Brixa Inc to Cole Inc for 40 mln dlrs.", ["Acme Corp", "Brixa Inc", "Cole Inc"]).deals == ["acquisition Cole Inc>Brixa Inc from Acme Corp -"])
    }

    @Test func agreedToSellItsStake() {
        #expect(facts("Acme Corp agreed to sell its 20 pct stake in Brixa Inc to Cole Inc.", ["Acme Corp", "Brixa Inc", "Cole Inc"]).deals == ["stake Cole Inc>Brixa Inc from Acme Corp 20.0"])
    }
}
