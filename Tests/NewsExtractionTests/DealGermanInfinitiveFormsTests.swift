import NewsModel
import Testing

/// German infinitive clauses ("kündigte an, X zu übernehmen"), sales with no buyer named, the noun
/// "Einstieg" and holdings of a genitive company. Invented names only.
@Suite struct DealGermanInfinitiveFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String], status: [DealStatus]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary), found.deals.map(\.status))
    }

    @Test func announcedIntentionAfterAParticleVerb() {
        let found = facts("Die Brix GmbH kündigte an, die Acme AG zu übernehmen.", ["Brix GmbH", "Acme AG"])
        #expect(found.deals == ["acquisition Brix GmbH>Acme AG from - -"])
        #expect(found.status == [.planned])
    }

    @Test func verbUnknownToTheLexiconBeforeTheComma() {
        // "hofft" is no relative clause's verb: the company before the comma buys.
        let found = facts("Die Brix GmbH hofft, die Acme AG zu übernehmen.", ["Brix GmbH", "Acme AG"])
        #expect(found.deals == ["acquisition Brix GmbH>Acme AG from - -"])
        #expect(found.status == [.planned])
    }

    @Test func modalInfinitive() {
        let found = facts("Die Brix GmbH kündigte an, die Acme AG kaufen zu wollen.", ["Brix GmbH", "Acme AG"])
        #expect(found.deals == ["acquisition Brix GmbH>Acme AG from - -"])
        #expect(found.status == [.planned])
    }

    @Test func agreedInfinitiveStaysAnnounced() {
        let found = facts("Die Brix GmbH hat vereinbart, die Acme AG zu übernehmen.", ["Brix GmbH", "Acme AG"])
        #expect(found.status == [.announced])
    }

    @Test func namesListedBeforeTheVerbStillShareIt() {
        #expect(facts("Die Brix GmbH, die Cole AG sowie die Acme AG übernahmen 50 Prozent.", ["Brix GmbH", "Cole AG", "Acme AG"]).deals.isEmpty)
    }

    @Test func unitsSoldWithNoBuyerNamed() {
        let found = facts("Die Acme AG meldet Verluste. Die Sparten Brix GmbH und Cole AG wurden verkauft.", ["Brix GmbH", "Acme AG", "Cole AG"])
        #expect(Set(found.deals) == ["acquisition ->Brix GmbH from Acme AG -", "acquisition ->Cole AG from Acme AG -"])
        // Cars of a company sold are no sale of the company.
        let cars = facts("Die Acme AG meldet Verluste. Im Juli wurden 3.208 Fahrzeuge der Brix GmbH verkauft.", ["Brix GmbH", "Acme AG"])
        #expect(cars.deals.isEmpty)
    }

    @Test func entryAsANoun() {
        #expect(facts("Der Einstieg der Brix GmbH bei der Acme AG ist abgeschlossen.", ["Brix GmbH", "Acme AG"]).deals == ["stake Brix GmbH>Acme AG from - -"])
        let subject = facts("Die Brix GmbH hat den Einstieg bei der Acme AG angekündigt.", ["Brix GmbH", "Acme AG"])
        #expect(subject.deals == ["stake Brix GmbH>Acme AG from - -"])
    }

    @Test func holdingOfAGenitiveCompany() {
        #expect(facts("Die Brix GmbH besitzt 30 Prozent der Acme AG.", ["Brix GmbH", "Acme AG"]).stakes == ["Brix GmbH>Acme AG 30.0"])
        #expect(facts("Die Brix GmbH hält rund 25 Prozent der Aktien der Acme AG.", ["Brix GmbH", "Acme AG"]).stakes == ["Brix GmbH>Acme AG 25.0"])
        #expect(facts("Die Brix GmbH hält 30 Prozent der Stimmen.", ["Brix GmbH"]).stakes.isEmpty)
    }
}
