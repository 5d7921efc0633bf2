import NewsModel
import Testing

/// German deal and stake forms added for unseen articles: units named in appositions, owners in
/// appositions, stakes received, several companies bought or holding at once, pronouns and descriptions
/// as subjects, percents before a verb at the end. Invented names only.
@Suite struct DealGermanNounFormsTests {
    private func facts(_ text: String, _ companies: [String], people: [String] = []) -> (deals: [String], stakes: [String], status: [DealStatus]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies, people: people)
        return (found.deals.map(\.summary), found.stakes.map(\.summary), found.deals.map(\.status))
    }

    @Test func saleOfAUnitNamedInAnApposition() {
        let found = facts("Die Brix AG meldet Verluste. So trennt sich das Geldhaus von seiner Tochter, der Acme Bank.", ["Brix AG", "Acme Bank"])
        #expect(found.deals == ["acquisition ->Acme Bank from Brix AG -"])
        // Until the sale is done the seller holds its unit.
        #expect(found.stakes == ["Brix AG>Acme Bank -"])
    }

    @Test func possessiveUnitIsHeldByTheSubject() {
        #expect(facts("Die Brix AG trennt sich von ihrer Tochter Acme.", ["Brix AG", "Acme"]).stakes == ["Brix AG>Acme -"])
        // Sold to a named buyer: the buyer holds it, not the seller.
        #expect(facts("Die Brix AG verkauft ihre Tochter Acme an die Cole AG.", ["Brix AG", "Acme", "Cole AG"]).stakes == ["Cole AG>Acme -"])
    }

    @Test func aPersonsDaughterIsNoUnit() {
        let found = facts("Jane Roe zieht mit ihrer Tochter Lia Roe nach Wien.", ["Lia Roe"], people: ["Jane Roe"])
        #expect(found.stakes.isEmpty)
    }

    @Test func ownerInAnApposition() {
        #expect(facts("Die Brix GmbH, Mehrheitseigentümer der Acme AG, meldet Gewinne.", ["Brix GmbH", "Acme AG"]).stakes == ["Brix GmbH>Acme AG -"])
        #expect(facts("Der Eigentümer der Acme AG, die Brix GmbH, meldet Gewinne.", ["Brix GmbH", "Acme AG"]).stakes == ["Brix GmbH>Acme AG -"])
    }

    @Test func stakeReceived() {
        let named = facts("Die Brix GmbH bekam einen Anteil von 1,4 Prozent an der Acme AG.", ["Brix GmbH", "Acme AG"])
        #expect(named.deals == ["stake Brix GmbH>Acme AG from - 1.4"])
        #expect(named.stakes == ["Brix GmbH>Acme AG 1.4"])
        #expect(facts("Die Brix GmbH erhält 20 Prozent an der Acme AG.", ["Brix GmbH", "Acme AG"]).deals == ["stake Brix GmbH>Acme AG from - 20.0"])
    }

    @Test func stakeReceivedInTheArticlesCompany() {
        // No company named: the one the article is about.
        let found = facts("Die Acme AG sammelt frisches Geld. Die Brix GmbH bekam dafür einen Anteil von 1,4 Prozent.", ["Brix GmbH", "Acme AG"])
        #expect(found.deals == ["stake Brix GmbH>Acme AG from - 1.4"])
    }

    @Test func votesReceivedAreNoStake() {
        #expect(facts("Die Brix-Partei erhielt einen Anteil von 13 Prozent der Stimmen.", ["Brix-Partei"]).deals.isEmpty)
    }

    @Test func boughtInWithAParticiple() {
        let found = facts("Die Brix GmbH hat sich mit 15 Prozent bei der Acme AG eingekauft.", ["Brix GmbH", "Acme AG"])
        #expect(found.deals == ["stake Brix GmbH>Acme AG from - 15.0"])
    }

    @Test func percentBeforeAVerbAtTheEnd() {
        let found = facts("Die Brix GmbH hat 49 Prozent der Acme AG gekauft.", ["Brix GmbH", "Acme AG"])
        #expect(found.deals == ["stake Brix GmbH>Acme AG from - 49.0"])
        #expect(found.stakes == ["Brix GmbH>Acme AG 49.0"])
    }

    @Test func percentSoldOfANamedCompanyToABuyer() {
        let found = facts("Die Brix GmbH verkauft 10 Prozent der Acme AG an die Cole AG.", ["Brix GmbH", "Acme AG", "Cole AG"])
        #expect(found.deals == ["stake Cole AG>Acme AG from Brix GmbH 10.0"])
    }

    @Test func severalCompaniesBought() {
        let found = facts("Die Brix GmbH übernimmt die Acme AG und die Cole AG.", ["Brix GmbH", "Acme AG", "Cole AG"])
        #expect(Set(found.deals) == ["acquisition Brix GmbH>Acme AG from - -", "acquisition Brix GmbH>Cole AG from - -"])
    }

    @Test func plannedSaleAsANoun() {
        let found = facts("Die Brix GmbH erwägt einen Verkauf der Acme AG.", ["Brix GmbH", "Acme AG"])
        #expect(found.deals == ["acquisition ->Acme AG from Brix GmbH -"])
        #expect(found.status == [.planned])
        // Criticising a sale names no seller.
        #expect(facts("Die Brix GmbH kritisiert den Verkauf der Acme AG.", ["Brix GmbH", "Acme AG"]).deals.isEmpty)
    }

    @Test func pronounSubjectAfterAComma() {
        let reported = facts("Die Brix GmbH teilte mit, sie habe die Acme AG übernommen.", ["Brix GmbH", "Acme AG"])
        #expect(reported.deals == ["acquisition Brix GmbH>Acme AG from - -"])
        let clause = facts("Die Brix GmbH teilte mit, dass sie die Acme AG übernommen habe.", ["Brix GmbH", "Acme AG"])
        #expect(clause.deals == ["acquisition Brix GmbH>Acme AG from - -"])
    }

    @Test func severalHoldersOfOneCompany() {
        let with = facts("An der Acme AG sind die Brix GmbH mit 33 Prozent und die Cole AG mit 11 Prozent beteiligt.", ["Brix GmbH", "Acme AG", "Cole AG"])
        #expect(Set(with.stakes) == ["Brix GmbH>Acme AG 33.0", "Cole AG>Acme AG 11.0"])
        let gapped = facts("Die Brix GmbH hält 33 Prozent an der Acme AG, die Cole AG 20 Prozent.", ["Brix GmbH", "Acme AG", "Cole AG"])
        #expect(Set(gapped.stakes) == ["Brix GmbH>Acme AG 33.0", "Cole AG>Acme AG 20.0"])
        let each = facts("Die Brix GmbH und die Cole AG halten je 20 Prozent an der Acme AG.", ["Brix GmbH", "Acme AG", "Cole AG"])
        #expect(Set(each.stakes) == ["Brix GmbH>Acme AG 20.0", "Cole AG>Acme AG 20.0"])
        let belongs = facts("Die Acme AG gehört zu 40 Prozent der Brix GmbH und zu 30 Prozent der Cole AG.", ["Brix GmbH", "Acme AG", "Cole AG"])
        #expect(Set(belongs.stakes) == ["Brix GmbH>Acme AG 40.0", "Cole AG>Acme AG 30.0"])
    }

    @Test func oneHolderIsLeftToTheSingleRules() {
        #expect(facts("Die Brix GmbH hält 33 Prozent an der Acme AG.", ["Brix GmbH", "Acme AG"]).stakes == ["Brix GmbH>Acme AG 33.0"])
    }
}
