import NewsImport
import NewsModel
import Testing

@Suite struct LanguageGuesserTests {
    @Test func germanAndEnglishNews() {
        #expect(LanguageGuesser.guess("Der Konzern übernimmt die Mehrheit an der Firma, sagte ein Sprecher.") == .german)
        #expect(LanguageGuesser.guess("The company said it has agreed to buy the rest of the shares.") == .english)
    }

    @Test func languageFieldsAreMapped() {
        #expect(LanguageGuesser.language(named: "de-DE") == .german)
        #expect(LanguageGuesser.language(named: "en-us") == .english)
        #expect(LanguageGuesser.language(named: "fr") == nil)
    }
}
