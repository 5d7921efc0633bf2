@testable import NewsExtraction
import NewsModel
import Testing

/// "…, sagte das Stadtoberhaupt" after "Bürgermeister X": a German role phrase in another form
/// than the role a person was introduced with (a generic noun, an adjective before the role, a
/// spelling with or without the linking "s") refers back to that person. Invented names throughout.
@Suite struct QuoteGermanRoleVariantTests {
    static func quotes(_ text: String) -> [Quote] {
        let article = Article(id: "probe", title: "Probe", paragraphs: ["Probe", text], language: .german)
        return RuleBasedExtractor().extract(from: article).quotes
    }

    static func speaker(_ text: String, of content: String) -> String? {
        quotes(text).first { $0.text.hasPrefix(content) }?.speaker?.name
    }

    @Test func aGenericNounForTheOfficeRefersToItsHolder() {
        let mayor = """
            Bürgermeister Thomas Falkensteg besuchte am Montag die Baustelle der Velmar AG. Alle Projekte würden \
            rechtzeitig fertig, sagte das Stadtoberhaupt.
            """
        #expect(Self.speaker(mayor, of: "Alle Projekte") == "Thomas Falkensteg", "\(Self.quotes(mayor))")
        let premier = """
            Premierminister Thomas Falkensteg besuchte am Montag die Fabrik der Velmar AG. Die Lage sei ernst, \
            sagte der Regierungschef.
            """
        #expect(Self.speaker(premier, of: "Die Lage") == "Thomas Falkensteg", "\(Self.quotes(premier))")
    }

    @Test func anAdjectiveBeforeTheRoleStillRefersBack() {
        let text = """
            Innenminister Thomas Falkensteg besuchte am Montag die Fabrik der Velmar AG. Die Lage sei ernst, \
            sagte der deutsche Innenminister.
            """
        #expect(Self.speaker(text, of: "Die Lage") == "Thomas Falkensteg", "\(Self.quotes(text))")
        let female = """
            Die Innenministerin Alexandra Falkensteg besuchte am Montag die Velmar AG. Die Lage sei ernst, \
            sagte die österreichische Ministerin.
            """
        #expect(Self.speaker(female, of: "Die Lage") == "Alexandra Falkensteg", "\(Self.quotes(female))")
    }

    @Test func aRoleSpelledWithOrWithoutTheLinkingSIsOneRole() {
        let text = """
            Gewerkschaftsschef Thomas Falkensteg besuchte am Montag die Fabrik der Velmar AG. Eine Einigung sei \
            möglich, sagte der Gewerkschaftschef.
            """
        #expect(Self.speaker(text, of: "Eine Einigung") == "Thomas Falkensteg", "\(Self.quotes(text))")
    }

    @Test func anAustrianGovernorIsARoleBeforeHisName() {
        let text = """
            Landeshauptmann Thomas Falkensteg besuchte am Montag die Fabrik der Velmar AG. Zu den Plänen meinte der \
            Landeshauptmann: Man muss immer mit den Bürgermeistern reden.
            """
        #expect(Self.speaker(text, of: "Man muss immer") == "Thomas Falkensteg", "\(Self.quotes(text))")
    }

    @Test func aDeputyOrAnotherOfficeIsNotThePerson() {
        let deputy = """
            Präsident Thomas Falkensteg besuchte am Montag die Fabrik der Velmar AG. Die Lage sei ernst, sagte der \
            Vizepräsident.
            """
        #expect(Self.speaker(deputy, of: "Die Lage") != "Thomas Falkensteg", "\(Self.quotes(deputy))")
        let other = """
            Bürgermeister Thomas Falkensteg besuchte am Montag die Fabrik der Velmar AG. Die Lage sei ernst, sagte \
            der Regierungschef.
            """
        #expect(Self.speaker(other, of: "Die Lage") != "Thomas Falkensteg", "\(Self.quotes(other))")
    }

    @Test func theKeyOfARoleDropsHyphensFeminineEndingsAndTheLinkingS() {
        #expect(QuoteContext.germanRoleKey("gewerkschafts-chefin") == QuoteContext.germanRoleKey("gewerkschaftchef"))
        #expect(QuoteContext.germanRoleKey("innenministerin") == "innenminister")
        #expect(QuoteContext.germanRoleKey("vorsitzender") == QuoteContext.germanRoleKey("vorsitzende"))
    }
}
