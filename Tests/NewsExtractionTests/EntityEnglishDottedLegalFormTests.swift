import NewsExtraction
import NewsModel
import Testing

/// "F.A." and "F.S.B." (US savings institutions) end a company's name when written with dots; "the FA"
/// (a football association) stays no legal form. Invented names only.
@Suite struct EntityEnglishDottedLegalFormTests {
    private func companies(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == .company }.map(\.name)
    }

    @Test func dottedSavingsFormsEndTheName() {
        #expect(companies("Tarnbrook Savings F.A. said its board adopted a rights plan.") == ["Tarnbrook Savings F.A."])
        #expect(companies("Orwen Federal Bank F.S.B. said it agreed to merge.") == ["Orwen Federal Bank F.S.B."])
    }

    @Test func anUndottedFAIsNoLegalForm() {
        #expect(companies("The Vossbridge FA said the match was postponed.").isEmpty)
    }
}
