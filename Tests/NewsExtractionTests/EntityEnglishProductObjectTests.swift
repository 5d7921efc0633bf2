import NewsExtraction
import NewsModel
import Testing

/// "Harlow Breweries, which makes Rosa Maltby, said …": a name right after a verb of making or
/// selling is a brand, not a person; a role before the name still makes it one. Invented names only.
@Suite struct EntityEnglishProductObjectTests {
    private func people(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == .person }.map(\.name)
    }

    @Test func aNameAfterAProductVerbIsNoPerson() {
        let text = "Harlow Breweries, which makes Rosa Maltby, said profits rose 12%."
        #expect(!people(text).contains("Rosa Maltby"), "\(people(text))")
        let sells = "The chain sells Rosa Maltby in 40 countries."
        #expect(!people(sells).contains("Rosa Maltby"), "\(people(sells))")
    }

    @Test func theSameNameAsSubjectOrAfterARoleIsAPerson() {
        let subject = "Rosa Maltby said profits rose 12%."
        #expect(people(subject).contains("Rosa Maltby"), "\(people(subject))")
        let role = "The firm makes chairman Rosa Maltby its new chief."
        #expect(people(role).contains("Rosa Maltby"), "\(people(role))")
    }
}
