import NewsExtraction
import NewsModel
import Testing

/// "Partnership" ends a company's name like "Partners" does ("Tarnbrook Oil and Gas Partnership said").
/// Invented names only.
@Suite struct EntityEnglishPartnershipWordTests {
    @Test func aNameEndingInPartnershipIsOneCompany() {
        let table = EntityRecognizerTests.entities(
            "Tarnbrook Oil and Gas Partnership said it completed the sale of two fields.", language: .english)
        #expect(table.entities.filter { $0.kind == .company }.map(\.name) == ["Tarnbrook Oil and Gas Partnership"])
    }
}
