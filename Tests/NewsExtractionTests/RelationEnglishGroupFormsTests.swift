import NewsModel
import Testing

/// English relation forms added after the probe table of the en-rel15 session: group membership ("X, part of the
/// Y group", "X will become part of Y"), joint ventures, parent and owner appositions, "a Y subsidiary", stated
/// shareholders, a possessor's percent stake, and a reported clause whose "it" is the speaking company; with what
/// must not read as any of them.
@Suite struct RelationEnglishGroupFormsTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc", "Vandor Corp"]

    private func facts(_ text: String) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    // MARK: part of a group

    @Test func partOfTheGroupApposition() {
        #expect(facts("Zentor Inc, part of the Brixel Corp group, reported a loss.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func isNowPartOf() {
        #expect(facts("Zentor Inc is now part of Brixel Corp.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func willBecomePartOfIsAnAcquisition() {
        let found = facts("Zentor Inc will become part of Brixel Corp under the plan.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func isToBecomePartOf() {
        #expect(facts("Zentor Inc is to become part of Brixel Corp.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func aPortionIsNoMembership() {
        let found = facts("Brixel Corp sold part of Zentor Inc last year.")
        #expect(!found.stakes.contains("Zentor Inc>Brixel Corp -"))
        #expect(!found.stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func noLongerPartOfIsNoHolding() {
        #expect(facts("Zentor Inc is no longer part of Brixel Corp.").stakes.isEmpty)
    }

    @Test func partOfAPossessedPlanIsNoHolding() {
        #expect(facts("Zentor Inc, part of Brixel Corp's plan, reported a loss.").stakes.isEmpty)
    }

    // MARK: joint ventures

    @Test func evenJointVentureApposition() {
        let found = facts("Zentor Inc, a 50-50 joint venture between Brixel Corp and Quorra Inc, said sales rose.").stakes
        #expect(found.contains("Brixel Corp>Zentor Inc 50.0"))
        #expect(found.contains("Quorra Inc>Zentor Inc 50.0"))
    }

    @Test func jointVentureOfTwoPartnersWithoutASplit() {
        let found = facts("Zentor Inc is a joint venture of Brixel Corp and Quorra Inc.").stakes
        #expect(found.contains("Brixel Corp>Zentor Inc -"))
        #expect(found.contains("Quorra Inc>Zentor Inc -"))
    }

    @Test func jointVentureWithOnePartnerNamesNoHolding() {
        #expect(facts("Zentor Inc said it formed a joint venture with Brixel Corp.").stakes.isEmpty)
    }

    // MARK: parents and owners

    @Test func possessiveParentCompanyApposition() {
        #expect(facts("Zentor Inc's parent company, Brixel Corp, said sales rose.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func parentCompanyOfApposition() {
        #expect(facts("Brixel Corp, the parent company of Zentor Inc, said sales rose.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func copulaPossessiveParent() {
        #expect(facts("Brixel Corp is Zentor Inc's parent.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func possessiveMajorityOwnerApposition() {
        #expect(facts("Zentor Inc's majority owner, Brixel Corp, said sales rose.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func copulaMajorityOwnedBy() {
        #expect(facts("Zentor Inc is majority-owned by Brixel Corp.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func namedSubsidiaryApposition() {
        #expect(facts("Zentor Inc, a Brixel Corp subsidiary, said sales rose.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func unitOfANamedOwnerIsNotReversed() {
        let found = facts("Zentor Inc, a Brixel Corp subsidiary, said sales rose.").stakes
        #expect(!found.contains("Zentor Inc>Brixel Corp -"))
    }

    // MARK: stated shareholders and stakes

    @Test func percentShareholderInCopula() {
        #expect(facts("Brixel Corp is a 20 pct shareholder in Zentor Inc.").stakes.contains("Brixel Corp>Zentor Inc 20.0"))
    }

    @Test func percentShareholderApposition() {
        #expect(facts("Brixel Corp, a 20 pct shareholder in Zentor Inc, said sales rose.").stakes.contains("Brixel Corp>Zentor Inc 20.0"))
    }

    @Test func becameLargestShareholderWithAPercent() {
        #expect(facts("Brixel Corp became Zentor Inc's largest shareholder with 25 pct.").stakes.contains("Brixel Corp>Zentor Inc 25.0"))
    }

    @Test func possessivePercentStakeIsAHolding() {
        #expect(facts("Brixel Corp's 30 pct stake in Zentor Inc is worth 40 mln dlrs.").stakes.contains("Brixel Corp>Zentor Inc 30.0"))
    }

    @Test func soldPossessivePercentStakeIsNoHolding() {
        let found = facts("Quorra Inc bought Brixel Corp's 30 pct stake in Zentor Inc.").stakes
        #expect(!found.contains("Brixel Corp>Zentor Inc 30.0"))
    }

    // MARK: the speaking company as the target

    @Test func reportedOfferToBuyIt() {
        #expect(facts("Zentor Inc said Brixel Corp has offered to buy it for 20 dlrs a share.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func reportedPurchaseOfItsShares() {
        #expect(facts("Zentor Inc said Brixel Corp had acquired 12 pct of its shares.").deals.contains { $0.hasPrefix("stake Brixel Corp>Zentor Inc") })
    }

    @Test func ownPurchaseOfItsSharesIsNoStake() {
        #expect(facts("Zentor Inc said it had acquired 12 pct of its shares.").deals.isEmpty)
    }

    @Test func sellItselfTo() {
        #expect(facts("Zentor Inc said it agreed to sell itself to Brixel Corp.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    // MARK: owners with their percents, possessed companies, units between names

    @Test func ownedPercentByEachOwner() {
        let found = facts("Zentor Inc, set up in 1982, is owned 40 pct by Brixel Corp and 25 pct by Quorra Inc and 35 pct by a local company.").stakes
        #expect(found.contains("Brixel Corp>Zentor Inc 40.0"))
        #expect(found.contains("Quorra Inc>Zentor Inc 25.0"))
    }

    @Test func newlyFormedParentOfApposition() {
        #expect(facts("Brixel Corp, the newly formed parent of Zentor Inc, said it agreed to buy a branch.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func possessedCompanySpeaks() {
        #expect(facts("Brixel Corp's Zentor Inc said it will buy 40 jet aircraft.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func possessedCompanyBidIsNoHolding() {
        #expect(!facts("Quorra Inc rejected Brixel Corp's Zentor Inc bid.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func unitNounBetweenTwoNames() {
        #expect(facts("Jane Roe, a director of Brixel Corp subsidiary Zentor Inc, said the stake was sold.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func itsUnitBeforeANameIsNotBetweenNames() {
        #expect(!facts("Quorra Inc said its Brixel Corp unit Zentor Inc was sold.").stakes.contains("Brixel Corp>Zentor Inc -"))
    }
}
