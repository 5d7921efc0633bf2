import NewsModel
import Testing

/// Stake deals: the percent in an apposition, people and investor groups as buyers, sellers of a stake
/// with no named buyer; English and German.
@Suite struct DealStakePartyTests {
    private func facts(_ text: String, _ language: Language, _ companies: [String], people: [String] = [], aliases: [String: String] = [:]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts(
            (language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies, people: people, aliases: aliases, date: "1987-03-02")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func percentInApposition() {
        let found = facts("Brix Corp said Acme Inc bought 526,315 shares of Brix common stock, a 6.7 pct stake, for 10 mln dlrs.", .english, ["Acme Inc", "Brix Corp"], aliases: ["Brix": "Brix Corp"])
        #expect(found.deals == ["stake Acme Inc>Brix Corp from - 6.7"])
    }

    @Test func personAndFundsRaiseTheirStake() {
        let found = facts(
            "New York investor John Doe and funds he controls said they raised their stake in Brix Inc to 481,800 shares, or 12.2 pct of the total, from 430,200, or 10.9 pct.",
            .english, ["Brix Inc"], people: ["John Doe"])
        #expect(found.deals == ["stake John Doe>Brix Inc from - 12.2"])
        #expect(found.stakes == ["John Doe>Brix Inc 12.2"])
    }

    @Test func groupLedByPerson() {
        let found = facts("An investor group led by New York investor John Doe said it acquired a 6.1 pct stake in Brix Co.", .english, ["Brix Co"], people: ["John Doe"])
        #expect(found.deals == ["stake John Doe>Brix Co from - 6.1"])
    }

    @Test func theyWithACompanySubjectStaysTheCompany() {
        let found = facts("Acme Corp and its partners said they bought 9.5 pct of Brix Inc.", .english, ["Acme Corp", "Brix Inc"], people: [])
        #expect(found.deals == ["stake Acme Corp>Brix Inc from - 9.5"])
    }

    @Test func stakeSoldWithoutBuyer() {
        #expect(facts("Acme Corp sold 10 pct of Brix Inc.", .english, ["Acme Corp", "Brix Inc"]).deals == ["stake ->Brix Inc from Acme Corp 10.0"])
        #expect(
            facts("Die Acme AG verkauft 10 Prozent der Anteile an der Brix GmbH.", .german, ["Acme AG", "Brix GmbH"]).deals
                == ["stake ->Brix GmbH from Acme AG 10.0"])
    }

    @Test func stakeSoldWithoutBuyerOrPercentIsNoDeal() {
        #expect(facts("Acme Corp sold shares of Brix Inc.", .english, ["Acme Corp", "Brix Inc"]).deals.isEmpty)
    }

    @Test func topicIsNotTheAuthorityOfAFiling() {
        let found = facts(
            "In a filing with the Cole Commission, Acme Corp said it bought 5 pct of Brix Inc.\n\nIt said it raised its stake in Brix Inc to 40 pct.",
            .english, ["Acme Corp", "Brix Inc", "Cole Commission"])
        #expect(found.deals.allSatisfy { !$0.hasPrefix("stake Cole Commission") })
        #expect(found.stakes == ["Acme Corp>Brix Inc 40.0"])
    }
}
