import NewsModel
import Testing

/// Bids the target answers: an offer with its amount before the maker ("a takeover offer worth 3.1 bln dlrs from
/// Y"), and a takeover the subject defends against ("to ward off a takeover attempt by Y", "fought off a bid by
/// Y"): Y bids for the subject, planned and no holding; not when another company stands between the subject and
/// the defence verb. Invented names only.
@Suite struct DealEnglishDefendedBidTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc"]

    private func facts(_ text: String) -> (deals: [String], stakes: [String], statuses: [DealStatus]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary), found.deals.map(\.status))
    }

    @Test func offerWithItsWorthBeforeTheMaker() {
        let found = facts("Brixel Corp has rejected a takeover offer worth 3.1 bln dlrs from Quorra Inc.")
        #expect(found.deals == ["acquisition Quorra Inc>Brixel Corp from - -"])
        #expect(found.statuses == [.planned])
    }

    @Test func offerWithItsWorthInTwoCurrenciesBeforeTheMaker() {
        // A semicolon inside the brackets splits no clause.
        let found = facts("Brixel Corp has rejected a takeover offer worth 3.1bn Australian dollars (2.3bn dollars; 1.8bn pounds) from brewing giant Quorra Inc.")
        #expect(found.deals == ["acquisition Quorra Inc>Brixel Corp from - -"])
    }

    @Test func defendedTakeoverAttempt() {
        let warded = facts("Brixel Corp adopted a rights plan to ward off a takeover attempt by Quorra Inc.")
        #expect(warded.deals == ["acquisition Quorra Inc>Brixel Corp from - -"])
        #expect(warded.statuses == [.planned])
        #expect(warded.stakes.isEmpty)
        let opposed = facts("Brixel Corp said it is strongly opposed to any takeover by Quorra Inc.")
        #expect(opposed.deals == ["acquisition Quorra Inc>Brixel Corp from - -"])
        #expect(opposed.stakes.isEmpty)
    }

    @Test func defenceOfAnotherCompanyNamesNoTarget() {
        let found = facts("Zentor Inc charged Brixel Corp with failing to disclose steps it took to thwart a takeover attempt by Quorra Inc.")
        #expect(!found.deals.contains("acquisition Quorra Inc>Zentor Inc from - -"))
    }
}
