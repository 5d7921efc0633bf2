import NewsModel
import Testing

/// Holdings around names written with a bare genitive apostrophe or inside quotation marks.
@Suite struct StakeNameFormsTests {
    private func stakes(_ text: String, _ language: Language, _ companies: [String]) -> [String] {
        DealFixture.facts((language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies).stakes.map(\.summary)
    }

    @Test func bareApostropheOwner() {
        #expect(stakes("Brixels' owner Quorra Group says it will appeal.", .english, ["Brixels", "Quorra Group"]) == ["Quorra Group>Brixels -"])
    }

    @Test func quotedNameEndingInADot() {
        let found = stakes(
            "Die Unternehmensgruppe „Quorra Group Inc.“, zu der auch der Batteriehersteller „Brixel“ gehört, hat einem Autobauer Geld gegeben.",
            .german, ["Quorra Group Inc", "Brixel"])
        #expect(found == ["Quorra Group Inc>Brixel -"])
    }
}
