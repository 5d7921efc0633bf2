import NewsExtraction
import NewsModel
import Testing

/// "Der X gehören 51 Prozent der Y": with a plural "gehören" the percent is the subject, the dative before the
/// verb owns the genitive company after "Prozent". Invented names only; the whole extractor runs.
@Suite struct GermanPercentSubjectTests {
    @Test func dativeOwnerOfAPercent() {
        #expect(GermanProbe.stakes("Der Verbalia AG gehören 51 Prozent der Orvenka Kraftwerke AG.") == ["Verbalia AG>Orvenka Kraftwerke AG 51.0"])
    }

    @Test func singularVerbKeepsTheSubjectOwned() {
        #expect(GermanProbe.stakes("Die Orvenka AG gehört zu 51 Prozent der Verbalia AG.") == ["Verbalia AG>Orvenka AG 51.0"])
    }

    @Test func pluralSharesOwnedByTheGenitive() {
        // "zu 51 Prozent der Y": the subject's shares belong to Y.
        #expect(GermanProbe.stakes("Die Aktien der Orvenka AG gehören zu 51 Prozent der Verbalia AG.") == ["Verbalia AG>Orvenka AG 51.0"])
    }
}

/// "Nordkran AS": the Norwegian and Danish legal form in capitals ends a company name.
@Suite struct NordicLegalFormTests {
    @Test func capitalAsEndsAName() {
        #expect(GermanProbe.names("Die Palvinga AG erwirbt 75 Prozent des norwegischen Herstellers Nordtravik AS.").contains("Nordtravik AS"))
        let english = RuleBasedExtractor().extract(
            from: Article(id: "e", title: "Deal", paragraphs: ["Kestrel Corp bought Fjordvik AS, a Norwegian shipyard, for 40 mln dlrs."], language: .english))
        #expect(english.entities.map(\.name).contains("Fjordvik AS"))
    }

    @Test func wordAsAndHeadlinesStayOut() {
        let english = RuleBasedExtractor().extract(
            from: Article(id: "e", title: "Deal", paragraphs: ["As Kestrel Corp said, the Trondal AS plant grew. KESTREL SEES RISE AS SALES GROW."], language: .english))
        let names = english.entities.map(\.name)
        #expect(!names.contains { $0.hasSuffix("AS") && $0 != "Trondal AS" }, "\(names)")
    }
}

/// "25 Prozent der X-Aktien": a percent of a compound of the company and its shares, bought or sold.
@Suite struct GermanShareCompoundDealTests {
    @Test func percentOfShareCompoundBought() {
        #expect(GermanProbe.deals("Die Uniqora AG hat 25 Prozent der Strelvik-Aktien erworben.") == ["stake Uniqora AG>Strelvik from - 25.0"])
    }

    @Test func percentOfShareCompoundSold() {
        #expect(GermanProbe.deals("Die Uniqora AG verkauft 25 Prozent der Strelvik-Anteile an die Brondal AG.") == ["stake Brondal AG>Strelvik from Uniqora AG 25.0"])
    }

    @Test func sharePriceIsNoStake() {
        #expect(GermanProbe.deals("Die Strelvik-Aktien stiegen um 5 Prozent, nachdem die Uniqora AG die Brondal AG gekauft hatte.") == ["acquisition Uniqora AG>Brondal AG from - -"])
    }
}

/// Owners that are no companies: a family holding "über ihre Privatstiftung", a person in the dative after "gehört".
@Suite struct GermanNonCompanyOwnerTests {
    @Test func familyHoldingThroughItsFoundation() {
        #expect(GermanProbe.stakes("Die Familie Wendorfer hält über ihre Privatstiftung 60 Prozent an der Malvexa AG.") == ["Familie Wendorfer>Malvexa AG 60.0"])
    }

    @Test func personInTheDativeOwns() {
        #expect(GermanProbe.stakes("Die Hotelkette Alpvara AG gehört seit 2012 mehrheitlich dem russischen Oligarchen Igor Svetlanov.")
            == ["Igor Svetlanov>Alpvara AG -"])
    }

    @Test func personAfterAPrepositionOwnsNothing() {
        #expect(GermanProbe.stakes("Die Alpvara AG gehört zu den Kunden von Igor Svetlanov.").isEmpty)
        #expect(GermanProbe.stakes("Die Alpvara AG gehört der Familie von Igor Svetlanov.").isEmpty)
    }
}
