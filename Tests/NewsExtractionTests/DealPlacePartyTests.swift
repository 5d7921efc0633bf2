import NewsModel
import Testing

/// Countries and states as parties of German deals, and the relative pronoun as a subject.
@Suite struct DealPlacePartyTests {
    private func deals(_ text: String, _ companies: [String], places: [String]) -> [String] {
        DealFixture.facts("Titel\n\n" + text, .german, companies: companies, places: places, date: "2015-06-01").deals.map(\.summary)
    }

    @Test func countryAfterDatelineSells() {
        let found = deals(
            "Oslo - Norwegen will sich von einem zehnprozentigen Anteil am Ölkonzern Brixel Oil trennen.", ["Brixel Oil"],
            places: ["Oslo", "Norwegen"])
        #expect(found == ["stake ->Brixel Oil from Norwegen 10.0"])
    }

    @Test func datelineCityIsNoParty() {
        let found = deals("Oslo - Die Quorra AG übernimmt die Brixel GmbH.", ["Quorra AG", "Brixel GmbH"], places: ["Oslo"])
        #expect(found == ["acquisition Quorra AG>Brixel GmbH from - -"])
        #expect(deals("Oslo - Man will die Brixel GmbH übernehmen.", ["Brixel GmbH"], places: ["Oslo"]).isEmpty)
    }

    @Test func relativePronounIsTheSubject() {
        let found = deals(
            "Neuer Mitspieler ist der Golfstaat Katar, der laut einer Meldung mit einer Beteiligung von 17 Prozent im Brixel-Konzern einsteigen will.",
            ["Brixel"], places: ["Katar"])
        #expect(found == ["stake Katar>Brixel from - 17.0"])
    }

    @Test func relativeCompanyIsTheSubject() {
        let found = deals("Bekannt ist die Quorra AG, die mit 20 Prozent bei der Brixel GmbH einsteigen will.", ["Quorra AG", "Brixel GmbH"], places: [])
        #expect(found == ["stake Quorra AG>Brixel GmbH from - 20.0"])
    }
}
