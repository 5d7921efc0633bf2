import NewsModel
import Testing

@testable import NewsExtraction

/// English deal and holding forms where both parties stand in the sentence but no fact (or a wrong one) came
/// out: "Y said X agreed to be acquired" (Y buys), "sell … to X, a Y unit" (Y holds X), and "Y had no
/// objection to its notification that it may buy" (Y buys nothing). Invented names only.
@Suite struct EnglishReportedPartyFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func reportingCompanyBuysTheCompanyThatAgreedToBeAcquired() {
        let found = facts(
            "Veltrona Corp said Dornvale Systems Inc agreed to be acquired under a merger agreement in which Veltrona Corp will tender 27 dlrs a share.",
            ["Veltrona Corp", "Dornvale Systems Inc"])
        #expect(found.deals == ["acquisition Veltrona Corp>Dornvale Systems Inc from - -"])
        #expect(found.stakes == ["Veltrona Corp>Dornvale Systems Inc -"])
    }

    @Test func reportingCompanyBuysAfterHasAgreed() {
        let found = facts("Veltrona Group Inc said Dornvale Aviation Inc has agreed to be acquired for 69 dlrs per share.", ["Veltrona Group Inc", "Dornvale Aviation Inc"])
        #expect(found.deals == ["acquisition Veltrona Group Inc>Dornvale Aviation Inc from - -"])
    }

    @Test func aParentReportingItsUnitIsNoBuyer() {
        let found = facts("Veltrona Corp said its unit Dornvale Inc agreed to be acquired for 40 mln dlrs.", ["Veltrona Corp", "Dornvale Inc"])
        #expect(!found.deals.contains { $0.hasPrefix("acquisition Veltrona Corp>") })
    }

    @Test func aNamedBuyerAfterByStays() {
        let found = facts("Veltrona Corp said Dornvale Inc agreed to be acquired by Quorvel Ltd.", ["Veltrona Corp", "Dornvale Inc", "Quorvel Ltd"])
        #expect(found.deals == ["acquisition Quorvel Ltd>Dornvale Inc from - -"])
    }

    @Test func buyerNamedWithItsParentAfterASale() {
        let found = facts(
            "Altrimo Group said profits rose. Veltrona Corp said the preliminary agreement to sell the affiliate to Quorvel, an Altrimo Group unit, had been reached in March.",
            ["Altrimo Group", "Veltrona Corp", "Quorvel"])
        #expect(found.stakes.contains("Altrimo Group>Quorvel -"))
    }

    @Test func buyerNamedAsAUnitOfItsParentAfterASale() {
        let found = facts("Veltrona Corp said it sold the plant to Quorvel Inc, a unit of Altrimo Group, for 12 mln dlrs.", ["Altrimo Group", "Veltrona Corp", "Quorvel Inc"])
        #expect(found.stakes.contains("Altrimo Group>Quorvel Inc -"))
    }

    @Test func theSoldUnitStaysNoHolding() {
        let found = facts("Veltrona Corp said it sold its Quorvel Inc unit to Dornvale Corp.", ["Dornvale Corp", "Veltrona Corp", "Quorvel Inc"])
        #expect(!found.stakes.contains("Veltrona Corp>Quorvel Inc -"))
    }

    @Test func theConsentingAuthorityIsNoBuyer() {
        let text = "It also said the Federal Trade Commission had no objection to its notification that it may buy between 15 and 24.9 pct of Dornvale Inc."
        let found = RuleBasedExtractor().extract(
            from: Article(id: "e", title: "Headline", paragraphs: ["Headline", "Veltrona Corp said it raised its stake in Dornvale Inc to 10.6 pct.", text], language: .english))
        #expect(found.entities.contains { $0.name == "Federal Trade Commission" })
        #expect(!found.deals.contains { $0.acquirer?.name == "Federal Trade Commission" })
    }

    @Test func aCompanyThatFiledItsNotificationStillBuys() {
        let found = facts(
            "Veltrona Corp said in its notification that it may buy up to 24.9 pct of Dornvale Inc.",
            ["Veltrona Corp", "Dornvale Inc"])
        #expect(found.deals.contains { $0.hasPrefix("stake Veltrona Corp>Dornvale Inc") })
    }
}
