import NewsModel
import Testing

/// Wire forms found on unseen Reuters acquisition stories: a seller that seeks a buyer (through an
/// adviser), bids for a company's plants or business (no bid for the company), an offer for a genitive
/// company's share classes, and an application for a takeover (planned, so no holding yet).
@Suite struct DealSampleFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-18")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func adviserSeeksABuyerForTheSellersUnit() {
        let found = facts(
            "MONTREAL, March 18 - Brixel Holdings Ltd said it retained Quorra Securities Inc to seek a buyer for Zentor Mills Ltd of Toronto.",
            ["Brixel Holdings Ltd", "Quorra Securities Inc", "Zentor Mills Ltd"])
        #expect(found.deals == ["acquisition ->Zentor Mills Ltd from Brixel Holdings Ltd -"])
        #expect(found.stakes == ["Brixel Holdings Ltd>Zentor Mills Ltd -"])
    }

    @Test func lookingForABuyerIsAPlannedSale() {
        let found = facts(
            "Brixel Corp said it is looking for a buyer for Zentor Inc, its packaging unit.", ["Brixel Corp", "Zentor Inc"])
        #expect(found.deals == ["acquisition ->Zentor Inc from Brixel Corp -"])
    }

    @Test func aBuyerWithoutASearchIsNoSale() {
        let found = facts(
            "Brixel Corp said Quorra Inc was the buyer of its shares and a buyer for Zentor Inc products.", ["Brixel Corp", "Quorra Inc", "Zentor Inc"])
        #expect(found.deals.isEmpty)
    }

    @Test func bidForACompanysPlantsIsNoBidForTheCompany() {
        let found = facts(
            "Brixel said it was considering a possible bid for the Zentor plants in Europe.", ["Brixel", "Zentor"])
        #expect(found.deals.isEmpty)
    }

    @Test func acquisitionOfAGenitivesBusinessIsNoAcquisitionOfTheCompany() {
        let found = facts(
            "Brixel Petroleum Corp said it has completed the acquisition of Zentor Oil Co's vinyl chloride business for undisclosed terms.",
            ["Brixel Petroleum Corp", "Zentor Oil Co"])
        #expect(found.deals.isEmpty)
        #expect(found.stakes.isEmpty)
    }

    @Test func itsNamedBusinessIsStillTheTarget() {
        let found = facts("Brixel Corp said it sold its Zentor business to Quorra Inc.", ["Brixel Corp", "Zentor", "Quorra Inc"])
        #expect(found.deals == ["acquisition Quorra Inc>Zentor from Brixel Corp -"])
    }

    @Test func offerForAGenitivesShareClasses() {
        let found = facts(
            "<Brixel Industries Corp> said it planned to make an unconditional 21 dlr a share cash offer for <Zentor Inc>'s 7.6 mln common and 2.3 mln non-voting shares.",
            ["Brixel Industries Corp", "Zentor Inc"])
        #expect(found.deals == ["acquisition Brixel Industries Corp>Zentor Inc from - -"])
        #expect(found.stakes.isEmpty)
    }

    @Test func applicationForATakeoverIsPlanned() {
        let found = facts(
            "Brixel, however, has pursued its application with the Department of Transportation for a takeover of Zentor.", ["Brixel", "Zentor"])
        #expect(found.deals == ["acquisition Brixel>Zentor from - -"])
        #expect(found.stakes.isEmpty)
    }

    @Test func noCommentOnAPlannedBuyoutDoesNotNegateIt() {
        let found = facts(
            "A Brixel Inc official said the airline has no comment on Zentor Group Inc's planned buyout of Quorra Aviation Inc.",
            ["Brixel Inc", "Zentor Group Inc", "Quorra Aviation Inc"])
        #expect(found.deals == ["acquisition Zentor Group Inc>Quorra Aviation Inc from - -"])
    }

    @Test func noPlansToSellStillNegates() {
        let found = facts("Brixel Corp said it has no plans to sell Zentor Inc.", ["Brixel Corp", "Zentor Inc"])
        #expect(found.deals.isEmpty)
    }

    @Test func operatesAsAWhollyOwnedUnitOfTheBuyer() {
        let found = facts(
            "Brixel Resources Corp said it will operate as a wholly owned unit of Zentor Corp under its current name.", ["Brixel Resources Corp", "Zentor Corp"])
        // "wholly owned" states the percent: 100, as the annotation guide counts it.
        #expect(found.stakes == ["Zentor Corp>Brixel Resources Corp 100.0"])
    }

    @Test func isNotAUnitStatesNoHolding() {
        let found = facts("Brixel Corp said it is not a unit of Zentor Corp.", ["Brixel Corp", "Zentor Corp"])
        #expect(found.stakes.isEmpty)
    }

    @Test func appositionMinorityOwnedBy() {
        let found = facts(
            "Brixel Fine Foods Inc, a Canadian company minority owned by Zentor Holdings PLC of London, has acquired Quorra Foods Ltd, Zentor said.",
            ["Brixel Fine Foods Inc", "Zentor Holdings PLC", "Quorra Foods Ltd"])
        #expect(found.stakes.contains("Zentor Holdings PLC>Brixel Fine Foods Inc -"))
        #expect(found.stakes.contains("Brixel Fine Foods Inc>Quorra Foods Ltd -"))
        #expect(found.deals == ["acquisition Brixel Fine Foods Inc>Quorra Foods Ltd from - -"])
    }

    @Test func appositionPercentOwnedBy() {
        let found = facts("Brixel Inc, 40 pct owned by Zentor Corp, said profits rose.", ["Brixel Inc", "Zentor Corp"])
        #expect(found.stakes == ["Zentor Corp>Brixel Inc 40.0"])
    }

    @Test func timePhraseBetweenDealNounAndTarget() {
        let found = facts(
            "Brixel said the sale, coupled with its sale last month of Zentor, were steps taken to improve its balance sheet.", ["Brixel", "Zentor"])
        #expect(found.deals == ["acquisition ->Zentor from Brixel -"])
    }

    @Test func coordinatedVerbEndsTheSaleObject() {
        let found = facts(
            "Paris-based Brixel has been selling non-core businesses and focusing on its most profitable labels including Zentor.", ["Brixel", "Zentor"])
        #expect(found.deals.isEmpty)
    }

    @Test func sellingTwoNamedUnitsStillCounts() {
        let found = facts("Brixel Corp said it is selling its Zentor and Quorra units to Lirox Inc.", ["Brixel Corp", "Zentor", "Quorra", "Lirox Inc"])
        #expect(found.deals.contains("acquisition Lirox Inc>Zentor from Brixel Corp -"))
    }

    @Test func aReportingNewspaperIsNotWhatItMeans() {
        let found = facts(
            "Leisure group Brixel could sell its media business, reports claim. The shake-up will come on Friday, the Sunday Quorra reported. It also owns Zentor Media, which makes DVDs.",
            ["Sunday Quorra", "Zentor Media"])
        #expect(!found.stakes.contains("Sunday Quorra>Zentor Media -"))
    }

    @Test func sellTwoSubsidiariesNamedInAnApposition() {
        let found = facts(
            "Brixel World Inc said it signed a letter of intent to sell to an investment group two subsidiaries, Zentor Inc, an athletic footwear maker, and its international marketing arm, Quorra International Inc.",
            ["Brixel World Inc", "Zentor Inc", "Quorra International Inc"])
        #expect(found.deals == ["acquisition ->Zentor Inc from Brixel World Inc -", "acquisition ->Quorra International Inc from Brixel World Inc -"])
    }

    @Test func possessiveShareholdingsRemainAbove() {
        let found = facts(
            "<Brixel Holdings Ltd> said it sold 30 mln ordinary shares in Zentor Corp Plc and 10.5 mln in <Quorra Plc>. The company said that following these sales Brixel Holdings Ltd's ordinary shareholdings in both Zentor Corp Plc and Quorra Plc remained above 51 pct.",
            ["Brixel Holdings Ltd", "Zentor Corp Plc", "Quorra Plc"])
        #expect(found.stakes.contains("Brixel Holdings Ltd>Zentor Corp Plc 51.0"))
        #expect(found.stakes.contains("Brixel Holdings Ltd>Quorra Plc 51.0"))
    }

    @Test func itsStakeNowStandsAt() {
        let found = facts("Brixel Corp said its stake in Zentor Inc now stands at 12.5 pct.", ["Brixel Corp", "Zentor Inc"])
        #expect(found.stakes == ["Brixel Corp>Zentor Inc 12.5"])
    }

    @Test func aStakeWorthAnAmountStatesNoPercent() {
        let found = facts("Brixel Corp said its stake in Zentor Inc is worth 50 mln dlrs.", ["Brixel Corp", "Zentor Inc"])
        #expect(!found.stakes.contains { $0.hasSuffix(" 50.0") })
    }

    @Test func startedATenderOfferNamesTheBidder() {
        let found = facts(
            "Brixel Corp said it started a tender offer for all outstanding shares of Zentor Inc at 20 dlrs a share.", ["Brixel Corp", "Zentor Inc"])
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
        #expect(found.stakes.isEmpty)
    }

    @Test func coordinatedSubjectsSignAMergerAgreement() {
        let found = facts("Brixel Corp and Zentor Inc said they signed a definitive merger agreement.", ["Brixel Corp", "Zentor Inc"])
        #expect(found.deals == ["merger Brixel Corp>Zentor Inc from - -"])
    }

    @Test func oneSubjectWithoutPartnerIsNoMerger() {
        let found = facts("Brixel Corp said it signed a definitive merger agreement, Zentor Inc analysts said.", ["Brixel Corp", "Zentor Inc"])
        #expect(found.deals.isEmpty)
    }

    @Test func holdsAPercentOfTheCompanysShares() {
        let found = facts(
            "Brixel Corp said it filed a suit against Zentor Partners. Zentor Partners holds 7.4 pct of the company's shares.", ["Brixel Corp", "Zentor Partners"])
        #expect(found.stakes == ["Zentor Partners>Brixel Corp 7.4"])
    }

    @Test func theCompanysSharesWithoutAPercentStateNoHolding() {
        let found = facts(
            "Brixel Corp said it filed a suit against Zentor Partners. Zentor Partners holds some of the company's shares.", ["Brixel Corp", "Zentor Partners"])
        #expect(found.stakes.isEmpty)
    }
}
