import NewsExtraction
import NewsModel
import Testing

/// "Die Mehrheitseigentümerin der X, die Privatstiftung Y, will …": the apposition renames the opening noun, so
/// Y, not the genitive X, is the subject of the verb. Invented names only; the whole extractor runs.
@Suite struct GermanHeadAppositionTests {
    @Test func appositionIsTheSeller() {
        let text = "Die Mehrheitseigentümerin der Felsvara AG, die Privatstiftung Hallwig, will ihre Anteile verkaufen."
        #expect(GermanProbe.stakes(text) == ["Hallwig>Felsvara AG -"])
        #expect(GermanProbe.deals(text).allSatisfy { $0.contains("from Hallwig") }, "\(GermanProbe.deals(text))")
    }

    @Test func plainSubjectStays() {
        #expect(GermanProbe.deals("Die Felsvara AG, ein Hersteller aus Linz, verkauft die Trandor GmbH an die Kelvaro AG.")
            == ["acquisition Kelvaro AG>Trandor GmbH from Felsvara AG -"])
    }
}
