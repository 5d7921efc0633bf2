import NewsModel
import Testing

/// English holdings: "X's owner Y", "its wholly owned subsidiary, X", and holdings from deals a company "will" make.
@Suite struct StakeEnglishFormsTests {
    private func facts(_ text: String, _ companies: [String], aliases: [String: String] = [:]) -> (deals: [Deal], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, aliases: aliases, date: "1987-03-02")
        return (found.deals, found.stakes.map(\.summary))
    }

    @Test func possessiveOwner() {
        #expect(facts("Brix' owner Acme Group says it will ask for a loan.", ["Acme Group", "Brix"]).stakes == ["Acme Group>Brix -"])
        #expect(facts("Brix Inc's parent company Acme Corp reported a loss.", ["Acme Corp", "Brix Inc"]).stakes == ["Acme Corp>Brix Inc -"])
    }

    @Test func ownerOfSomethingElseIsNoStake() {
        #expect(facts("Brix Inc's owner said it will sell.", ["Brix Inc"]).stakes.isEmpty)
    }

    @Test func whollyOwnedSubsidiaryInApposition() {
        let found = facts("Acme Corp said its wholly owned subsidiary, Brix Inc, is making advances.", ["Acme Corp", "Brix Inc"])
        #expect(found.stakes == ["Acme Corp>Brix Inc -"])
    }

    @Test func willBuyIsAnnouncedAndGivesAHolding() {
        let found = facts("Brix Corp said Acme Inc will buy 526,315 shares of Brix common stock, a 6.7 pct stake.", ["Acme Inc", "Brix Corp"], aliases: ["Brix": "Brix Corp"])
        #expect(found.deals.first?.status == .announced)
        #expect(found.stakes == ["Acme Inc>Brix Corp 6.7"])
    }

    @Test func willConsiderBuyingStaysPlanned() {
        let found = facts("Acme Inc will consider buying Brix Corp.", ["Acme Inc", "Brix Corp"])
        #expect(found.deals.allSatisfy { $0.status != .announced && $0.status != .completed })
    }

    @Test func cutStakeLeavesAHolding() {
        let found = facts("Acme Corp told the regulator it cut its stake in Brix Corp to 286,500 shares, or 3.7 pct of the total.", ["Acme Corp", "Brix Corp"])
        #expect(found.stakes == ["Acme Corp>Brix Corp 3.7"])
        #expect(found.deals.isEmpty)
    }

    @Test func ownersOfXTheYFamily() {
        #expect(facts("The owners of Brix, the Acme family, are said to consider an offer.", ["Acme", "Brix"]).stakes == ["Acme>Brix -"])
    }

    @Test func sharesOfXThenIt() {
        let found = facts("Shares of Brix jumped on speculation that it will be bought by Acme.", ["Acme", "Brix"])
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brix from - -"])
    }

    @Test func weInAQuoteIsNotTheTopic() {
        let text = "Acme Ltd may merge with Cole Ltd.\n\n\"Because we already own Brix, the savings are greater,\" the paper quoted an executive as saying."
        #expect(facts(text, ["Acme Ltd", "Brix", "Cole Ltd"]).stakes.allSatisfy { !$0.hasSuffix(">Brix -") })
        #expect(facts("Acme Ltd said we own Brix.", ["Acme Ltd", "Brix"]).stakes == ["Acme Ltd>Brix -"])
    }
}
