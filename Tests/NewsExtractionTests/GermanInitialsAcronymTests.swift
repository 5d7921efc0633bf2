import NewsExtraction
import NewsModel
import Testing

/// An acronym in capitals that a German article uses without brackets is a name of the one company whose name
/// words it spells ("Rolls-Royce" … "RR"). Invented names only; the whole extractor runs.
@Suite struct GermanInitialsAcronymTests {
    private func entity(_ text: String, _ name: String) -> Entity? { GermanProbe.facts(text).entities.first { $0.name == name } }

    @Test func initialsJoinTheName() {
        let text = "Kestrel Varo verkaufte 3.000 Autos. Seit 2000 ist KV ein Teil der Brandol AG."
        #expect(entity(text, "Kestrel Varo")?.aliases.contains("KV") == true, "\(GermanProbe.facts(text).entities.map(\.name))")
        #expect(GermanProbe.stakes(text) == ["Brandol AG>Kestrel Varo -"])
    }

    @Test func hyphenPartsSpellInitials() {
        let text = "Trelvo-Marnix verkaufte 3.000 Autos. Seit 2000 ist TM ein Teil der Brandol AG."
        #expect(entity(text, "Trelvo-Marnix")?.aliases.contains("TM") == true, "\(GermanProbe.facts(text).entities.map(\.name))")
    }

    @Test func acronymBeforeAnotherNameWordStaysApart() {
        let text = "Kestrel Varo verkaufte 3.000 Autos. Seit 2000 ist KV Trandolin ein Teil der Brandol AG."
        #expect(entity(text, "Kestrel Varo")?.aliases.contains("KV") != true)
    }

    @Test func englishTextIsLeftAlone() {
        let article = Article(id: "e", title: "Deal", paragraphs: ["Kestrel Varo Corp said it bought Tarvik Corp. Later, KV said more."], language: .english)
        let entity = RuleBasedExtractor().extract(from: article).entities.first { $0.name.hasPrefix("Kestrel Varo") }
        #expect(entity?.aliases.contains("KV") != true)
    }
}
