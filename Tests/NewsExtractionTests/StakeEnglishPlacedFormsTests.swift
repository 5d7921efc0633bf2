import NewsExtraction
import NewsModel
import Testing

/// English holdings whose parts a ticker, a place or a second possessor sets apart, percents glued to the
/// participle, fractions held and percent stakes with a pronoun possessor: forms found missing in a blind sample of
/// Reuters stories and in the development set's misses. Invented names only; the whole extractor runs.
@Suite struct StakeEnglishPlacedFormsTests {
    private func stakes(_ text: String) -> [String] {
        RuleBasedExtractor().extract(from: Article(id: "r", title: "Headline", paragraphs: ["Headline", text], language: .english)).stakes.map(\.summary)
    }

    // MARK: Tickers

    @Test func tickerAfterTheHeldCompanyOfAnApposition() {
        let found = stakes("Class A shares of Dornvale Oil Ltd <HOL.A>, 70 pct owned by Veltrona Corp <VLT>, traded at 71.")
        #expect(found.contains("Veltrona Corp>Dornvale Oil Ltd 70.0"))
    }

    @Test func bracketedParentBeforeTheUnitNoun() {
        #expect(stakes("The land was bought from Brixa Industries Inc, an <Veltrona AB> subsidiary, for 27 mln dlrs.").contains("Veltrona AB>Brixa Industries Inc -"))
        // Trade "sales to" a unit sell no company.
        #expect(stakes("Sales to Brixa Smelting Co, a Veltrona Corp <VC.N> unit, fell.").contains("Veltrona Corp>Brixa Smelting Co -"))
        // A customer is no unit.
        #expect(stakes("Sales to Brixa Industries Inc, a <Veltrona AB> customer, rose.").isEmpty)
    }

    @Test func tickerBetweenPossessorAndCompany() {
        #expect(stakes("It said Veltrona Co's <VC> Veltrona Credit Corp and Dornvale Corp are selling the shares.").contains("Veltrona Co>Veltrona Credit Corp -"))
        // A bid named by the company is none of the possessor's units.
        #expect(stakes("Veltrona Corp's <VC> Dornvale Mines Ltd bid was rejected.").isEmpty)
    }

    // MARK: Places and second possessors

    @Test func placeBetweenPossessorAndUnitNoun() {
        #expect(stakes("A payment was made by Quorvel Corp's Hong Kong subsidiary Brixa Corp Ltd last year.").contains("Quorvel Corp>Brixa Corp Ltd -"))
        #expect(stakes("Quorvel Bank NV's London-based subsidiary Brixa Finance Ltd joined the syndicate.").contains("Quorvel Bank NV>Brixa Finance Ltd -"))
        // Sold, the unit is no longer the possessor's.
        #expect(!stakes("Dornvale Inc sold Quorvel Corp's Hong Kong subsidiary Brixa Corp Ltd.").contains("Quorvel Corp>Brixa Corp Ltd -"))
    }

    @Test func placeInsideTheApposition() {
        #expect(stakes("Brixa Exporters Ltd of Atlanta, the U.S. subsidiary of Quorvel International PLC, said sales rose.")
            .contains("Quorvel International PLC>Brixa Exporters Ltd -"))
        // The unit sold goes to the buyer.
        #expect(!stakes("Dornvale Inc sold Brixa Exporters Ltd of Atlanta, the U.S. subsidiary of Quorvel International PLC, to Veltrona Corp.")
            .contains("Quorvel International PLC>Brixa Exporters Ltd -"))
    }

    @Test func unitOfAPossessedParent() {
        let found = stakes("Quorvel Inc said a group moved to acquire the Brixa Mining Co unit of Quorvel's Dornvale Coal Co.")
        #expect(found.contains("Dornvale Coal Co>Brixa Mining Co -"))
        #expect(found.contains("Quorvel Inc>Dornvale Coal Co -"))
    }

    // MARK: Percents

    @Test func percentGluedToTheParticiple() {
        #expect(stakes("Brixa Corp is 70%-owned by Dornvale Inc.") == ["Dornvale Inc>Brixa Corp 70.0"])
        #expect(stakes("Brixa Corp, 70 pct-owned by Dornvale Inc, said sales rose.").contains("Dornvale Inc>Brixa Corp 70.0"))
        #expect(stakes("Dornvale Inc's 51 pct-held Brixa Corp said sales rose.") == ["Dornvale Inc>Brixa Corp 51.0"])
    }

    @Test func eachOwnerOfAnAppositionWithItsPercent() {
        let found = stakes("He said Quorvel Corp agreed to sell <Brixa Valdora SA>, owned 80 pct by Veltrona Corp and 20 pct by Quorvel Corp.")
        #expect(found.contains("Veltrona Corp>Brixa Valdora SA 80.0"))
        #expect(found.contains("Quorvel Corp>Brixa Valdora SA 20.0"))
    }

    @Test func aTrailingSourceIsNotTheCompanyHeld() {
        #expect(stakes("In addition, Brixa Printing Corp owns 9.5 mln dlrs face amount, Veltrona Corp said.").isEmpty)
        // The company held may still end the clause when no saying follows.
        #expect(stakes("In addition, Brixa Printing Corp owns 9.5 pct of Veltrona Corp.").contains("Brixa Printing Corp>Veltrona Corp 9.5"))
    }

    @Test func fractionHeld() {
        #expect(stakes("Dornvale Inc owns about one-third of Brixa Corp.") == ["Dornvale Inc>Brixa Corp 33.33"])
        // A future holding is none yet.
        #expect(!stakes("Dornvale Inc will own about one-third of Brixa Corp.").contains("Dornvale Inc>Brixa Corp 33.33"))
    }

    @Test func percentStakeOfAPronounPossessor() {
        #expect(stakes("Dornvale Brennick Ltd's earnings from its 35 pct stake in Brixa Land Co Ltd will fall.").contains("Dornvale Brennick Ltd>Brixa Land Co Ltd 35.0"))
        #expect(stakes("Dornvale Brennick Ltd will gain from its 50 pct stake in <Brixa Fenwood Holdings Ltd>.").contains("Dornvale Brennick Ltd>Brixa Fenwood Holdings Ltd 50.0"))
        // An analyst's "said" before the possessor leaves the possessor the holder.
        #expect(stakes("But analyst Alan Pettigrew said Dornvale Brennick Ltd's earnings from its 35 pct stake in Brixa Land Co Ltd will fall.").contains("Dornvale Brennick Ltd>Brixa Land Co Ltd 35.0"))
        // A stake handed on is read by the deal rules, not as a holding.
        #expect(!stakes("Dornvale Brennick Ltd plans a spin-off of its 35 pct stake in Brixa Land Co Ltd.").contains("Dornvale Brennick Ltd>Brixa Land Co Ltd 35.0"))
    }
}

/// A tender offer for a company's shares with no number bids for the whole company.
@Suite struct DealEnglishTenderSharesTests {
    private func deals(_ text: String) -> [String] {
        RuleBasedExtractor().extract(from: Article(id: "r", title: "Headline", paragraphs: ["Headline", text], language: .english)).deals.map(\.summary)
    }

    @Test func tenderOfferForTheSharesIsAnAcquisition() {
        let found = deals("Dornvale Inc launched a tender offer for Brixa Corp shares.")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("acquisition Dornvale Inc>Brixa Corp") == true)
        // A number of shares is a part.
        #expect(deals("Dornvale Inc launched a tender offer for two mln Brixa Corp shares.").first?.hasPrefix("stake Dornvale Inc>Brixa Corp") == true)
    }
}
