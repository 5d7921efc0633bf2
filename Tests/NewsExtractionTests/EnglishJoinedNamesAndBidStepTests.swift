import NewsExtraction
import NewsModel
import Testing

/// English company names with inner joiners (a bracketed region, "Trust and Investment", a slash,
/// partners before a second "and"), a bid and the
/// holder's merger folded into one acquisition, and a name in a comment on a stated percent that is
/// no company held. Invented names only.
@Suite struct EnglishJoinedNamesAndBidStepTests {
    private func names(_ text: String) -> [String: EntityKind] {
        var found: [String: EntityKind] = [:]
        for entity in EntityRecognizerTests.entities(text, language: .english).entities { found[entity.name] = entity.kind }
        return found
    }

    private let companies = ["Brixel Corp", "Zentor Inc", "Foreign Capital Review Board"]

    private func facts(_ text: String) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func aBracketedRegionBeforeTheLegalFormStaysInTheName() {
        let found = names("Shares of Velmara Equity (Pacific) Ltd rose after the bid.")
        #expect(found["Velmara Equity (Pacific) Ltd"] == .company, "\(found)")
        #expect(found["Velmara Equity"] == nil)
    }

    @Test func aCompanyWordAndANounBeforeTheLegalFormAreOneName() {
        let found = names("Brixel Corp said it bought the hotel from Norway International Trust and Investment Corp.")
        #expect(found["Norway International Trust and Investment Corp"] == .company, "\(found)")
        #expect(found["Investment Corp"] == nil)
    }

    @Test func aSlashWithoutSpacesJoinsTwoNameWords() {
        let found = names("Brixel Corp said that under an agreement with Audio/Visual Partners Inc all litigation was dismissed.")
        #expect(found["Audio/Visual Partners Inc"] == .company, "\(found)")
        #expect(found["Visual Partners Inc"] == nil)
    }

    @Test func partnersBeforeASecondAndAreANameOfTheirOwn() {
        let found = names("The offer was made by Harlow Partners, controlled by Tarvick and Omble and Brixel Industries Inc.")
        #expect(found["Brixel Industries Inc"] == .company, "\(found)")
        #expect(found["Tarvick and Omble"] == .company)
        #expect(found["Tarvick and Omble and Brixel Industries Inc"] == nil)
    }

    @Test func theHoldersBidAndItsMergerWithTheCompanyAreOnePurchase() {
        let found = facts(
            "Brixel Corp said its offer for Zentor Inc was accepted. Brixel Corp holds 83 pct of Zentor Inc and expects the merger of Zentor Inc with Brixel Corp next month.")
        #expect(found.deals.filter { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") }.count == 1, "\(found.deals)")
        #expect(!found.deals.contains { $0.hasPrefix("merger") })
        #expect(found.stakes.contains("Brixel Corp>Zentor Inc 83.0"))
    }

    @Test func aNameInACommentOnTheStatedPercentIsNoCompanyHeld() {
        let found = facts("Brixel Corp now holds 14.99 pct, the maximum allowed without Foreign Capital Review Board approval.")
        #expect(!found.stakes.contains { $0.contains("Foreign Capital Review Board") }, "\(found.stakes)")
        // "of" after the comment still names the company held.
        #expect(facts("Brixel Corp holds 12 pct, or 1.2 mln shares, of Zentor Inc.").stakes.contains("Brixel Corp>Zentor Inc 12.0"))
    }

    @Test func anOfferForAllTheIssuedCapitalIsABidForTheCompany() {
        let found = facts("Brixel Corp said it will offer 4.15 dlrs a share cash for all the issued capital of Zentor Inc.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") }, "\(found.deals)")
    }
}
