import NewsModel
import Testing

@testable import NewsExtraction

/// English deals and holdings named by a percent "interest" or "share": the sale or acquisition of a percent
/// holding named after the deal noun, lists of a company's shareholders, "its 14 pct interest in X", and
/// holdings shared by two owners after one percent. Invented names only.
@Suite struct EnglishStakeNounFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    // MARK: Deal nouns with a percent holding as object

    @Test func saleOfItsPercentInterestToABuyer() {
        let found = facts("Veltrona Corp said it completed the sale of its 65 pct interest in Dornvale Inc to Quorvel AG for 173 mln dlrs.", ["Veltrona Corp", "Dornvale Inc", "Quorvel AG"])
        #expect(found.deals == ["stake Quorvel AG>Dornvale Inc from Veltrona Corp 65.0"])
        #expect(found.stakes.contains("Quorvel AG>Dornvale Inc 65.0"))
    }

    @Test func saleToTheBuyerOfANamedOwnersInterest() {
        let found = facts(
            "Veltrona Corp and Quorvel Corp said they closed the sale to Quorvel of Veltrona's 50 pct interest in Dornvale Inc.",
            ["Veltrona Corp", "Quorvel Corp", "Dornvale Inc", "Quorvel", "Veltrona"])
        #expect(found.deals.contains("stake Quorvel>Dornvale Inc from Veltrona 50.0"))
    }

    @Test func plannedSaleOfTheCompanysInterestLeavesTheSellerHolding() {
        let found = facts(
            "Dornvale Corp said negotiations are continuing on the planned sale of the company's 49 pct interest in Brixa Resources Ltd.",
            ["Dornvale Corp", "Brixa Resources Ltd"])
        #expect(found.deals == ["stake ->Brixa Resources Ltd from Dornvale Corp 49.0"])
        #expect(found.stakes.contains("Dornvale Corp>Brixa Resources Ltd -"))
    }

    @Test func acquisitionOfAPercentInterest() {
        let found = facts("Veltrona Corp said it completed the acquisition of an 80 pct interest in Dornvale Enterprises for 12 mln dlrs.", ["Veltrona Corp", "Dornvale Enterprises"])
        #expect(found.deals == ["stake Veltrona Corp>Dornvale Enterprises from - 80.0"])
        #expect(found.stakes == ["Veltrona Corp>Dornvale Enterprises 80.0"])
    }

    @Test func possessorAndPriceBeforeThePurchase() {
        let found = facts("Veltrona Life Co's 538 mln dlr purchase of a 13 pct stake in Dornvale Brothers Inc was approved.", ["Veltrona Life Co", "Dornvale Brothers Inc"])
        #expect(found.deals == ["stake Veltrona Life Co>Dornvale Brothers Inc from - 13.0"])
    }

    @Test func saleOfSomethingElseIsNoStakeDeal() {
        // Notes bearing interest are no holding in a company.
        let found = facts("Veltrona Corp completed the sale of its 8 pct notes due 1995 to Dornvale Inc.", ["Veltrona Corp", "Dornvale Inc"])
        #expect(!found.deals.contains { $0.hasPrefix("stake") })
    }

    // MARK: Shareholder lists

    @Test func shareholdersWithTheirPercents() {
        let found = facts(
            "Dornvale AG's other principal shareholders are Veltrona AG <VELG.F>, with 35.01 pct, and Quorvel AG <QRVG.F>, with 24.98 pct.",
            ["Dornvale AG", "Veltrona AG", "Quorvel AG"])
        #expect(found.stakes.contains("Veltrona AG>Dornvale AG 35.01"))
        #expect(found.stakes.contains("Quorvel AG>Dornvale AG 24.98"))
    }

    @Test func shareholdersIncludeAList() {
        let found = facts("Other Dornvale Inc shareholders include Veltrona Corp <VEL>, Quorvel Inc and Brixa Co.", ["Dornvale Inc", "Veltrona Corp", "Quorvel Inc", "Brixa Co"])
        #expect(Set(found.stakes) == ["Veltrona Corp>Dornvale Inc -", "Quorvel Inc>Dornvale Inc -", "Brixa Co>Dornvale Inc -"])
    }

    @Test func shareholdersDoingSomethingListNoHolders() {
        #expect(facts("Dornvale Inc's shareholders approved the plan of Veltrona Corp.", ["Dornvale Inc", "Veltrona Corp"]).stakes.isEmpty)
        // A past list is no holding now.
        #expect(facts("Dornvale Inc's shareholders were Veltrona Corp and Quorvel Inc.", ["Dornvale Inc", "Veltrona Corp", "Quorvel Inc"]).stakes.isEmpty)
    }

    // MARK: Percent interests and shares

    @Test func itsPercentInterestInACompany() {
        let found = facts("Veltrona Corp's principal asset continues to be its 14 pct interest in Dornvale Ltd.", ["Veltrona Corp", "Dornvale Ltd"])
        #expect(found.stakes == ["Veltrona Corp>Dornvale Ltd 14.0"])
    }

    @Test func itsPercentShareOfACompany() {
        let found = facts("Veltrona Corp said its 50 pct share of Dornvale Inc earned 3 mln dlrs.", ["Veltrona Corp", "Dornvale Inc"])
        #expect(found.stakes == ["Veltrona Corp>Dornvale Inc 50.0"])
    }

    @Test func retainedPercentInterest() {
        let found = facts("Veltrona Corp will retain a 45 pct interest in Dornvale Inc.", ["Veltrona Corp", "Dornvale Inc"])
        #expect(found.stakes == ["Veltrona Corp>Dornvale Inc 45.0"])
    }

    @Test func interestRatesAndMarketSharesAreNoHoldings() {
        #expect(facts("Veltrona Corp said its loans to Dornvale Inc carry a 7 pct interest rate.", ["Veltrona Corp", "Dornvale Inc"]).stakes.isEmpty)
        #expect(facts("Veltrona Corp said its 20 pct share of the market is larger than Dornvale Inc's.", ["Veltrona Corp", "Dornvale Inc"]).stakes.isEmpty)
    }

    // MARK: One percent for two owners

    @Test func percentOwnedByTwoOwners() {
        let found = facts("Dornvale Inc is 99 pct-owned by Veltrona Corp and Quorvel Inc.", ["Dornvale Inc", "Veltrona Corp", "Quorvel Inc"])
        #expect(Set(found.stakes) == ["Veltrona Corp>Dornvale Inc -", "Quorvel Inc>Dornvale Inc -"])
    }

    // MARK: A company's own shares

    @Test func ownSharesSoldToABuyer() {
        let found = facts("Tarnwell Minerals Inc said it sold 1.2 mln new shares to Brisko Corp.", ["Tarnwell Minerals Inc", "Brisko Corp"])
        #expect(found.deals == ["stake Brisko Corp>Tarnwell Minerals Inc from - -"])
    }

    @Test func ownSharesSoldWithTheHoldingTheNextSentenceStates() {
        let found = DealFixture.facts(
            "Headline\n\nTarnwell Minerals Inc said it sold 1.2 mln shares to Brisko Corp. Brisko now has a 27 pct interest in Tarnwell.", .english,
            companies: ["Tarnwell Minerals Inc", "Brisko Corp"], aliases: ["Brisko": "Brisko Corp", "Tarnwell": "Tarnwell Minerals Inc"])
        #expect(found.deals.map(\.summary) == ["stake Brisko Corp>Tarnwell Minerals Inc from - 27.0"])
        #expect(found.stakes.map(\.summary) == ["Brisko Corp>Tarnwell Minerals Inc 27.0"])
    }

    @Test func sharesOfAnotherCompanyAreNoOwnShares() {
        let found = facts("Tarnwell Minerals Inc said it sold 1.2 mln shares of Dornvale Inc to Brisko Corp.", ["Tarnwell Minerals Inc", "Dornvale Inc", "Brisko Corp"])
        #expect(!found.deals.contains { $0.contains(">Tarnwell Minerals Inc") })
    }

    @Test func offerPerShareForAllOfACompanysStock() {
        let companies = ["Veltrona Holdings Inc", "Dornvale Group Inc"]
        #expect(facts("Veltrona Holdings Inc said it will offer 18.50 dlrs per share for all of Dornvale Group Inc's outstanding common stock.", companies).deals
            == ["acquisition Veltrona Holdings Inc>Dornvale Group Inc from - -"])
        #expect(facts("Veltrona Holdings Inc said it will offer 18.50 dlrs per share for all outstanding shares of Dornvale Group Inc.", companies).deals
            == ["acquisition Veltrona Holdings Inc>Dornvale Group Inc from - -"])
        // A price for some shares bids for no company.
        #expect(facts("Veltrona Holdings Inc will offer 18.50 dlrs per share for two mln shares of Dornvale Group Inc.", companies).deals
            .allSatisfy { !$0.hasPrefix("acquisition") })
    }
}
