import NewsExtraction
import NewsModel
import Testing

/// German deals whose parties stood behind a phrase the preposition walk read as governing them: a time phrase
/// between the verb and its object ("übernahm im Mai die X") and a sentence-opening "Als" ("Als die Y … die
/// Übernahme der X verkündete"); a name after an indefinite article ("sich einen X gekauft") is a product. Invented
/// names only.
@Suite struct GermanDealPhraseStartTests {
    private func facts(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "g", title: "Titel", paragraphs: ["Titel", text], language: .german))
    }

    @Test func aTimePhraseBeforeTheObjectDoesNotGovernIt() {
        let found = facts("Die Harlowe Holding übernahm im Mai die Veltrona AG.")
        #expect(found.deals.map(\.summary) == ["acquisition Harlowe Holding>Veltrona AG from - -"])
        #expect(found.stakes.map(\.summary) == ["Harlowe Holding>Veltrona AG -"])
    }

    @Test func aLongerTimePhraseToo() {
        let found = facts("Die Harlowe Holding kaufte im vergangenen Jahr die Veltrona AG.")
        #expect(found.deals.map(\.summary) == ["acquisition Harlowe Holding>Veltrona AG from - -"])
    }

    @Test func aPrepositionRightBeforeTheArticleStillGoverns() {
        let found = facts("Die Harlowe Holding hält 30 Prozent an der Veltrona AG.")
        #expect(found.stakes.map(\.summary) == ["Harlowe Holding>Veltrona AG 30.0"])
    }

    @Test func aSentenceOpeningAlsIsAConjunction() {
        let found = facts("Als die Veltrona AG im Mai die Übernahme der Brisko GmbH verkündete, stieg der Kurs.")
        #expect(found.deals.map(\.summary) == ["acquisition Veltrona AG>Brisko GmbH from - -"])
    }

    @Test func aSentenceOpeningAlsWithAVerbLastPurchase() {
        let found = facts("Als die Veltrona AG im Mai die Brisko GmbH übernahm, stieg der Kurs.")
        #expect(found.deals.map(\.summary) == ["acquisition Veltrona AG>Brisko GmbH from - -"])
    }

    @Test func aNameAfterAnIndefiniteArticleIsAProductNotATarget() {
        let found = facts("Die Veltrona AG baut Sportwagen. Dana Ferrick hat sich einen Veltrona gekauft.")
        #expect(found.deals.isEmpty)
    }

    @Test func theSameNameAfterADefiniteArticleIsBought() {
        let found = facts("Die Veltrona AG baut Sportwagen. Die Harlowe Holding hat die Veltrona gekauft.")
        #expect(found.deals.map(\.summary) == ["acquisition Harlowe Holding>Veltrona AG from - -"])
    }
}
