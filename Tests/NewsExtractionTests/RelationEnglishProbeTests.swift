import NewsModel
import Testing

/// A probe suite of common English news forms of ownership and deals, written from general news language with
/// invented names: relative-clause holdings ("X, in which Y holds …", "Y, which owns X", "X, which is controlled
/// by Y"), unit appositions, control statements, noun-phrase deals ("the purchase of X by Y", "Y's bid for X"),
/// completed mergers, two-sentence stake purchases and dated history.
@Suite struct RelationEnglishProbeTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc", "Vandor Corp"]

    private func facts(_ text: String, companies: [String]? = nil) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies ?? self.companies, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    private func stakes(_ text: String) -> [String] { facts(text).stakes }
    private func deals(_ text: String) -> [String] { facts(text).deals }

    // MARK: holdings in relative clauses and appositions

    @Test func inWhichHolderHoldsAStake() {
        #expect(stakes("Zentor Inc, in which Brixel Corp holds a 20 pct stake, reported a loss.").contains("Brixel Corp>Zentor Inc 20.0"))
    }

    @Test func inWhichHolderHasAStake() {
        #expect(stakes("Shares of Zentor Inc, in which Brixel Corp has a 35 pct interest, fell sharply.").contains("Brixel Corp>Zentor Inc 35.0"))
    }

    @Test func whichIsControlledBy() {
        #expect(stakes("Zentor Inc, which is controlled by Brixel Corp, said sales rose.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func aUnitOf() {
        #expect(stakes("Zentor Inc, a unit of Brixel Corp, said sales rose.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func possessivePercentOwnedSubsidiary() {
        #expect(stakes("Zentor Inc, Brixel Corp's 60 pct-owned subsidiary, said sales rose.").contains("Brixel Corp>Zentor Inc 60.0"))
    }

    @Test func whichOwns() {
        #expect(stakes("Brixel Corp, which owns Zentor Inc, reported higher profits.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func whichAlsoOwnsAPercent() {
        #expect(stakes("Brixel Corp, which also owns 40 pct of Zentor Inc, reported higher profits.").contains("Brixel Corp>Zentor Inc 40.0"))
    }

    @Test func whichHasAStake() {
        #expect(stakes("Brixel Corp, which has a 40 pct stake in Zentor Inc, reported higher profits.").contains("Brixel Corp>Zentor Inc 40.0"))
    }

    @Test func stakeRoseTo() {
        #expect(stakes("Brixel Corp's stake in Zentor Inc rose to 35 pct last month.").contains("Brixel Corp>Zentor Inc 35.0"))
    }

    @Test func nowControls() {
        #expect(stakes("Brixel Corp now controls Zentor Inc after a long battle.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func controllingInterest() {
        #expect(stakes("Brixel Corp has a controlling interest in Zentor Inc.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func whoseSubsidiariesInclude() {
        #expect(stakes("The Brixel Corp group, whose subsidiaries include Zentor Inc, reported a loss.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func possessorsNamedUnits() {
        let found = stakes("For its part, Brixel Corp's European units Zentor Inc and Quorra Inc have both had trouble.")
        #expect(found.contains("Brixel Corp>Zentor Inc -") && found.contains("Brixel Corp>Quorra Inc -"), "\(found)")
        // "its units" after another company is that company's, not the subject's.
        #expect(!stakes("Vandor Corp downgraded debt of Brixel Corp and its units Zentor Inc and Quorra Inc.").contains { $0.hasPrefix("Vandor Corp>") })
    }

    @Test func majorityOwner() {
        #expect(stakes("Brixel Corp is the majority owner of Zentor Inc.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func partOfTheGroup() {
        #expect(stakes("Zentor Inc, part of the Brixel Corp group, reported a loss.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func becameAWhollyOwnedSubsidiary() {
        #expect(stakes("Zentor Inc became a wholly owned subsidiary of Brixel Corp last year.").contains("Brixel Corp>Zentor Inc 100.0"))
    }

    @Test func percentParent() {
        #expect(stakes("Brixel Corp is the 69 pct parent of Zentor Inc.").contains("Brixel Corp>Zentor Inc 69.0"))
    }

    @Test func percentOwnedByAfterComma() {
        #expect(stakes("Zentor Inc, 50.1 pct owned by Brixel Corp, said it agreed to a lease.").contains("Brixel Corp>Zentor Inc 50.1"))
    }

    @Test func whichItBought() {
        let found = facts("Zentor Inc, which Brixel Corp bought in 1997, reported a loss.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    // MARK: deals as verbs and noun phrases

    @Test func swallowedUpBy() {
        #expect(deals("Zentor Inc was swallowed up by Brixel Corp last year.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func purchaseOfXByY() {
        let text = "The 2 bln dlr purchase of Zentor Inc by Brixel Corp was approved by regulators on Monday."
        #expect(deals(text).contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func possessiveBidFor() {
        #expect(deals("Brixel Corp's bid for Zentor Inc was rejected by the board.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func possessiveAcquisitionCompleted() {
        #expect(deals("Brixel Corp's acquisition of Zentor Inc was completed on Friday.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func theNamedDealWithTheSubject() {
        // "deal" is no trigger word alone (too many deals are contracts): with a verb of closing near it, or a trigger elsewhere.
        #expect(deals("Brixel Corp expects the Zentor Inc deal to close in June, it said.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(deals("Brixel Corp expects the Zentor Inc deal to close in June, after the offer ends.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func completedMergerWith() {
        #expect(deals("Zentor Inc merged with Brixel Corp last year.").contains { $0.hasPrefix("merger Zentor Inc>Brixel Corp") })
    }

    @Test func coordinatedSubjectsMerged() {
        #expect(deals("Zentor Inc and Brixel Corp merged in 1995.").contains { $0.hasPrefix("merger Zentor Inc>Brixel Corp") })
    }

    @Test func willMergeWith() {
        #expect(deals("Zentor Inc will merge with Brixel Corp, the companies said.").contains { $0.hasPrefix("merger Zentor Inc>Brixel Corp") })
    }

    @Test func agreedToAcquire() {
        #expect(deals("Brixel Corp agreed to acquire Zentor Inc for 300 mln dlrs.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func agreedToBeAcquired() {
        #expect(deals("Zentor Inc said it agreed to be acquired by Brixel Corp.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func tookOverIn() {
        #expect(deals("Brixel Corp took over Zentor Inc in 2001.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func madeAnOfferFor() {
        #expect(deals("Brixel Corp made a 500 mln dlr offer for Zentor Inc on Monday.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func whichAcquiredIn() {
        #expect(deals("Brixel Corp, which acquired Zentor Inc in 1999, reported a loss.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func hasBeenBoughtBy() {
        #expect(deals("Zentor Inc has been bought by Brixel Corp.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    // MARK: stake purchases

    @Test func stakeToldInTwoSentences() {
        let found = facts("Brixel Corp bought 5 pct of Zentor Inc's shares on Monday. The purchase raises its holding to 12 pct.")
        #expect(found.deals.contains { $0.hasPrefix("stake Brixel Corp>Zentor Inc") })
        #expect(found.stakes.contains("Brixel Corp>Zentor Inc 12.0"))
    }

    @Test func soldItsStakeTo() {
        let found = facts("Brixel Corp sold its 30 pct stake in Zentor Inc to Quorra Inc.")
        #expect(found.deals.contains { $0.hasPrefix("stake Quorra Inc>Zentor Inc") })
        #expect(found.stakes.contains("Quorra Inc>Zentor Inc 30.0"))
        #expect(!found.stakes.contains { $0.hasPrefix("Brixel Corp>Zentor Inc") })
    }

    @Test func raisedItsHoldingFrom() {
        #expect(stakes("Brixel Corp increased its holding in Zentor Inc to 18.5 pct from 12 pct.").contains("Brixel Corp>Zentor Inc 18.5"))
    }

    @Test func tookAStake() {
        #expect(deals("Brixel Corp has taken a 15 pct stake in Zentor Inc.").contains { $0.hasPrefix("stake Brixel Corp>Zentor Inc") })
    }

    @Test func soldAPercentOfItsStakeTo() {
        let found = facts("Earlier this year, Brixel Corp sold 13 pct of its stake in Zentor Inc to Quorra Inc and a further 18 pct to the public.")
        #expect(found.deals.contains("stake Quorra Inc>Zentor Inc from Brixel Corp 13.0"))
    }

    // MARK: dated history

    @Test func pastDatedHoldingDoesNotReplaceTheCompletedMerger() {
        let text = """
            Brixel Corp has completed its merger with Zentor Inc, raising its holding to 100 pct from 55 pct, Brixel said.

            Brixel took a 25 pct stake in Zentor in 1970, raising its stake to 53 pct in 1978 and 55 pct in 1984.
            """
        let found = DealFixture.facts(
            "Headline\n\n" + text, .english, companies: companies, aliases: ["Brixel": "Brixel Corp", "Zentor": "Zentor Inc"], date: "1987-06-29")
        #expect(found.stakes.map(\.summary).contains("Brixel Corp>Zentor Inc 100.0"))
    }
    // MARK: further common forms

    @Test func whichHoldsAPercentOf() {
        #expect(stakes("Brixel Corp, which holds 20 pct of Zentor Inc, said it would vote against the plan.").contains("Brixel Corp>Zentor Inc 20.0"))
    }

    @Test func whichAlreadyOwnsAPercent() {
        #expect(stakes("Brixel Corp, which already owns 60% of Zentor Inc, said it would bid for the rest.").contains("Brixel Corp>Zentor Inc 60.0"))
    }

    @Test func percentOwnedByAfterName() {
        #expect(stakes("Zentor Inc, which is 49 pct owned by Brixel Corp, said sales rose.").contains("Brixel Corp>Zentor Inc 49.0"))
    }

    @Test func whichIsOwnedBy() {
        #expect(stakes("Zentor Inc, which is owned by Brixel Corp, said sales rose.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func isASubsidiaryOf() {
        #expect(stakes("Zentor Inc is a subsidiary of Brixel Corp.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func ownerOfApposition() {
        #expect(stakes("Brixel Corp, the owner of Zentor Inc, reported a loss.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func largestShareholderIn() {
        #expect(stakes("Brixel Corp is the largest shareholder in Zentor Inc with 15 pct.").contains("Brixel Corp>Zentor Inc 15.0"))
    }

    @Test func hasAPercentInterestIn() {
        #expect(stakes("Brixel Corp has a 20 pct interest in Zentor Inc.").contains("Brixel Corp>Zentor Inc 20.0"))
    }

    @Test func ownsAPercentShareIn() {
        #expect(stakes("Brixel Corp owns a 40% share in Zentor Inc.").contains("Brixel Corp>Zentor Inc 40.0"))
    }

    @Test func controlsAPercentOf() {
        #expect(stakes("Brixel Corp controls 51 pct of Zentor Inc.").contains("Brixel Corp>Zentor Inc 51.0"))
    }

    @Test func itsHoldingInIsAPercent() {
        // "holding" passes the sentence's first test with "in" right after it.
        #expect(stakes("Brixel Corp said its holding in Zentor Inc is now 12 pct.").contains("Brixel Corp>Zentor Inc 12.0"))
        #expect(stakes("Brixel Corp, which took part, said its holding in Zentor Inc is now 12 pct.").contains("Brixel Corp>Zentor Inc 12.0"))
    }

    @Test func tookControlOf() {
        #expect(deals("Brixel Corp took control of Zentor Inc in March.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func gainedControlOf() {
        #expect(deals("Brixel Corp gained control of Zentor Inc last year.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func completedThePurchaseOf() {
        #expect(deals("Brixel Corp completed the purchase of Zentor Inc on Friday.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func offeredAnAmountFor() {
        #expect(deals("Brixel Corp offered 5 bln dlrs for Zentor Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func launchedAHostileBidFor() {
        #expect(deals("Brixel Corp launched a hostile bid for Zentor Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func takeoverOfXByY() {
        #expect(deals("A takeover of Zentor Inc by Brixel Corp would create the largest group.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func agreedToCombineWith() {
        #expect(deals("Zentor Inc agreed to combine with Brixel Corp.").contains { $0.hasPrefix("merger Zentor Inc>Brixel Corp") })
    }

    @Test func sellItsUnitTo() {
        #expect(deals("Brixel Corp agreed to sell its Zentor Inc unit to Quorra Inc.").contains { $0.hasPrefix("acquisition Quorra Inc>Zentor Inc from Brixel Corp") })
    }

    @Test func acquiredAMajorityStake() {
        #expect(deals("Brixel Corp acquired a majority stake in Zentor Inc.").contains { $0.hasPrefix("stake Brixel Corp>Zentor Inc") })
    }

    @Test func isBuying() {
        #expect(deals("Brixel Corp is buying Zentor Inc for 2 bln dlrs.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func possessivePurchaseOfWasApproved() {
        #expect(deals("Regulators approved Brixel Corp's purchase of Zentor Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func possessiveOfferFor() {
        #expect(deals("Zentor Inc rejected Brixel Corp's 3 bln dlr offer for the company.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func wasBoughtByInAYear() {
        #expect(deals("Zentor Inc was bought by Brixel Corp in 1996.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func compoundAcquisitionWithTheSubject() {
        #expect(deals("Brixel Corp completed the Zentor Inc acquisition in May.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func jointlyOwnedBy() {
        let found = stakes("Zentor Inc is jointly owned by Brixel Corp and Quorra Inc.")
        #expect(found.contains("Brixel Corp>Zentor Inc -"))
        #expect(found.contains("Quorra Inc>Zentor Inc -"))
    }

    @Test func evenlySplitJointVenture() {
        let found = stakes("Zentor Inc is a 50-50 joint venture of Brixel Corp and Quorra Inc.")
        #expect(found.contains("Brixel Corp>Zentor Inc 50.0"))
    }

    @Test func heOwnsAPercentOfThem() {
        let found = DealFixture.facts(
            "Headline\n\nJohn Vale and Mary Holt own 29% of Zentor Inc through their Brixel Corp vehicle. John Vale holds a stake of 28.1%.",
            .english, companies: companies, people: ["John Vale", "Mary Holt"], date: "2005-02-14")
        #expect(found.stakes.map(\.summary).contains("John Vale>Zentor Inc 29.0"))
    }

    @Test func stakeOfAPercentWithTheCompanyInTheSentenceBefore() {
        let found = DealFixture.facts(
            "Headline\n\nThe plan needs the support of Zentor Inc's largest shareholders. Brixel Corp holds a stake of 28.1%.",
            .english, companies: companies, date: "2005-02-14")
        #expect(found.stakes.map(\.summary).contains("Brixel Corp>Zentor Inc 28.1"))
    }

    @Test func itsOwnBusiness() {
        let found = stakes("Brixel Corp said it now owns 8% of Zentor Inc. But its own internet business, Quorra Inc, lost subscribers.")
        #expect(found.contains("Brixel Corp>Quorra Inc -"))
        #expect(!found.contains("Zentor Inc>Quorra Inc -"))
    }
    // MARK: what the frames must not read

    @Test func formerlyOwnedByIsNoHolding() {
        #expect(!stakes("Zentor Inc, which was formerly owned by Brixel Corp, reported a loss.").contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func meetingHeldByIsNoHolding() {
        #expect(stakes("Zentor Inc said talks were held by Brixel Corp and Quorra Inc.").isEmpty)
    }

    @Test func controlsOnPricesNameNoCompany() {
        #expect(stakes("Brixel Corp said the government controls prices at Zentor Inc.").isEmpty)
    }

    @Test func offeredSharesForSaleIsNoBid() {
        #expect(deals("Brixel Corp offered 5 mln shares to investors of Zentor Inc.").isEmpty)
    }

    @Test func lostControlIsNoAcquisition() {
        #expect(deals("Brixel Corp lost control of Zentor Inc last year.").isEmpty)
    }
    // MARK: British news forms of deals

    @Test func isToBuy() {
        #expect(deals("Brixel Corp is to buy Zentor Inc in a deal worth 2bn pounds.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func isToBeTakenOverBy() {
        #expect(deals("Zentor Inc is to be taken over by Brixel Corp.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func receivedAnApproachFrom() {
        #expect(deals("Zentor Inc confirmed it had received a takeover approach from Brixel Corp.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func rejectedABidFrom() {
        #expect(deals("Zentor Inc has rejected a bid from Brixel Corp.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func agreedATakeoverBy() {
        #expect(deals("Zentor Inc has agreed a 1bn pound takeover by Brixel Corp.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func offerValuesTheTarget() {
        #expect(deals("Brixel Corp's offer values Zentor Inc at 2bn pounds.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func isConsideringABidFor() {
        #expect(deals("Brixel Corp is considering a bid for Zentor Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func isToBeSoldTo() {
        #expect(deals("Zentor Inc is to be sold to Brixel Corp for 300m pounds.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func hasBeenSoldTo() {
        #expect(deals("Zentor Inc has been sold to Brixel Corp by Quorra Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func tabledAnOffer() {
        #expect(deals("Brixel Corp has tabled a 3bn pound offer for Zentor Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func inTalksToBuy() {
        #expect(deals("Brixel Corp is in talks to buy Zentor Inc, the firms said.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func approachedAbout() {
        #expect(deals("Brixel Corp approached Zentor Inc about a takeover last week.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func wonTheBattleFor() {
        #expect(deals("Brixel Corp has won the takeover battle for Zentor Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func willPayForTheTarget() {
        // "pay" is too frequent to open the analysis of a sentence on its own: with "for" after it, or with a deal word, it does.
        #expect(deals("Brixel Corp will pay 4bn dollars for Zentor Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(deals("Brixel Corp will pay 4bn dollars for Zentor Inc in a takeover agreed on Monday.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func willBecomePartOf() {
        #expect(deals("Zentor Inc will become part of Brixel Corp under the deal agreed on Monday.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func sharesOfTheTargetAfterABid() {
        #expect(deals("Shares in Zentor Inc rose 5% after Brixel Corp launched a takeover bid.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func theBidderNamedAsSubjectOfAnAgreedDeal() {
        #expect(deals("Brixel Corp has agreed a deal to buy rival Zentor Inc.").contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func stakeInAnUnnamedCompanyTakesNoEarlierCompany() {
        let found = DealFixture.facts(
            "Headline\n\nThe plan needs the support of Zentor Inc's largest shareholders. Brixel Corp has a 20 pct stake in one of the two firms.",
            .english, companies: companies, date: "2005-02-14")
        #expect(found.stakes.isEmpty)
    }

    @Test func sentenceWithANameIsNoAnaphoricRaise() {
        let found = facts("Quorra Inc bought 5 pct of Zentor Inc on Monday. Brixel Corp took a 25 pct stake in 1970, raising its stake to 53 pct in 1978.")
        #expect(!found.stakes.contains { $0.hasPrefix("Brixel Corp>Zentor Inc") })
    }

    @Test func offerFromAfterSharesOfTheTarget() {
        let found = DealFixture.facts(
            "Headline\n\nShares in Zentor Inc were up 5% on Monday following a new offer from John Vale.", .english, companies: companies,
            people: ["John Vale"], date: "2005-02-14")
        #expect(found.deals.map(\.summary).contains { $0.hasPrefix("acquisition John Vale>Zentor Inc") })
    }

    @Test func restrictiveRelativeAfterANameMerges() {
        let found = deals("Vandor Corp, a former unit of gas group Quorra Inc which is due to merge with Brixel Corp, went to court.")
        #expect(found.contains { $0.hasPrefix("merger Quorra Inc>Brixel Corp") })
        #expect(!found.contains { $0.hasPrefix("merger Vandor Corp>Brixel Corp") })
    }

    @Test func mergerWithTheMajorityHolderIsItsAcquisition() {
        let text = "Zentor Inc set a record date for the vote on the proposed merger of Zentor Inc with Brixel Corp.\n\nAfter its tender offer, Brixel Corp holds 55.2 pct of Zentor Inc."
        let found = facts(text)
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(!found.deals.contains { $0.hasPrefix("merger") })
        #expect(found.stakes.contains("Brixel Corp>Zentor Inc 55.2"))
    }

    @Test func partnersThatWillEachHaveAStakeHoldNoEarlierCompany() {
        let found = DealFixture.facts(
            "Headline\n\nZentor Inc said it formed a venture with Brixel Corp. Zentor Inc and Brixel Corp will each have a 50 pct stake.",
            .english, companies: companies, date: "1987-03-01")
        #expect(!found.stakes.map(\.summary).contains { $0.hasSuffix(" 50.0") })
    }
    @Test func itsNamedSubsidiaryAfterTheParent() {
        let found = stakes("Brixel Corp said Jane Roe was named president of its Zentor Inc subsidiary.")
        #expect(found.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func possessiveNewlyFormedSubsidiaryApposition() {
        let found = stakes("The product line will be made by Brixel Corp's newly formed subsidiary, Zentor Inc, Brixel Corp said.")
        #expect(found.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func soldUnitIsNoHolding() {
        let found = stakes("Brixel Corp sold its Zentor Inc unit to Quorra Inc last year.")
        #expect(!found.contains("Brixel Corp>Zentor Inc -"))
    }
}
