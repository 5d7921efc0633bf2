import NewsModel
import Testing

/// The enrel18 English relation rules, found on a blind sample of wire stories: a holding stated as a share count
/// with the percent it makes ("owns more than four mln X shares or about 15 pct of the total"), a purchase told in
/// a participle phrase after the bought name ("X, acquired by Y in 1985,"), a unit of the article's company named
/// in an apposition ("the company's finance subsidiary, X"), and a buyer described as another company's unit
/// ("agreed to sell its division to X, a unit of Y"). Each form has a guard against over-firing. Invented names.
@Suite struct RelationEnglishSampleShapesTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc", "Vandor Corp"]

    private func facts(_ text: String, people: [String] = []) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, people: people, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    // MARK: share counts with their percent

    @Test func aShareCountWithThePercentItMakes() {
        #expect(facts("Brixel Corp said it owns more than four mln Zentor Inc shares or about 15 pct of the total outstanding.").stakes
            == ["Brixel Corp>Zentor Inc 15.0"])
        #expect(facts("Brixel Corp owns 4,100,000 Zentor Inc shares, or about 15 pct of the total outstanding.").stakes == ["Brixel Corp>Zentor Inc 15.0"])
        #expect(facts("Brixel Corp holds 500,000 shares of Zentor Inc, or 6.2 pct.").stakes == ["Brixel Corp>Zentor Inc 6.2"])
    }

    @Test func aShareCountWithoutAPercentKeepsNoPercent() {
        #expect(facts("Brixel Corp owns 4,100,000 Zentor Inc shares, or 2.5 mln dlrs worth.").stakes == ["Brixel Corp>Zentor Inc -"])
        #expect(facts("Brixel Corp said it owns four new plants and 20 stores.").stakes.isEmpty)
    }

    // MARK: "X, acquired by Y"

    @Test func aPurchaseInAParticiplePhrase() {
        let found = facts("Zentor Inc, acquired by Brixel Corp in 1985, makes valves.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(found.stakes == ["Brixel Corp>Zentor Inc -"])
    }

    @Test func aPurchaseByTheArticlesCompany() {
        let found = facts("Brixel Corp said sales rose. The fund was formed to continue the business of Zentor Inc, acquired by the company in 1985.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(found.stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func aParticiplePhraseAfterNoCompanyIsNoPurchase() {
        // No company name before the comma: what was bought is a plant or shares, not a company.
        #expect(facts("Zentor Inc said the plant, acquired by Brixel Corp in 1985, is closed.").deals.isEmpty)
        #expect(facts("Zentor Inc said the shares, bought by Brixel Corp last week, rose.").deals.isEmpty)
    }

    // MARK: "the company's … subsidiary, X"

    @Test func theCompanysUnitInAnApposition() {
        let text = "Brixel Corp said sales rose. Proceeds will be invested in the company's unconsolidated finance subsidiary, Zentor Inc, it said."
        #expect(facts(text).stakes == ["Brixel Corp>Zentor Inc -"])
    }

    @Test func theCompanysUnitSoldIsNoHolding() {
        #expect(facts("Brixel Corp said sales rose. It sold the company's finance subsidiary, Zentor Inc, to Quorra Inc.").stakes.allSatisfy { !$0.hasPrefix("Brixel Corp>") })
    }

    // MARK: the buyer as a unit

    @Test func theBuyerIsAnotherCompanysUnit() {
        #expect(facts("Quorra Inc agreed to sell its spirits division to Zentor Inc, a unit of Brixel Corp.").stakes.contains("Brixel Corp>Zentor Inc -"))
        #expect(facts("Quorra Inc sold its plant to Zentor Inc, the Canadian subsidiary of Brixel Corp.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func theSoldUnitStaysWithoutAHolding() {
        // The unit sold belongs to the seller only until the sale: no holding of the seller's parent.
        let found = facts("Quorra Inc agreed to sell Zentor Inc, a unit of Brixel Corp, to Vandor Corp.")
        #expect(found.stakes.allSatisfy { !$0.hasPrefix("Brixel Corp>Zentor Inc") })
    }
}

/// ", of which it owns 25 pct": the pronoun after the relative stands for the holder (enrel18, dev misses).
@Suite struct RelationEnglishRelativePronounHolderTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc"]

    private func stakes(_ text: String) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-01").stakes.map(\.summary)
    }

    @Test func aPronounHolderInARelativeClause() {
        #expect(stakes("Brixel Corp said Zentor Inc, of which it owns 25 pct, agreed to join the fund.").contains("Brixel Corp>Zentor Inc 25.0"))
    }

    @Test func aLaterNameIsNotThePronounsHolder() {
        let found = stakes("Brixel Corp said Zentor Inc, in which it has a 25 pct stake, sold its plant to Quorra Inc.")
        #expect(found.contains("Brixel Corp>Zentor Inc 25.0"))
        #expect(!found.contains { $0.hasPrefix("Quorra Inc>Zentor Inc") })
    }
}
