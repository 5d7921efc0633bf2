import NewsExtraction
import NewsModel
import Testing

/// An English name with an unknown given name is a person when a verb of appointing stands before it
/// and "as" with a role after it ("named Arie Tarvold as chairman"); new role words ("comptroller",
/// "vice chairman") open names like the others. Invented names only.
@Suite struct EntityEnglishAppointedNameTests {
    private func people(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == .person }.map(\.name)
    }

    @Test func anUnknownGivenNameAppointedToAPost() {
        let found = people("The new holding company named Arie Tarvold as chairman and Olek Brandvik as its chief executive.")
        #expect(found.contains("Arie Tarvold"), "\(found)")
        #expect(found.contains("Olek Brandvik"), "\(found)")
    }

    @Test func withoutARoleAfterAsItIsNoPerson() {
        let found = people("The board named Quorvane Holdings as its preferred bidder.")
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aComptrollerBeforeAnUnknownGivenName() {
        let found = people("Fleet comptroller Irvo Gossand said the transaction would reduce costs.")
        #expect(found.contains("Irvo Gossand"), "\(found)")
    }
}
