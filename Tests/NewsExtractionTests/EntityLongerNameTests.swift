import NewsExtraction
import NewsModel
import Testing

/// Names that begin like a short form of another name of the article, and German institution
/// names. Invented names only.
@Suite struct EntityLongerNameTests {
    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func shortFormFollowedByANameWordIsAnotherName() {
        let table = EntityRecognizerTests.entities(
            "It plans to buy Brenvale Cement Eastern and the holding firm, Brenvale Cement India Ltd, a statement said.",
            language: .english)
        let names = companies(table)
        #expect(names.contains("Brenvale Cement Eastern"))
        #expect(names.contains("Brenvale Cement India Ltd"))
        #expect(EntityRecognizerTests.entity(table, "Brenvale Cement India Ltd")?.aliases.contains("Brenvale Cement") == false)
    }

    @Test func oneWordShortFormBeforeASurnameIsNoMention() {
        let table = EntityRecognizerTests.entities(
            "Zandor Partners Ltd said it agreed. The Irish investor Zandor Quist owns five pct of the club.",
            language: .english)
        let zandor = EntityRecognizerTests.entity(table, "Zandor Partners Ltd")
        #expect(zandor != nil)
        #expect(zandor?.aliases.contains("Zandor") == false)
    }

    @Test func shortFormAloneStillCounts() {
        let table = EntityRecognizerTests.entities(
            "Zandor Partners Ltd said it agreed. Shares of Zandor rose.", language: .english)
        #expect(EntityRecognizerTests.entity(table, "Zandor Partners Ltd")?.aliases.contains("Zandor") == true)
    }

    @Test func germanInstitutionCompoundsWithAQualifier() {
        let table = EntityRecognizerTests.entities(
            "Das Gustav-Brenzler-Institut bestätigte den Befund. Die Internationale Walfangkommission tagte, "
                + "und das Harlinger Gesundheitsamt warnte. Die Bundesfischereiagentur prüft den Fall, "
                + "ebenso die Kornwettbewerbsbehörde (KWB).")
        let names = companies(table)
        #expect(names.contains("Gustav-Brenzler-Institut"))
        #expect(names.contains("Internationale Walfangkommission"))
        #expect(names.contains("Bundesfischereiagentur"))
        #expect(names.contains("Kornwettbewerbsbehörde"))
        #expect(EntityRecognizerTests.entity(table, "Kornwettbewerbsbehörde")?.aliases.contains("KWB") == true)
        #expect(table.entities.allSatisfy { $0.kind != .person })
    }

    @Test func germanInstitutionWordsAloneAreOrdinaryNouns() {
        let table = EntityRecognizerTests.entities(
            "Das Gesundheitsamt warnte, der Landesverband schwieg. Ein Schiedsgericht entscheidet, "
                + "als Hauptgericht gab es Fisch. Das Institut der Ökologie-Stiftung prüft.")
        #expect(companies(table).isEmpty)
    }

    @Test func institutionNameTakesItsPlace() {
        let table = EntityRecognizerTests.entities("Das Oberverwaltungsgericht Krelingen verhängte ein Verbot.")
        #expect(companies(table) == ["Oberverwaltungsgericht Krelingen"])
    }

    @Test func weekdayCompoundAfterACueIsNoName() {
        let table = EntityRecognizerTests.entities("Das teilte der Konzern Mittwochabend mit.")
        #expect(companies(table).isEmpty)
    }

    @Test func sentenceInitialWordBeforeACompanyWordStartsTheName() {
        let table = EntityRecognizerTests.entities(
            "Harbor Savings Association said it agreed to the merger.", language: .english)
        #expect(companies(table) == ["Harbor Savings Association"])
        let ordinary = EntityRecognizerTests.entities("Yesterday the Savings Association said it agreed.", language: .english)
        #expect(!companies(ordinary).contains { $0.hasPrefix("Yesterday") })
    }

    @Test func namesSpelledByTheirAcronymInBrackets() {
        let english = EntityRecognizerTests.entities(
            "He acted with help of the Brevian American Dairy Foundation (BADF) in Ohio.", language: .english)
        let foundation = EntityRecognizerTests.entity(english, "Brevian American Dairy Foundation")
        #expect(foundation?.aliases.contains("BADF") == true)
        let german = EntityRecognizerTests.entities("Der Verband der Kornmühlen (VdK) klagt. Die Künstliche Intelligenz (KI) hilft.")
        #expect(companies(german) == ["Verband der Kornmühlen"])
    }
}
