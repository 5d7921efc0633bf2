import NewsModel
import Testing

/// English deal and holding forms common in wire and business news that the development set lacked:
/// bids as verbs, shares held in a company, units bought from their parent, completions.
@Suite struct DealEnglishUnseenFormsTests {
    private func facts(_ text: String, _ companies: [String], people: [String] = []) -> (deals: [String], stakes: [String], status: [DealStatus]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, people: people)
        return (found.deals.map(\.summary), found.stakes.map(\.summary), found.deals.map(\.status))
    }

    @Test func completedItsAcquisition() {
        let found = facts("Acme Corp said it completed its acquisition of Brixa Inc.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Inc from - -"])
        #expect(found.status == [.completed])
        #expect(found.stakes == ["Acme Corp>Brixa Inc -"])
    }

    @Test func agreedToMerge() {
        #expect(facts("Acme Corp agreed to merge with Brixa Inc.", ["Acme Corp", "Brixa Inc"]).deals == ["merger Acme Corp>Brixa Inc from - -"])
    }

    @Test func saidItWouldBuy() {
        let found = facts("Acme Corp said it would buy Brixa Inc for 40 mln dlrs.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Inc from - -"])
    }

    @Test func bidAsVerb() {
        let found = facts("Rumours that Acme Corp might bid for Brixa Inc pushed shares up.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Inc from - -"])
        #expect(found.status == [.rumoured])
        let planned = facts("Acme Corp plans to bid for Brixa Inc.", ["Acme Corp", "Brixa Inc"])
        #expect(planned.deals == ["acquisition Acme Corp>Brixa Inc from - -"])
        #expect(planned.status == [.planned])
    }

    @Test func rejectedOfferIsPlannedNotDone() {
        let found = facts("Brixa Inc rejected the offer from Acme Corp.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Inc from - -"])
        #expect(found.status == [.planned])
        #expect(found.stakes.isEmpty)
    }

    @Test func unitOfAParentBought() {
        let found = facts("Acme Corp said it bought Brixa Seeds, a unit of Cole Chemical Co.", ["Acme Corp", "Brixa Seeds", "Cole Chemical Co"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Seeds from Cole Chemical Co -"])
    }

    @Test func soldItsStake() {
        let found = facts("Acme Corp said it sold its 12 pct stake in Brixa Inc to Cole Co.", ["Acme Corp", "Brixa Inc", "Cole Co"])
        #expect(found.deals == ["stake Cole Co>Brixa Inc from Acme Corp 12.0"])
    }

    @Test func sharesHeldInACompanyAreThatCompanys() {
        let found = facts("Acme Corp is considering buying Cole Co's shares in Brixa Inc.", ["Acme Corp", "Brixa Inc", "Cole Co"])
        #expect(found.deals == ["stake Acme Corp>Brixa Inc from Cole Co -"])
    }

    @Test func ownsPercent() {
        #expect(facts("Acme Corp already owns 9.9 pct of Brixa Inc.", ["Acme Corp", "Brixa Inc"]).stakes == ["Acme Corp>Brixa Inc 9.9"])
    }
}
