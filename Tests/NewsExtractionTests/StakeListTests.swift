import NewsModel
import Testing

/// Holdings in lists and in units whose name the entity table knows in a shorter form.
@Suite struct StakeListTests {
    private func stakes(_ text: String, _ language: Language, _ companies: [String]) -> [String] {
        DealFixture.facts((language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies).stakes.map(\.summary)
    }

    @Test func germanPercentListOfTheArticlesCompany() {
        let found = stakes(
            "Wien - Die Staatsholding Quorra bekommt eine neue Chefin. Die Aufsichtsräte für die Beteiligungsunternehmen (wie 52,9 Prozent Brixel, 31,5 Prozent Zentor) werden von der Partei Velor vorgeschlagen, die Cordan Holding berät.",
            .german, ["Quorra", "Brixel", "Zentor", "Velor", "Cordan Holding"])
        #expect(found == ["Quorra>Brixel 52.9", "Quorra>Zentor 31.5"])
    }

    @Test func germanPercentListWithItsSubject() {
        let found = stakes(
            "Die Quorra AG hält Beteiligungen wie 20 Prozent Brixel und 15 Prozent Zentor.", .german, ["Quorra AG", "Brixel", "Zentor"])
        #expect(found.contains("Quorra AG>Brixel 20.0") && found.contains("Quorra AG>Zentor 15.0"))
    }

    @Test func singlePercentNameIsNoList() {
        let found = stakes("Die Quorra AG meldet für die Beteiligung 20 Prozent Brixel-Wachstum.", .german, ["Quorra AG", "Brixel"])
        #expect(found.isEmpty)
    }

    @Test func unitWhoseNameRunsOn() {
        let found = stakes(
            "Quorra Co said it and its Brixel Lehman Brothers Inc subsidiary have been holding talks.", .english, ["Quorra Co", "Brixel Lehman"])
        #expect(found == ["Quorra Co>Brixel Lehman -"])
    }
}
