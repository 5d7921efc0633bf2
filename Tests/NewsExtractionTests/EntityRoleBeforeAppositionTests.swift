import NewsExtraction
import NewsModel
import Testing

/// A name in commas after a role phrase ("des Generalanwalts des Obersten Marlgerichts, Talvo
/// Quenrada-Miro Brisal,") is a person even with an unknown given name, and carries the role; a
/// definite role noun later ("Der Generalanwalt kritisierte …:") speaks for that person, never for
/// a company named inside a compound for a thing ("das Veltrona-Gesetz"). Invented names only.
@Suite struct EntityRoleBeforeAppositionTests {
    private func person(_ text: String, _ name: String, language: Language = .german) -> Entity? {
        let table = EntityRecognizerTests.entities(text, language: language)
        return table.entities.first { $0.kind == .person && $0.name == name }
    }

    @Test func aNameInCommasAfterAGermanRolePhraseIsAPerson() {
        let text = "Das Gesetz verstößt nach Ansicht des Generalanwalts des Obersten Marlgerichts, Talvo Quenrada-Miro Brisal, "
            + "gegen geltendes Recht."
        let found = person(text, "Talvo Quenrada-Miro Brisal")
        #expect(found != nil, "\(EntityRecognizerTests.entities(text).entities.map(\.name))")
        // The genitive ending is dropped from the role.
        #expect(found?.role == "Generalanwalt")
        // Without the role phrase the unknown given name is no person.
        // A role word after the comma is the role of the name after it, not part of the name.
        let roled = "Die Vertreterin der Klägerin, Medienanwältin Tessa Quenrada, gab keine Erklärung ab."
        #expect(person(roled, "Tessa Quenrada") != nil, "\(EntityRecognizerTests.entities(roled).entities.map(\.name))")
        let bare = "Das Gesetz verstößt nach Ansicht von Marlon, Talvo Quenrada-Miro Brisal, gegen geltendes Recht."
        #expect(person(bare, "Talvo Quenrada-Miro Brisal") == nil)
    }

    @Test func aNameInCommasAfterAnEnglishRolePhraseIsAPersonOfThatCompany() {
        let text = "The chairman of Harlow Minerals Inc, Orvik Selvane, said the mine would close."
        let found = person(text, "Orvik Selvane", language: .english)
        #expect(found != nil, "\(EntityRecognizerTests.entities(text, language: .english).entities.map(\.name))")
        #expect(found?.role == "chairman")
        #expect(found?.organization?.name == "Harlow Minerals Inc")
        // A list of names after a plain noun is no apposition.
        let list = "The sellers of the stake, Orvik Selvane and others, said nothing."
        #expect(person(list, "Orvik Selvane", language: .english) == nil)
    }

    @Test func aDefiniteRoleNounSpeaksForThePersonIntroducedWithThatRole() {
        let text = "Die Veltrona AG hält 20 Prozent. Das Gesetz verstößt nach Ansicht des Generalanwalts des Obersten "
            + "Marlgerichts, Talvo Quenrada-Miro Brisal, gegen geltendes Recht. Der Generalanwalt kritisierte das "
            + "Veltrona-Gesetz in scharfer Form: Das Gesetz beschränke den freien Kapitalverkehr."
        let facts = RuleBasedExtractor().extract(
            from: Article(id: "g", title: "Titel", paragraphs: ["Titel", text], language: .german))
        let quote = facts.quotes.first { $0.text.hasPrefix("Das Gesetz beschränke") }
        #expect(quote != nil, "\(facts.quotes.map(\.text))")
        #expect(quote?.speaker?.name == "Talvo Quenrada-Miro Brisal", "\(String(describing: quote?.speaker))")
    }

    @Test func thePersonInCommasAfterASourcePhraseIsTheSource() {
        let quotes = quotes(
            "Das Gesetz verstößt nach Ansicht des Generalanwalts des Obersten Marlgerichts, Talvo Quenrada-Miro Brisal, "
                + "gegen geltendes Recht.")
        let quote = quotes.first { $0.text.contains("gegen geltendes Recht") }
        #expect(quote?.speaker?.name == "Talvo Quenrada-Miro Brisal", "\(quotes)")
        #expect(quote?.text.contains("Brisal") == false, "\(quotes)")
    }

    private func quotes(_ text: String) -> [Quote] {
        RuleBasedExtractor().extract(
            from: Article(id: "g", title: "Titel", paragraphs: ["Titel", "Die Veltrona AG hält 20 Prozent. " + text], language: .german)
        ).quotes
    }

    @Test func aCompanyInsideACompoundForAThingDoesNotSpeak() {
        // The office at the sentence start speaks, not the company named in "Veltrona-Gesetz".
        let direct = quotes(
            "Der Generalanwalt kritisierte das Veltrona-Gesetz ebenso wie die Haltung der Regierung in seinem langen "
                + "Gutachten in scharfer Form: „Das Gesetz beschränke den Kapitalverkehr ohne Grund.“")
        #expect(direct.count == 1, "\(direct)")
        #expect(direct.first?.speaker == nil, "\(direct)")
        #expect(direct.first?.speakerDescription == "Der Generalanwalt", "\(direct)")
        // A compound for the company itself or a part of it still names it.
        let management = quotes("Das Veltrona-Management erklärte, das Werk bleibe offen.")
        #expect(management.first?.speaker?.name == "Veltrona AG", "\(management)")
        // A source compound ("nach Veltrona-Angaben") still gives the company as its source.
        let source = quotes("Nach Veltrona-Angaben sank der Umsatz im Herbst um zehn Prozent.")
        #expect(source.first?.speaker?.name == "Veltrona AG", "\(source)")
        let spokesman = quotes("Ein Sprecher des Veltrona-Konzerns sagte: Das Werk bleibe offen.")
        #expect(spokesman.first?.organization?.name == "Veltrona AG", "\(spokesman)")
    }
}
