import NewsModel
import Testing

/// Phrase forms of deals and holdings: verb-last stakes, coordinated German buyers, adverbs of how much,
/// majority owners, shareholders in apposition, possessors before an amount, per-share prices.
@Suite struct DealPhraseFormsTests {
    private func facts(_ text: String, _ language: Language, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts((language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies, date: "2015-06-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func germanVerbLastMajority() {
        let found = facts("Die Quorra AG hat die Mehrheit an der Brixel GmbH übernommen.", .german, ["Quorra AG", "Brixel GmbH"])
        #expect(found.deals == ["stake Quorra AG>Brixel GmbH from - -"])
    }

    @Test func germanCoordinatedBuyersLeaveTheTarget() {
        let found = facts("Die Quorra AG und die Zentor AG kaufen gemeinsam die Brixel GmbH.", .german, ["Quorra AG", "Zentor AG", "Brixel GmbH"])
        #expect(found.deals == ["acquisition Quorra AG>Brixel GmbH from - -"])
    }

    @Test func germanBelongsMostlyTo() {
        #expect(facts("Die Brixel GmbH gehört mehrheitlich der Quorra AG.", .german, ["Quorra AG", "Brixel GmbH"]).stakes == ["Quorra AG>Brixel GmbH -"])
        #expect(facts("Die Brixel GmbH gehört der Branche an.", .german, ["Brixel GmbH"]).stakes.isEmpty)
    }

    @Test func germanMajorityOwner() {
        #expect(facts("Die Quorra AG ist Mehrheitseigentümer der Brixel GmbH.", .german, ["Quorra AG", "Brixel GmbH"]).stakes == ["Quorra AG>Brixel GmbH -"])
    }

    @Test func englishLargestShareholder() {
        #expect(facts("Quorra Inc is the largest shareholder of Brixel Corp.", .english, ["Quorra Inc", "Brixel Corp"]).stakes == ["Quorra Inc>Brixel Corp -"])
        #expect(facts("Quorra Inc, Brixel Corp's biggest shareholder, said it would vote.", .english, ["Quorra Inc", "Brixel Corp"]).stakes == ["Quorra Inc>Brixel Corp -"])
        #expect(facts("Brixel Corp's largest shareholder, Quorra Inc, said it would vote.", .english, ["Quorra Inc", "Brixel Corp"]).stakes == ["Quorra Inc>Brixel Corp -"])
    }

    @Test func englishPossessorBeforeAnAmount() {
        let found = facts("Quorra Inc's 1.2 billion dlr acquisition of Brixel Corp closed.", .english, ["Quorra Inc", "Brixel Corp"])
        #expect(found.deals == ["acquisition Quorra Inc>Brixel Corp from - -"])
    }

    @Test func englishPerSharePriceIsNoStake() {
        let found = facts("Quorra Inc made a tender offer of 20 dlrs a share for Brixel Corp.", .english, ["Quorra Inc", "Brixel Corp"])
        #expect(found.deals == ["acquisition Quorra Inc>Brixel Corp from - -"])
    }
}

/// A conjunction ends the reach of a preposition before it.
@Suite struct DealConjunctionTests {
    @Test func sellerAfterWhenIsNotGovernedByOf() {
        let found = DealFixture.facts(
            "Headline\n\nQuorra bought the shares ahead of a bonus issue when Zentor Inc sold its entire 47 pct stake in Brixel Ltd to local investors.",
            .english, companies: ["Quorra", "Zentor Inc", "Brixel Ltd"], date: "1987-04-13").deals
        #expect(found.map(\.summary) == ["stake ->Brixel Ltd from Zentor Inc 47.0"])
    }

    @Test func germanSubjectAfterDass() {
        let found = DealFixture.facts(
            "Titel\n\nBekannt wurde am Rande der Messe, dass die Quorra AG die Brixel GmbH übernimmt.",
            .german, companies: ["Quorra AG", "Brixel GmbH"], date: "2015-06-01").deals
        #expect(found.map(\.summary) == ["acquisition Quorra AG>Brixel GmbH from - -"])
    }
}

/// A full stop left inside a sentence before a name ends the clause.
@Suite struct DealInnerStopTests {
    @Test func nameAfterAnInnerStopIsNoTarget() {
        let text = "Headline\n\nThe deadline marks the point at which Quorra will gain the right to sell its car division to Brixel, part of an alliance agreed in 2000. Brixel, whose own operations lose money, no longer wants to own the unprofitable Quorra unit."
        let found = DealFixture.facts(text, .english, companies: ["Quorra", "Brixel"])
        #expect(!found.deals.contains { $0.target.name == "Brixel" })
        #expect(!found.stakes.contains { $0.summary == "Quorra>Brixel -" })
    }
}
