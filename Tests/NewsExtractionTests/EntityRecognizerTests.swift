import NewsExtraction
import NewsModel
import Testing

/// Rule families of the entity recognizer, German and English.
@Suite struct EntityRecognizerTests {
    static func entities(_ text: String, language: Language = .german) -> EntityTable {
        let document = TextPreparer().prepare(TextTestArticles.article(text, language: language))
        return EntityRecognizer().recognize(in: document)
    }

    static func names(_ table: EntityTable, kind: EntityKind) -> [String] {
        table.entities.filter { $0.kind == kind }.map(\.name)
    }

    static func entity(_ table: EntityTable, _ name: String) -> Entity? {
        table.entities.first { $0.allNames.contains(name) }
    }

    @Test func legalFormsGerman() {
        let table = Self.entities("Die Brunnhuber Maschinenbau GmbH kauft die Xerlon AG. Auch die Telvaro SE & Co. KGaA bietet mit.")
        let companies = Self.names(table, kind: .company)
        #expect(companies.contains("Brunnhuber Maschinenbau GmbH"))
        #expect(companies.contains("Xerlon AG"))
        #expect(companies.contains { $0.hasPrefix("Telvaro SE") })
        #expect(!companies.contains { $0.hasPrefix("Die") })
    }

    @Test func legalFormsEnglishAndShortFormsLater() {
        let table = Self.entities(
            "Conseco Inc said it agreed to buy Wexford Holding Ltd. Conseco said the deal with Wexford closes soon.",
            language: .english)
        let conseco = Self.entity(table, "Conseco Inc")
        #expect(conseco?.kind == .company)
        #expect(conseco?.aliases.contains("Conseco") == true)
        #expect(Self.entity(table, "Wexford Holding Ltd")?.aliases.contains("Wexford") == true)
        #expect(table.mentions.filter { $0.entity == conseco?.id }.count == 2)
    }

    @Test func reutersBracketsAndHeadlines() {
        let document = TextPreparer().prepare(
            TextTestArticles.article(
                ["KELDON MATTRESS <KMT> TO BUY SEDIO", "Keldon Mattress Co said it will buy <Sedio N.V.> for 12 mln dlrs."],
                language: .english))
        let table = EntityRecognizer().recognize(in: document)
        #expect(Self.names(table, kind: .company).contains("Sedio N.V."))
        let keldon = Self.entity(table, "Keldon Mattress Co")
        #expect(keldon?.aliases.contains("KELDON MATTRESS") == true)
        #expect(!Self.names(table, kind: .company).contains("KMT"))
    }

    @Test func contextCuesGerman() {
        let table = Self.entities(
            "Der Konzern Velantis meldet Gewinne. Der Online-Marktplatz Brixo wächst, der Autobauer Quandor nicht. Das Unternehmen Marktplatz existiert nicht.")
        let companies = Self.names(table, kind: .company)
        #expect(companies.contains("Velantis"))
        #expect(companies.contains("Brixo"))
        #expect(companies.contains("Quandor"))
        #expect(!companies.contains("Marktplatz"))
        #expect(!companies.contains("Gewinne"))
    }

    @Test func contextCuesEnglish() {
        let table = Self.entities(
            "Shares of Dravik rose. Halvern said it would cut jobs. Investors like carmaker Torvel and Ostrava Systems.",
            language: .english)
        let companies = Self.names(table, kind: .company)
        #expect(companies.contains("Dravik"))
        #expect(companies.contains("Halvern"))
        #expect(companies.contains("Torvel"))
        #expect(companies.contains("Ostrava Systems"))
        #expect(!companies.contains("Investors"))
    }

    @Test func unseenCompaniesByShape() {
        let table = Self.entities("Der Händler BrightLoop arbeitet mit dem Start-up 22 Harbor zusammen. 22Harbor wächst.")
        #expect(Self.names(table, kind: .company).contains("BrightLoop"))
        let harbor = Self.entity(table, "22 Harbor")
        #expect(harbor?.aliases.contains("22Harbor") == true)
    }

    @Test func genitiveAndCompoundAliasesGerman() {
        let table = Self.entities(
            "Der Konzern Zembla wächst. Zemblas Umsatz stieg, die Zembla-Tochter Quiro auch. Ein Zembla-Sprecher bestätigte das.")
        let zembla = Self.entity(table, "Zembla")
        #expect(zembla?.kind == .company)
        #expect(zembla?.aliases.contains("Zemblas") == true)
        #expect(zembla?.aliases.contains("Zembla-Tochter") == true)
        #expect(table.mentions.filter { $0.entity == zembla?.id }.count == 4)
        #expect(Self.names(table, kind: .company).contains("Quiro"))
    }

    @Test func gazetteerAliasesResolveToOneEntity() {
        let table = Self.entities("Volkswagen verkauft Autos. VW-Chef Herbert Diess sagte, die VW-Aktie steige.")
        let vw = table.entities.filter { $0.kind == .company }
        #expect(vw.count == 1)
        #expect(vw.first?.aliases.contains("VW-Aktie") == true)
        let diess = Self.entity(table, "Herbert Diess")
        #expect(diess?.role == "Chef")
        #expect(diess?.organization?.id == vw.first?.id)
    }

    @Test func acronymInBrackets() {
        let table = Self.entities(
            "Die Bundesanstalt für Kreditaufsicht Verwaltung GmbH (BKV) prüft. Die BKV nannte keine Details.")
        let entity = Self.entity(table, "BKV")
        #expect(entity != nil)
        #expect(table.mentions.filter { $0.entity == entity?.id }.count == 3)
    }

    @Test func peopleWithRolesGerman() {
        let table = Self.entities(
            "Pelvo-Gründer Martin Kessler verkauft. Vorstandschef Ilse Brandauer bleibt. Kessler sagte, er gehe.")
        let kessler = Self.entity(table, "Martin Kessler")
        #expect(kessler?.kind == .person)
        #expect(kessler?.role == "Gründer")
        #expect(kessler?.organization?.name == "Pelvo")
        #expect(kessler?.aliases.contains("Kessler") == true)
        #expect(Self.entity(table, "Ilse Brandauer")?.role == "Vorstandschef")
        #expect(Self.entity(table, "Pelvo")?.kind == .company)
    }

    @Test func peopleWithRolesEnglish() {
        let table = Self.entities(
            "John Halloway, chief executive of Trelvex Corp, said sales rose. Trelvex chairman Mary Okafor agreed. Halloway said more.",
            language: .english)
        let john = Self.entity(table, "John Halloway")
        #expect(john?.role == "chief executive")
        #expect(john?.organization?.name == "Trelvex Corp")
        #expect(table.mentions.filter { $0.entity == john?.id }.count == 2)
        let mary = Self.entity(table, "Mary Okafor")
        #expect(mary?.role == "chairman")
        #expect(mary?.organization?.name == "Trelvex Corp")
    }

    @Test func placesAreNotCompanies() {
        let table = Self.entities("Der US-Marktplatz wächst in Deutschland und China, sagte ein Sprecher in Berlin.")
        #expect(Self.names(table, kind: .company).isEmpty)
        #expect(Set(Self.names(table, kind: .place)).isSuperset(of: ["Deutschland", "China", "Berlin"]))
    }

    @Test func ordinaryWordsStayOrdinary() {
        let table = Self.entities(
            "Viele Marktkenner zweifelten, ob die Chinesen Erfolg haben. Die Preise stiegen, die Preise fielen. Die Sorge bleibt, die Sorge wächst.")
        #expect(table.entities.filter { $0.kind == .company || $0.kind == .organization }.isEmpty)
    }

    @Test func englishFunctionWordsAndSentenceStartsStayOrdinary() {
        let table = Self.entities(
            "Yesterday the market fell. Analysts said it was weak. The company said it expects growth.", language: .english)
        #expect(table.entities.isEmpty, "\(table.entities.map(\.name))")
    }

    @Test func stableIDs() {
        let first = Self.entities("Der Konzern Velantis meldet Gewinne.")
        let second = Self.entities("Der Konzern Velantis meldet Gewinne.")
        #expect(first.entities.map(\.id) == ["company:velantis"])
        #expect(first.entities.map(\.id) == second.entities.map(\.id))
    }
}

/// Companies named by what they do in the sentence: "X agreed to buy", "X übernimmt".
@Suite struct EntityVerbCueTests {
    @Test func englishCompanyVerbs() {
        let table = EntityRecognizerTests.entities(
            "Brenmoor agreed to buy the unit. Kestrin posted a loss. A spokeswoman for Dalvex declined to comment.",
            language: .english)
        let companies = EntityRecognizerTests.names(table, kind: .company)
        #expect(Set(companies).isSuperset(of: ["Brenmoor", "Kestrin", "Dalvex"]))
    }

    @Test func germanCompanyVerbs() {
        let table = EntityRecognizerTests.entities("Velmora übernimmt den Rivalen. Die Firma meldet Gewinne. Auch Zentrix verkauft.")
        let companies = EntityRecognizerTests.names(table, kind: .company)
        #expect(Set(companies) == ["Velmora", "Zentrix"])
    }
}
