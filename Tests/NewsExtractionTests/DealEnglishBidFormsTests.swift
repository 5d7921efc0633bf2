import NewsModel
import Testing

/// English deal forms from blind samples: rejected and terminated bids, denials, fractions, "the remaining"
/// shares, planned stake increases, tendered shares, offers for all shares, described targets, merged
/// subsidiaries, relative buyers, coordinated buyers, "snapped up" and mergers that complete a holding.
@Suite struct DealEnglishBidFormsTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc", "Vandor Corp", "Moody Ratings Inc"]

    private func facts(_ text: String, companies: [String]? = nil) -> (deals: [String], stakes: [String], statuses: [DealStatus]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies ?? self.companies, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary), found.deals.map(\.status))
    }

    @Test func rejectedProposalToAcquireTheCompany() {
        let found = facts("Brixel Corp said its board rejected a proposal by Quorra Inc to acquire the company for 20 dlrs a share.")
        #expect(found.deals == ["acquisition Quorra Inc>Brixel Corp from - -"])
        #expect(found.statuses == [.planned])
        #expect(found.stakes.isEmpty)
    }

    @Test func terminatedAgreementIsNoHolding() {
        let found = facts("Brixel Corp said it terminated its agreement to acquire Zentor Inc.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
        #expect(found.statuses == [.planned])
        #expect(found.stakes.isEmpty)
    }

    @Test func agreementTerminatedAfterTheDealIsNoHolding() {
        let found = facts("Brixel Corp said its agreement to acquire Zentor Inc has been terminated.")
        #expect(found.statuses == [.planned])
        #expect(found.stakes.isEmpty)
    }

    @Test func rejectionOfAnotherOfferKeepsTheTakeover() {
        let found = facts("Brixel Corp rejected the claim yesterday, saying it had agreed to acquire Zentor Inc.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
        #expect(found.statuses == [.announced])
    }

    @Test func deniedSaleIsNoDeal() {
        let found = facts("Zentor Inc said it denied it would be sold to Brixel Corp.")
        #expect(found.deals.isEmpty)
        #expect(found.stakes.isEmpty)
    }

    @Test func fractionsAreStakePercents() {
        #expect(facts("Brixel Corp said it acquired one third of Zentor Inc from Quorra Inc.").deals == ["stake Brixel Corp>Zentor Inc from Quorra Inc 33.33"])
        #expect(facts("Brixel Corp said it bought a third of Zentor Inc.").deals == ["stake Brixel Corp>Zentor Inc from - 33.33"])
        #expect(facts("Brixel Corp said it agreed to buy half of Zentor Inc.").deals == ["stake Brixel Corp>Zentor Inc from - 50.0"])
        #expect(facts("Brixel Corp said it bought a one-third interest in Zentor Inc.").deals == ["stake Brixel Corp>Zentor Inc from - 33.33"])
    }

    @Test func halfOfAHoldingIsNoPercentOfTheCompany() {
        let found = facts("Brixel Corp said it sold half of its stake in Zentor Inc to Quorra Inc.")
        #expect(found.deals == ["stake Quorra Inc>Zentor Inc from Brixel Corp -"])
    }

    @Test func remainingSharesCompleteAnAcquisition() {
        let found = facts("Brixel Corp said it acquired the remaining 40 pct of Zentor Inc.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
        #expect(found.stakes == ["Brixel Corp>Zentor Inc -"])
    }

    @Test func plannedIncreaseKeepsTheHoldingBefore() {
        let found = facts("Brixel Corp said it plans to increase its stake in Zentor Inc to 25 pct from 10 pct.")
        #expect(found.deals == ["stake Brixel Corp>Zentor Inc from - 25.0"])
        #expect(found.statuses == [.planned])
        #expect(found.stakes == ["Brixel Corp>Zentor Inc 10.0"])
    }

    @Test func permittedIncreaseIsPlanned() {
        let found = facts("Brixel Corp made filings to permit it to increase its investment in Zentor Inc to 24.9 pct from 5.03 pct.")
        #expect(found.statuses == [.planned])
        #expect(found.stakes == ["Brixel Corp>Zentor Inc 5.03"])
    }

    @Test func optionToPurchaseIsNoHolding() {
        let found = facts("Brixel Corp granted Quorra Inc an option to purchase two mln Brixel Corp shares.")
        #expect(found.statuses.allSatisfy { $0 == .planned })
        #expect(found.stakes.isEmpty)
    }

    @Test func tenderedSharesAreAnAcquisitionBid() {
        let found = facts("Brixel Corp said holders tendered 96 pct of Zentor Inc's shares in its tender offer, which expired yesterday.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
    }

    @Test func offerForAllSharesFromABidder() {
        let found = facts("Zentor Inc said it received a 20 dlr a share offer, valued at 90 mln dlrs, for all of its shares from Brixel Corp.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
        #expect(found.statuses == [.planned])
    }

    @Test func describedTargetOfAPassiveAgreement() {
        let found = facts("Moody Ratings Inc said it may downgrade debt of Zentor Inc because of the airline's agreement to be acquired by Brixel Corp.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
    }

    @Test func mergedSubsidiaryAcquiresThePartner() {
        let found = facts("Brixel Corp said it merged a wholly owned subsidiary with Zentor Inc.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
    }

    @Test func mergerThatBringsTheHoldingToAll() {
        let found = facts("Brixel Corp said it completed its merger with Zentor Inc, raising its holding to 100 pct from 55 pct.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - 100.0"])
        #expect(found.stakes == ["Brixel Corp>Zentor Inc 100.0"])
    }

    @Test func relativeClauseOfAnAppositionNamesTheBuyer() {
        let found = facts(
            "The winning bidder was Zentor Inc, which was snapped up days later by Brixel Corp, a Russian oil firm that is in the process of merging with Quorra Inc.")
        #expect(found.deals.contains("acquisition Brixel Corp>Zentor Inc from - -"))
        #expect(found.deals.contains("merger Brixel Corp>Quorra Inc from - -"))
    }

    @Test func snapWithoutUpIsNoPurchase() {
        let found = facts("Brixel Corp shares snapped back as Zentor Inc reported losses.")
        #expect(found.deals.isEmpty)
    }

    @Test func coordinatedBuyersWithTheyMakeOneDealAndBothHold() {
        let found = facts("Brixel Corp and Quorra Inc said they agreed to acquire Zentor Inc.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
        #expect(Set(found.stakes) == ["Brixel Corp>Zentor Inc -", "Quorra Inc>Zentor Inc -"])
    }

    @Test func coordinatedTargetsOfATakeoverNoun() {
        let found = facts("The agency allowed the takeover of Zentor Inc, Vandor Corp and Quorra Inc by Brixel Corp.")
        #expect(found.deals.count == 3)
        #expect(found.deals.allSatisfy { $0.hasPrefix("acquisition Brixel Corp>") })
    }

    @Test func unitOfTheTargetIsWhatIsBidFor() {
        let found = facts("It wanted to fund Brixel Corp's plans for a bid for Quorra Inc unit Zentor Inc.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from Quorra Inc -"])
    }

    @Test func mergerAgreementUnderWhichOnePaysForTheOther() {
        let found = facts(
            "Brixel Corp and Zentor Inc said they have signed a definitive merger agreement under which Brixel Corp will pay about 800 mln dlrs in stock for all outstanding Zentor Inc shares.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
    }

    @Test func ownedByTwoWhenTheSubjectIsNoCompanyName() {
        let found = DealFixture.facts(
            "Headline\n\nBrixel Corp said its reserves fell.\n\nBrixel, the largest producer, is a privately-held company owned by Zentor Inc and Quorra Inc.",
            .english, companies: companies, places: ["Brixel"], date: "1987-03-01"
        ).stakes.map(\.summary)
        #expect(found.contains("Zentor Inc>Brixel Corp -"))
        #expect(found.contains("Quorra Inc>Brixel Corp -"))
    }

    @Test func headlineUnitLeavesTheBuyerToTheBody() {
        let found = DealFixture.facts(
            "BRIXEL CORP UNIT TO BUY ZENTOR INC\n\nBrixel Corp said its Quorra Inc unit agreed to buy Zentor Inc for 20 mln dlrs.", .english,
            companies: companies, aliases: ["BRIXEL CORP": "Brixel Corp", "ZENTOR INC": "Zentor Inc"], date: "1987-03-01")
        #expect(found.deals.map(\.summary) == ["acquisition Quorra Inc>Zentor Inc from - -"])
    }

    @Test func receivedGenitiveAcquisitionProposal() {
        let found = facts("Zentor Inc said it has received Brixel Corp's 46 dlrs a share acquisition proposal and will study it.")
        #expect(found.deals == ["acquisition Brixel Corp>Zentor Inc from - -"])
        #expect(found.statuses == [.planned])
    }
}
