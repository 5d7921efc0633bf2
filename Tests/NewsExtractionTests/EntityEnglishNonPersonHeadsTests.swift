import NewsExtraction
import NewsModel
import Testing

/// Given names before the head word of a place, law or region are no people, even framed by commas
/// (", Jefferson County,"); a role word before the name still makes one ("spokesman Mike Lake").
/// Invented sentences around general words.
@Suite struct EntityEnglishNonPersonHeadsTests {
    private func people(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == .person }.map(\.name)
    }

    @Test func aCountyFramedByCommasIsNoPerson() {
        let found = people("The complaint was filed in Circuit Court, Jefferson County, Ky., on Monday.")
        #expect(!found.contains("Jefferson County"), "\(found)")
    }

    @Test func lawsRegionsAndParksAreNoPeople() {
        let found = people(
            "The offer must stay open under the Williams Act for 20 days. Losses rose in its Rocky Mountain states. "
                + "Visitors returned to Alton Towers.")
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aRoleWordBeforeTheNameStillMakesAPerson() {
        let found = people("A spokesman said it would close, said spokesman Mike Lake, who declined to comment further.")
        #expect(found.contains("Mike Lake"), "\(found)")
    }
}
