import NewsExtraction
import NewsModel
import Testing

/// German ownership and deal phrasings whose parties the entity stage must find on its own (the whole
/// extractor runs, no hand-made entity table): owners named with a copula ("X sind Eigentümer der Y"),
/// unknown acronyms as holders, regional banks and insurers named with a place, cue words in the
/// genitive or weak ending ("des Versorgers X", "des Konkurrenten X") and "stößt X an Y ab".
/// Invented names only.
@Suite struct GermanOwnershipPartyProbeTests {
    private func facts(_ sentence: String) -> ArticleFacts {
        let article = Article(id: "probe", title: "Meldung", paragraphs: [sentence], date: "2016-03-01", language: .german)
        return RuleBasedExtractor().extract(from: article)
    }

    private func stakes(_ sentence: String) -> [String] { facts(sentence).stakes.map(\.summary) }
    private func deals(_ sentence: String) -> [String] { facts(sentence).deals.map(\.summary) }
    private func names(_ sentence: String) -> [String] { facts(sentence).entities.map(\.name) }

    // MARK: owners named with a copula

    @Test func ownerWithCopula() {
        #expect(stakes("Die Stadtwerke Almenfeld sind Eigentümer der Orlitz Energie GmbH.").contains("Stadtwerke Almenfeld>Orlitz Energie GmbH -"))
        #expect(stakes("Die Brakemo Holding ist Mehrheitseigentümer der Tandor AG.").contains("Brakemo Holding>Tandor AG -"))
    }

    // MARK: parties the entity stage finds

    @Test func unknownAcronymAsHolder() {
        #expect(stakes("Die ÖVIH hält 28 Prozent an der Tandor AG.").contains("ÖVIH>Tandor AG 28.0"))
    }

    @Test func anUnknownAcronymBeforeAnOrdinaryVerbStaysOut() {
        #expect(!names("Die QXR läuft seit Jahren schlecht, sagte Vorstand Jorund Osby.").contains("QXR"))
    }

    @Test func regionalBankWithPlace() {
        #expect(stakes("Die Raiffeisenlandesbank Almenfeld ist mit 20 Prozent an der Tandor AG beteiligt.")
            .contains("Raiffeisenlandesbank Almenfeld>Tandor AG 20.0"))
    }

    @Test func insurerWithPlace() {
        #expect(deals("Die Versicherung Grauberg übernimmt die Kessling GmbH.").contains("acquisition Versicherung Grauberg>Kessling GmbH from - -"))
    }

    @Test func cueWordInTheGenitive() {
        #expect(names("Die Kessling GmbH, eine Tochter des Versorgers Orlitz, meldete einen Verlust.").contains("Orlitz"))
    }

    @Test func cueWordInTheWeakEnding() {
        #expect(deals("Die Veltrona AG plant die Übernahme des Konkurrenten Kessling.").contains { $0.hasPrefix("acquisition Veltrona AG>Kessling ") })
    }

    @Test func anInflectedOrdinaryNounIsNoCue() {
        #expect(!names("Die Veltrona AG sprach mit den Mitarbeitern Freitag und Montag.").contains("Freitag"))
    }

    // MARK: deals

    @Test func separableSaleWithAbstossen() {
        #expect(deals("Die Veltrona AG stößt ihre Tochter Kessling GmbH an den Finanzinvestor Marbeck Capital ab.")
            .contains("acquisition Marbeck Capital>Kessling GmbH from Veltrona AG -"))
    }

    @Test func stossenWithoutAbIsNoSale() {
        #expect(deals("Die Veltrona AG stößt mit ihrer Tochter Kessling GmbH auf Widerstand bei Marbeck Capital.").isEmpty)
    }
}
