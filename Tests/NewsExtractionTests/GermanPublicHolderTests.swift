import NewsExtraction
import NewsModel
import Testing

/// German holders that are no companies: states, cities, the federal government, families and
/// foundations ("die Stadt Talburg", "der Bund", "die Familie Brenzler",
/// "die Stiftung Harlinger Wald"). The whole extractor runs: the entity stage must find them on its
/// own. Invented names only.
@Suite struct GermanPublicHolderTests {
    private func facts(_ sentence: String) -> ArticleFacts {
        let article = Article(id: "probe", title: "Meldung", paragraphs: [sentence], date: "2016-03-01", language: .german)
        return RuleBasedExtractor().extract(from: article)
    }

    private func stakes(_ sentence: String) -> [String] { facts(sentence).stakes.map(\.summary) }
    private func names(_ sentence: String) -> [String] { facts(sentence).entities.map(\.name) }

    @Test func stateAsHolder() {
        #expect(stakes("Das Land Morvanien hält 20 Prozent an der Veltrona AG.").contains("Land Morvanien>Veltrona AG 20.0"))
        #expect(stakes("Die Veltrona AG gehört zu 20 Prozent dem Land Morvanien.").contains("Land Morvanien>Veltrona AG 20.0"))
        #expect(stakes("Der Freistaat Quellburg ist mit 25 Prozent an der Kessling GmbH beteiligt.").contains("Freistaat Quellburg>Kessling GmbH 25.0"))
    }

    @Test func cityAsHolder() {
        #expect(stakes("Die Stadt Talburg hält 49 Prozent an der Kessling GmbH.").contains("Stadt Talburg>Kessling GmbH 49.0"))
    }

    @Test func federalGovernmentAsHolder() {
        #expect(stakes("Der Bund hält 15 Prozent an der Veltrona AG.").contains("Bund>Veltrona AG 15.0"))
        #expect(stakes("Die Veltrona AG gehört zu 15 Prozent dem Bund.").contains("Bund>Veltrona AG 15.0"))
    }

    @Test func familyAsHolder() {
        #expect(stakes("Die Familie Brenzler hält 60 Prozent an der Kessling GmbH.").contains("Familie Brenzler>Kessling GmbH 60.0"))
        #expect(stakes("Die Kessling GmbH gehört zu 60 Prozent der Familie Brenzler.").contains("Familie Brenzler>Kessling GmbH 60.0"))
    }

    @Test func foundationAsHolder() {
        #expect(stakes("Die Stiftung Harlinger Wald hält 30 Prozent an der Veltrona AG.").contains("Stiftung Harlinger Wald>Veltrona AG 30.0"))
        #expect(stakes("Die Brenzler-Stiftung hält 30 Prozent an der Veltrona AG.").contains("Brenzler-Stiftung>Veltrona AG 30.0"))
    }

    @Test func theWordsAloneAreNoParties() {
        let found = names("Die Familie freut sich, das Land investiert in Schulen.")
        #expect(!found.contains("Familie"))
        #expect(!found.contains("Land"))
    }
}
