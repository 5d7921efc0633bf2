import NewsModel
import Testing

/// The enrel17 English relation rules: words that pass a sentence's first test only with a neighbour ("pay …
/// for", "holding in", "the X deal … close"), deals told from the target's side ("the target of a bid by Y",
/// "X shareholders will receive … from Y", "shareholders of X approved the merger"), plans to sell ("put X up for
/// sale"), reported deal nouns ("Y said the purchase of X was completed"), units named in an apposition after a
/// deal noun, the financing of "the recent X acquisition" by the article's company, groups of named members (the first member stands for the group, also as "the group" later), and
/// stake bounds ("less than five pct" is no holding percent). Invented names throughout.
@Suite struct RelationEnglishTargetSideTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc", "Vandor Corp"]

    private func facts(_ text: String, people: [String] = []) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, people: people, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    // MARK: the first test

    @Test func payForTheTargetPassesTheFirstTest() {
        #expect(facts("Brixel Corp will pay 4bn dollars for Zentor Inc.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func payWithoutACompanyIsNoDeal() {
        let found = facts("Brixel Corp will pay 40 mln dlrs for new equipment this year.")
        #expect(found.deals.isEmpty)
        #expect(found.stakes.isEmpty)
    }

    @Test func holdingInIsAPercentPassesTheFirstTest() {
        #expect(facts("Brixel Corp said its holding in Zentor Inc is now 12 pct.").stakes == ["Brixel Corp>Zentor Inc 12.0"])
        #expect(facts("Brixel Corp's holding in Zentor Inc is 20 pct.").stakes == ["Brixel Corp>Zentor Inc 20.0"])
    }

    @Test func theNamedDealWithAVerbOfClosing() {
        #expect(facts("Brixel Corp expects the Zentor Inc deal to close in June, it said.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(facts("Brixel Corp said the Zentor Inc deal would close in June.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func theNamedDealWithoutAVerbOfClosingIsNoDeal() {
        #expect(facts("Brixel Corp said the Zentor Inc deal was a contract for 12 trucks.").deals.isEmpty)
    }

    // MARK: the target's side

    @Test func theTargetOfABidBy() {
        #expect(facts("Brixel Corp is the target of a takeover bid by Zentor Inc.").deals.contains { $0.hasPrefix("acquisition Zentor Inc>Brixel Corp") })
        #expect(facts("Brixel Corp, the target of a hostile offer from Zentor Inc, said sales rose.").deals.contains { $0.hasPrefix("acquisition Zentor Inc>Brixel Corp") })
    }

    @Test func aBidByWithoutTargetIsNoDeal() {
        #expect(facts("Brixel Corp said the bid by Zentor Inc for 12 trucks won the contract.").deals.allSatisfy { !$0.contains("Zentor Inc>Brixel Corp") })
    }

    @Test func shareholdersApprovedTheMergerWith() {
        #expect(facts("Shareholders of Zentor Inc approved the merger with Brixel Corp.").deals.contains { $0.hasPrefix("merger Zentor Inc>Brixel Corp") })
        #expect(facts("Zentor Inc's board approved the merger with Brixel Corp.").deals.contains { $0.hasPrefix("merger Zentor Inc>Brixel Corp") })
    }

    @Test func shareholdersWillReceiveFromTheBuyer() {
        let found = facts("Zentor Inc shareholders will receive 20 dlrs a share from Brixel Corp under the merger.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    // MARK: sales and reported deal nouns

    @Test func putUpForSale() {
        let found = facts("Brixel Corp put Zentor Inc up for sale.")
        #expect(found.deals == ["acquisition ->Zentor Inc from Brixel Corp -"])
        #expect(found.stakes == ["Brixel Corp>Zentor Inc -"])
        #expect(facts("Zentor Inc was put up for sale by Brixel Corp last month.").deals == ["acquisition ->Zentor Inc from Brixel Corp -"])
    }

    @Test func theReportedPurchaseWasCompleted() {
        #expect(facts("Brixel Corp said the purchase of Zentor Inc was completed.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func aPersonWhoReportsAPurchaseIsNoBuyer() {
        #expect(facts("Dana Ferrick said the purchase of Zentor Inc was completed.", people: ["Dana Ferrick"]).deals.isEmpty)
    }

    @Test func theSaleOfAUnitNamedInAnApposition() {
        let found = facts("Brixel Corp completed the sale of its Canadian subsidiary, Zentor Inc, to Quorra Inc.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Quorra Inc>Zentor Inc from Brixel Corp") })
    }

    @Test func aUnitThatBearsItsOwnersNameIsNoOtherTarget() {
        let found = DealFixture.facts(
            "Headline\n\nBrixel Corp said it ended talks on the sale of Zentor Inc's local subsidiary, Zentor Bank, to Quorra Inc.", .english,
            companies: companies, aliases: ["Zentor Bank": "Zentor Inc"], date: "1987-03-01")
        #expect(!found.deals.contains { $0.summary.hasPrefix("acquisition Quorra Inc>Zentor Inc") })
    }

    @Test func financingTheRecentNamedAcquisition() {
        let found = facts(
            "Brixel Corp has arranged a 125 mln dlr credit facility.\n\nFunds will be used to refinance the cost of the recent Zentor Inc acquisition.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(found.stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func financingTheRecentNamedAcquisitionAfterOtherCompaniesSpoke() {
        // The lead paragraph stands first (as in wire stories without a title paragraph); later names do not replace it.
        let found = DealFixture.facts(
            "Brixel Corp has arranged a 125 mln dlr credit facility.\n\nVandor Corp and Quorra Inc were named dealers.\n\nFunds will be used to refinance the cost of the recent Zentor Inc acquisition.",
            .english, companies: companies, date: "1987-03-01")
        #expect(found.deals.contains { $0.summary.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func financingANamedAcquisitionWithAnotherCompanyNamedGivesNoBuyer() {
        let found = facts(
            "Brixel Corp has arranged a 125 mln dlr credit facility.\n\nFunds from Quorra Inc will be used to refinance the cost of the recent Zentor Inc acquisition.")
        #expect(!found.deals.contains { $0.contains(">Zentor Inc") })
    }

    // MARK: groups of named members

    @Test func aGroupOfNamedMembersHoldsThroughItsFirstMember() {
        #expect(facts("A group of Brixel Corp, Quorra Inc and Vandor Corp holds 30 pct of Zentor Inc.").stakes == ["Brixel Corp>Zentor Inc 30.0"])
        #expect(facts("A group consisting of Brixel Corp, Quorra Inc and Vandor Corp said it holds 12 pct of Zentor Inc.").stakes == ["Brixel Corp>Zentor Inc 12.0"])
    }

    @Test func aConsortiumBuysThroughItsFirstMember() {
        let found = facts("A consortium of Brixel Corp, Quorra Inc and Vandor Corp bought 30 pct of Zentor Inc.")
        #expect(found.deals.contains { $0.hasPrefix("stake Brixel Corp>Zentor Inc") })
        #expect(found.stakes == ["Brixel Corp>Zentor Inc 30.0"])
    }

    @Test func coordinatedBuyersWithoutAGroupStillLeadByTheFirst() {
        #expect(facts("Brixel Corp and Quorra Inc own 29 pct of Zentor Inc.").stakes.contains("Brixel Corp>Zentor Inc 29.0"))
    }

    @Test func aGroupLedByACompanyAndAPersonIsTheCompanys() {
        let found = facts(
            "An investor group led by Brixel Corp, a New York investment firm, and its president, Dana Ferrick, said they cut their stake in Zentor Inc to less than five pct.",
            people: ["Dana Ferrick"])
        #expect(found.stakes == ["Brixel Corp>Zentor Inc -"])
    }

    @Test func theGroupInALaterSentenceIsItsFirstMember() {
        let found = facts(
            "An investor group led by Brixel Corp said it cut its stake in Zentor Inc.\n\nIn a filing with the Quorra Inc, the group said it sold 20,000 Zentor Inc shares, leaving it with 180,000 shares, or 4.7 pct.")
        #expect(found.stakes.contains("Brixel Corp>Zentor Inc 4.7"))
        #expect(!found.stakes.contains { $0.hasPrefix("Quorra Inc>") })
    }

    @Test func aStakeCutBelowABoundHasNoPercent() {
        #expect(facts("Brixel Corp cut its stake in Zentor Inc to less than 5 pct.").stakes == ["Brixel Corp>Zentor Inc -"])
        #expect(facts("Brixel Corp cut its stake in Zentor Inc to 4.5 pct.").stakes == ["Brixel Corp>Zentor Inc 4.5"])
    }
}
