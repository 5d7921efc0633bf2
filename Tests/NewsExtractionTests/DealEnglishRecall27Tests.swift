import NewsExtraction
import NewsModel
import Testing

/// English bids and purchases of the rest of a company: the shares a buyer "does not already own", named without
/// a percent, and the percent form with a ticker or "that" after the company. The buyer acquires the company and
/// holds the rest of it. Invented names only; the whole extractor runs.
@Suite struct DealEnglishRecall27Tests {
    private func facts(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "r", title: "Headline", paragraphs: ["Headline", text], language: .english))
    }

    @Test func offerForTheSharesItDoesNotHoldInX() {
        let found = facts("Quorvel Ltd said it will offer 2.20 dlrs cash each for the shares it does not already hold in <Brixa Sugar Mills Ltd>.")
        #expect(found.deals.map(\.summary) == ["acquisition Quorvel Ltd>Brixa Sugar Mills Ltd from - -"])
        #expect(found.deals.first?.status == .planned)
        #expect(found.stakes.map(\.summary) == ["Quorvel Ltd>Brixa Sugar Mills Ltd -"])
    }

    @Test func buyTheSharesInXItDoesNotOwn() {
        let found = facts("Quorvel Telecom Inc said it will buy the shares in Brixa Data Corp it does not already own.")
        #expect(found.deals.map(\.summary) == ["acquisition Quorvel Telecom Inc>Brixa Data Corp from - -"])
        #expect(found.stakes.map(\.summary).contains("Quorvel Telecom Inc>Brixa Data Corp -"))
    }

    @Test func percentOfXWithATickerOrThatBeforeTheRelative() {
        for text in [
            "Quorvel Petroleum Co said it planned a tender offer for the 45 pct of Brixa Oil Co <BRX> it does not already own.",
            "Quorvel Petroleum Co said it planned a tender offer for the 45 pct of Brixa Oil Co that it does not already own.",
        ] {
            let found = facts(text)
            #expect(found.deals.map(\.summary) == ["acquisition Quorvel Petroleum Co>Brixa Oil Co from - -"], "\(text)")
            #expect(found.stakes.map(\.summary) == ["Quorvel Petroleum Co>Brixa Oil Co 55.0"], "\(text)")
        }
    }

    @Test func sharesNotOwnedWithoutABidOrAPurchase() {
        let found = facts("Quorvel Inc said the shares of Brixa Corp it does not own were sold by a fund last year.")
        #expect(!found.deals.contains { $0.acquirer?.name == "Quorvel Inc" })
    }
}
