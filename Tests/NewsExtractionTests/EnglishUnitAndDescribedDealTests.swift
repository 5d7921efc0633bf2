import NewsModel
import Testing

/// The en-rel16 rules: the parent that sells a named unit, the buyer of "an agreement for Y to buy X", a
/// description that stands for a company named before it, a company that is to become another's unit, and holders
/// who "each" own a percent. Invented names throughout.
@Suite struct EnglishUnitAndDescribedDealTests {
    private let companies = ["Veltrona Corp", "Harlow Minerals Inc", "Ostrel Group", "Kestin Ltd"]

    private func facts(_ text: String) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    // MARK: the parent that sells a unit

    @Test func theGenitiveParentOfABoughtUnitSells() {
        let deals = facts("Veltrona Corp said it bought Ostrel Group's Kestin Ltd subsidiary for 40 mln dlrs.").deals
        #expect(deals.contains { $0.hasPrefix("acquisition Veltrona Corp>Kestin Ltd from Ostrel Group") }, "\(deals)")
    }

    @Test func theParentAfterUnitOfSells() {
        let deals = facts("Veltrona Corp has acquired the Kestin Ltd division of Ostrel Group.").deals
        #expect(deals.contains { $0.hasPrefix("acquisition Veltrona Corp>Kestin Ltd from Ostrel Group") }, "\(deals)")
    }

    @Test func anAgreementForTheBuyerToBuy() {
        let deals = facts("Ostrel Group and Veltrona Corp said they signed an agreement for Veltrona Corp to buy Ostrel Group's Kestin Ltd unit.").deals
        #expect(deals.contains { $0.hasPrefix("acquisition Veltrona Corp>Kestin Ltd from Ostrel Group") }, "\(deals)")
        #expect(!deals.contains { $0.hasPrefix("acquisition Ostrel Group>Kestin Ltd") }, "\(deals)")
    }

    // MARK: a description for a company named before

    @Test func theDescribedCompanysAcquisitionIsTheNamedCompanys() {
        let text = "Kestin Ltd said its board was changed under its merger agreement with Veltrona Corp following the Dutch company's acquisition of 61 pct of Kestin Ltd's stock."
        let deals = facts(text).deals
        #expect(deals.contains { $0.hasPrefix("stake Veltrona Corp>Kestin Ltd") && $0.hasSuffix("61.0") }, "\(deals)")
    }

    @Test func theCompanysAloneIsNoDescription() {
        // "the company's" without a describing word is the article's company, which this rule leaves alone.
        let deals = facts("Kestin Ltd said Veltrona Corp shares rose after the company's acquisition of 61 pct of Harlow Minerals Inc's stock.").deals
        #expect(!deals.contains { $0.hasPrefix("stake Veltrona Corp>Harlow Minerals Inc") }, "\(deals)")
    }

    @Test func aDescriptionTakesNoNameAfterIt() {
        // The description refers back: a company named only after it is not what it stands for.
        let deals = facts("Shares rose after the Dutch company's acquisition of 61 pct of Harlow Minerals Inc's stock from Veltrona Corp.").deals
        #expect(!deals.contains { $0.hasPrefix("stake Veltrona Corp>Harlow Minerals Inc") }, "\(deals)")
    }

    // MARK: a company that is to become a unit

    @Test func willBecomeAWhollyOwnedUnitOf() {
        let deals = facts("Harlow Minerals Inc will become a wholly owned unit of Veltrona Corp next month.").deals
        #expect(deals.contains { $0.hasPrefix("acquisition Veltrona Corp>Harlow Minerals Inc") }, "\(deals)")
    }

    @Test func willOperateAsAUnitOf() {
        let deals = facts("Harlow Minerals Inc said its holders approved the plan. It said it will operate as a wholly owned subsidiary of Veltrona Corp.").deals
        #expect(deals.contains { $0.hasPrefix("acquisition Veltrona Corp>Harlow Minerals Inc") }, "\(deals)")
    }

    @Test func theSpeakerIsTheParentWithNoOf() {
        let deals = facts("Veltrona Corp said Harlow Minerals Inc will become a wholly owned subsidiary.").deals
        #expect(deals.contains { $0.hasPrefix("acquisition Veltrona Corp>Harlow Minerals Inc") }, "\(deals)")
    }

    @Test func aPresentUnitIsNoDeal() {
        let deals = facts("Harlow Minerals Inc became a unit of Veltrona Corp in 1979.").deals
        #expect(!deals.contains { $0.hasPrefix("acquisition Veltrona Corp>Harlow Minerals Inc") }, "\(deals)")
    }

    // MARK: each holder

    @Test func eachCoordinatedHolderOwnsThePercent() {
        let stakes = facts("Veltrona Corp and Ostrel Group each own 50 pct of Kestin Ltd.").stakes
        #expect(stakes.contains("Veltrona Corp>Kestin Ltd 50.0"), "\(stakes)")
        #expect(stakes.contains("Ostrel Group>Kestin Ltd 50.0"), "\(stakes)")
    }

    @Test func threeHoldersEachHold() {
        let stakes = facts("Veltrona Corp, Ostrel Group and Harlow Minerals Inc each hold 20 pct of Kestin Ltd.").stakes
        #expect(stakes.contains("Harlow Minerals Inc>Kestin Ltd 20.0"), "\(stakes)")
        #expect(stakes.contains("Ostrel Group>Kestin Ltd 20.0"), "\(stakes)")
    }
}

/// A group "led by" a named person who proposes to buy: the person is the buyer.
@Suite struct EnglishLedGroupBuyerTests {
    @Test func theLeaderOfAGroupThatProposesToAcquire() {
        let text = "Veltrona Corp said the management group led by chairman Dana Ferrick intends to revise its proposal to acquire Veltrona Corp."
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: ["Veltrona Corp"], people: ["Dana Ferrick"], date: "1987-03-01")
        let deals = found.deals.map(\.summary)
        #expect(deals.contains { $0.hasPrefix("acquisition Dana Ferrick>Veltrona Corp") }, "\(deals)")
    }

    @Test func aLeaderWhoseGroupIsNotTheSubjectBuysNothing() {
        // The pronoun stands for the speaker, not for a group: "led by" sits in a name's apposition before another name.
        let text = "Veltrona Corp, led by Dana Ferrick, said Harlow Minerals Inc plans to raise its offer to acquire Ostrel Group."
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: ["Veltrona Corp", "Harlow Minerals Inc", "Ostrel Group"], people: ["Dana Ferrick"], date: "1987-03-01")
        #expect(!found.deals.map(\.summary).contains { $0.hasPrefix("acquisition Dana Ferrick") })
    }
}

/// Holdings stated as a number of shares, and a unit that sells (rather than is sold). Invented names.
@Suite struct EnglishShareCountHoldingTests {
    private func stakes(_ text: String) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: ["Veltrona Corp", "Harlow Minerals Inc"], people: ["Dana Ferrick"], date: "1987-03-01")
            .stakes.map(\.summary)
    }

    @Test func ownsANumberOfTheCompanysShares() {
        let found = stakes("Dana Ferrick owns about 2,700,000 of Veltrona Corp's 33.5 mln shares outstanding.")
        #expect(found.contains("Dana Ferrick>Veltrona Corp -"), "\(found)")
    }

    @Test func holdsANumberOfSharesOf() {
        let found = stakes("Harlow Minerals Inc said it owns 500,000 common shares of Veltrona Corp.")
        #expect(found.contains("Harlow Minerals Inc>Veltrona Corp -"), "\(found)")
    }

    @Test func aFutureHoldingOfSharesIsNone() {
        let found = stakes("Harlow Minerals Inc said it would own 500,000 common shares of Veltrona Corp after the offer.")
        #expect(!found.contains("Harlow Minerals Inc>Veltrona Corp -"), "\(found)")
    }

    @Test func aUnitThatSellsIsStillHeld() {
        let found = stakes("The valves will be made and sold by Harlow Minerals Inc's newly formed subsidiary, Veltrona Corp, it said.")
        #expect(found.contains("Harlow Minerals Inc>Veltrona Corp -"), "\(found)")
    }
}

/// An unsuccessful attempt gives no holding; a genitive bidder before an amount and "offer to acquire" buys.
@Suite struct EnglishAttemptAndPricedOfferTests {
    private func facts(_ text: String) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: ["Veltrona Corp", "Harlow Minerals Inc"], people: ["Dana Ferrick"], date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func anUnsuccessfulEffortToAcquireGivesNoHolding() {
        let found = facts("In 1985, Veltrona Corp made an unsuccessful effort to acquire Harlow Minerals Inc for five billion dlrs.")
        #expect(!found.stakes.contains { $0.hasPrefix("Veltrona Corp>Harlow Minerals Inc") }, "\(found.stakes)")
    }

    @Test func theGenitiveBidderOfAPricedOfferBuys() {
        let found = facts("Veltrona Corp chairman Dana Ferrick told reporters he did not foresee changes if Veltrona Corp's 46 dlr-per-share offer to acquire Harlow Minerals Inc is successful.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Veltrona Corp>Harlow Minerals Inc") }, "\(found.deals)")
        #expect(!found.deals.contains { $0.hasPrefix("acquisition Dana Ferrick") }, "\(found.deals)")
    }
}
