import NewsModel
import Testing

/// The rel24 English deal rules, found on a blind sample of Reuters stake and deal stories: a purchase told in a
/// participle phrase with an adverb of time ("X, recently acquired by a unit of Y, said …") and a takeover
/// proposal named by its maker after "from" ("X rebuffed a takeover proposal from Y"), and a company's own shares
/// sold with a spelled count ("sold two mln shares of its common stock to Y"). Invented names.
@Suite struct RelationEnglishRecentAndProposalTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc", "Vandor NV"]

    private func facts(_ text: String) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, people: [], date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    // MARK: "X, recently acquired by Y"

    @Test func aRecentPurchaseInAParticiplePhrase() {
        let found = facts("Zentor Inc, recently acquired by Brixel Corp, said it is offering to sell its shoe division.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(found.stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func aRecentPurchaseByAUnitIsTheParents() {
        let found = facts("Zentor Inc, recently acquired by a unit of Vandor NV, said it is offering to sell its shoe division.")
        #expect(found.deals.contains { $0.hasPrefix("acquisition Vandor NV>Zentor Inc") })
    }

    @Test func aRecentAdverbBeforeAnActiveVerbIsNoPassivePurchase() {
        // "recently acquired X" (active, no "by"): the subject buys, the name before the comma is not bought.
        let found = facts("Zentor Inc, which recently acquired Quorra Inc, said sales rose.")
        #expect(!found.deals.contains { $0.contains(">Zentor Inc") })
        #expect(facts("The plant, recently acquired by Brixel Corp, is closed.").deals.isEmpty)
    }

    // MARK: "rebuffed a takeover proposal from Y"

    @Test func aTakeoverProposalFromItsMaker() {
        #expect(facts("Yesterday, Zentor Inc rebuffed a takeover proposal from Brixel Corp.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
        #expect(facts("Zentor Inc said it received a buyout proposal from Brixel Corp.").deals.contains { $0.hasPrefix("acquisition Brixel Corp>Zentor Inc") })
    }

    @Test func aContractProposalIsNoBid() {
        // A contract proposal is no takeover.
        #expect(facts("Zentor Inc rejected a new contract proposal from Brixel Corp.").deals.isEmpty)
    }

    // MARK: own shares sold with word forms

    @Test func ownSharesSoldWithASpelledCount() {
        let found = facts("Zentor Inc said it sold two mln shares of its common stock to Brixel Corp.")
        #expect(found.deals.contains { $0.hasPrefix("stake Brixel Corp>Zentor Inc") })
        #expect(found.stakes.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func aSpelledCountWithoutAMillionWordIsNoShareSale() {
        // "sold two plants to Y": no shares.
        #expect(facts("Zentor Inc said it sold two plants to Brixel Corp.").deals.allSatisfy { !$0.hasPrefix("stake") })
    }
}
