import NewsExtraction
import NewsModel
import Testing

/// People the name rules used to miss: a surname that ends like a short German noun ("Buche") or
/// is a "-mann" compound ("Quellmann") after a given name that is also a word, the given name "Jan"
/// (but not the month in "Pay Jan Six"), and a name in commas after a role with an adjective ("Der
/// frühere Präsident des Landes, …", "the former chairman of X, …"). Invented names only.
@Suite struct EntityPersonNameRecall28Tests {
    private func person(_ text: String, _ name: String, language: Language = .german) -> Entity? {
        let table = EntityRecognizerTests.entities(text, language: language)
        return table.entities.first { $0.kind == .person && $0.name == name }
    }

    private func names(_ text: String, language: Language = .german) -> [String] {
        EntityRecognizerTests.entities(text, language: language).entities.map(\.name)
    }

    @Test func aSurnameWithAShortNounEndingAfterAWordLikeGivenName() {
        let text = "Nach Angaben von Frank Buche wird das Werk erweitert."
        #expect(person(text, "Frank Buche") != nil, "\(names(text))")
        // A long noun ending still marks an ordinary noun after such a given name.
        let noun = "Die Frank Gründung blieb ohne Folgen."
        #expect(person(noun, "Frank Gründung") == nil, "\(names(noun))")
    }

    @Test func aMannCompoundAfterAWordLikeGivenNameIsASurname() {
        let text = "Das bestätigte Frank Quellmann am Montag."
        #expect(person(text, "Frank Quellmann") != nil, "\(names(text))")
    }

    @Test func janIsAGivenName() {
        let text = "Der Vorschlag stammt von Jan Tessdorf aus Kiel."
        #expect(person(text, "Jan Tessdorf") != nil, "\(names(text))")
        let english = "The proposal came from Jan Tessdorf of Kiel."
        #expect(person(english, "Jan Tessdorf", language: .english) != nil, "\(names(english, language: .english))")
    }

    @Test func theMonthBeforeASpelledDayIsNoGivenName() {
        let text = "Qtly div 15 cts vs 15 cts prior. Pay Jan Six. Record Dec 15."
        #expect(!names(text, language: .english).contains { $0.hasPrefix("Jan") }, "\(names(text, language: .english))")
    }

    @Test func aGermanRolePhraseWithAnAdjectiveBeforeANameInCommas() {
        let text = "Der frühere Präsident des Landes, Talvo Quenrada, kritisierte die Regierung."
        #expect(person(text, "Talvo Quenrada")?.role == "Präsident", "\(names(text))")
    }

    @Test func anEnglishRolePhraseWithAnAdjectiveBeforeANameInCommas() {
        let text = "The former chairman of Harlow Minerals Inc, Orvik Selvane, said the mine would close."
        let found = person(text, "Orvik Selvane", language: .english)
        #expect(found?.role == "chairman", "\(names(text, language: .english))")
        #expect(found?.organization?.name == "Harlow Minerals Inc")
    }

    @Test func anAdjectiveBeforeAPlainNounOpensNoApposition() {
        let text = "The former owners of the stake, Orvik Selvane and others, said nothing."
        #expect(person(text, "Orvik Selvane", language: .english) == nil, "\(names(text, language: .english))")
    }
}
