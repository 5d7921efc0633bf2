import NewsExtraction
import NewsModel
import Testing

/// English holdings the relation stage missed although both parties were found: the article's company named
/// only as "It" or "The company" in a passive ownership or unit sentence, a ticker between a parent and its
/// "the parent of X" apposition, "Y unit, X," with the unit's name between commas, and attributive percent-owned
/// companies ("its 63 pct-owned X", "Y's <YT> 83 pct owned X unit", "results of 50 pct-owned X"). Invented names only; the
/// whole extractor runs.
@Suite struct StakeEnglishRecall27Tests {
    private func stakes(_ text: String) -> [String] {
        let article = Article(id: "r", title: "Headline", paragraphs: ["Headline", text], language: .english)
        return RuleBasedExtractor().extract(from: article).stakes.map(\.summary)
    }

    @Test func itIsPercentOwnedByNamesTheArticlesCompany() {
        #expect(stakes("Brixa Chemie AG said its sales rose 10 pct. It is 83 pct owned by Quorvel Inc.").contains("Quorvel Inc>Brixa Chemie AG 83.0"))
        #expect(stakes("Brixa Stahl AG said it will cut 2,000 jobs. The company, which is 70.4 pct owned by Quorvel GmbH, said the cuts were part of a plan.")
            .contains("Quorvel GmbH>Brixa Stahl AG 70.4"))
        #expect(stakes("Brixa Leasing Corp said it sold bonds. It is a wholly owned subsidiary of Quorvel Corp.").contains("Quorvel Corp>Brixa Leasing Corp 100.0"))
    }

    @Test func otherSubjectsKeepTheirOwnOwners() {
        // A plain noun subject is no pronoun for the article's company.
        let mill = stakes("Brixa Corp said it bought a paper mill. The mill is 40 pct owned by Quorvel Inc.")
        #expect(!mill.contains { $0.hasPrefix("Quorvel Inc>") })
        // "It" must open the sentence.
        let inner = stakes("Brixa Corp said sales rose. Analysts said it is 40 pct owned by Quorvel Inc.")
        #expect(!inner.contains { $0.hasPrefix("Quorvel Inc>") })
    }

    @Test func tickerBetweenAParentAndItsApposition() {
        #expect(stakes("The report said Quorvel Co <QRV>, the parent of Tarlen Bank, was a possible buyer.").contains("Quorvel Co>Tarlen Bank -"))
    }

    @Test func percentOwnedCompanyAfterItsHolder() {
        // "its" after "said" and a reported subject: the company that speaks.
        #expect(stakes("Quorvel Inc said 1,100 workers at its 63 pct-owned Brixa Mining and Smelter Corp mine would start voting.")
            .contains("Quorvel Inc>Brixa Mining and Smelter Corp 63.0"))
        // The percent and the participle apart, a ticker or a unit noun after the name.
        #expect(stakes("Quorvel Energy Corp said its 70 pct owned <Brixa Worldwide Energy Ltd> affiliate's well flowed 567 barrels.")
            .contains("Quorvel Energy Corp>Brixa Worldwide Energy Ltd 70.0"))
        #expect(stakes("Tarlen Fry Corp has received an offer from Quorvel Pacific Corp's <QPC> 83 pct owned <Brixa Govett Ltd> brokerage unit.")
            .contains("Quorvel Pacific Corp>Brixa Govett Ltd 83.0"))
        // No possessor: the sentence's first free organisation.
        #expect(stakes("He also said Quorvel Forest Inc will consolidate the results of 50 pct-owned Brixa Bloedel Ltd.").contains("Quorvel Forest Inc>Brixa Bloedel Ltd 50.0"))
    }

    @Test func percentOwnedCompanyWithoutAHolder() {
        // "the 40 pct-owned X" names no holder; a sale before the phrase ends the holding.
        #expect(!stakes("Quorvel Inc said the 40 pct-owned Brixa Mining Corp had higher sales.").contains { $0.hasPrefix("Quorvel Inc>") })
        #expect(!stakes("Quorvel Inc said it completed the sale of the assets of 40 pct-owned Brixa Mining Corp.").contains { $0.hasPrefix("Quorvel Inc>") })
    }

    @Test func unitNameBetweenCommasAfterTheOwner() {
        #expect(stakes("Quorvel Inc unit, Tarlen Magnesium Corp, said it will build a plant.").contains("Quorvel Inc>Tarlen Magnesium Corp -"))
    }
}
