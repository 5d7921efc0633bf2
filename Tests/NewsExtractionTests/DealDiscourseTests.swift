import NewsModel
import Testing

/// Parties an earlier sentence named: "the state agency" (the previous sentence's company) and a bid with
/// no company named (the article's company).
@Suite struct DealDiscourseTests {
    private func deals(_ text: String, _ companies: [String], people: [String] = []) -> [Deal] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, people: people, date: "2005-02-14").deals
    }

    @Test func descriptionStandsForThePreviousSentencesCompany() {
        let found = deals(
            "Quorra Saronno has agreed to buy 33% of Brixel. Zentor Asset Bureau - a government agency - owns 55% of Brixel. The state agency will also sell 10% of its stake in Brixel to another company.",
            ["Quorra Saronno", "Brixel", "Zentor Asset Bureau"])
        #expect(found.map(\.summary).contains("stake ->Brixel from Zentor Asset Bureau 10.0"))
    }

    @Test func plainCompanyStillMeansTheTopic() {
        let found = deals(
            "Quorra Inc reported higher profits. Analysts at Zentor Corp liked the figures. The company agreed to buy Brixel Ltd.",
            ["Quorra Inc", "Zentor Corp", "Brixel Ltd"])
        #expect(found.map(\.summary) == ["acquisition Quorra Inc>Brixel Ltd from - -"])
    }

    @Test func bidWithNoCompanyIsForTheArticlesCompany() {
        let found = deals(
            "Two investors, who own a 29% stake in Brixel United, will reject any offer for the club. The newspapers say they will oppose any takeover bid from tycoon Jon Vell.",
            ["Brixel United"], people: ["Jon Vell"])
        #expect(found.map(\.summary) == ["acquisition Jon Vell>Brixel United from - -"])
        #expect(found.first?.status == .planned)
    }

    @Test func bidLongAfterTheCompanyIsNotForIt() {
        let found = deals(
            "Two investors own a 29% stake in Brixel United. Analysts expect weak results. Rates rose at Zentor Bank. The newspapers say they will oppose any takeover bid from tycoon Jon Vell.",
            ["Brixel United", "Zentor Bank"], people: ["Jon Vell"])
        #expect(found.isEmpty)
    }
}

/// Merged statements and bids that name no kind of deal.
@Suite struct DealDiscourseLimitTests {
    @Test func plainHigherBidIsNotForTheTopic() {
        let found = DealFixture.facts(
            "Headline\n\nZentor Corp agreed to buy Brixel Inc. The two firms will seal the deal on Monday, despite a higher bid from Quorra Inc.",
            .english, companies: ["Zentor Corp", "Brixel Inc", "Quorra Inc"], date: "2005-02-14").deals
        #expect(found.map(\.summary) == ["acquisition Zentor Corp>Brixel Inc from - -"])
    }

    @Test func mergedSellerIsNeverTheBuyer() {
        let found = DealFixture.facts(
            "Headline\n\nQuorra Inc plans to buy Brixel Corp. Zentor Ltd may sell Brixel Corp, Quorra Inc said, and Quorra Inc would buy it.",
            .english, companies: ["Quorra Inc", "Brixel Corp", "Zentor Ltd"], date: "2005-02-14")
        #expect(!found.deals.contains { $0.seller != nil && $0.seller == $0.acquirer })
    }
}
