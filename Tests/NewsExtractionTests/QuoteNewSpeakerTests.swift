import Foundation
import NewsExtraction
import NewsModel
import Testing

/// Speakers' names the entity stage missed become people when the quote rules are sure of them.
@Suite struct QuoteNewSpeakerTests {
    static func facts(_ paragraphs: [String], language: Language) -> ArticleFacts {
        let article = Article(id: "n", title: paragraphs[0], paragraphs: paragraphs, language: language)
        return RuleBasedExtractor().extract(from: article)
    }

    @Test func germanNameAtTheCueBecomesAPerson() throws {
        let facts = Self.facts(
            ["Titel", "Die Preise werden weiter steigen, sagte Taviro Quembeck am Montag in Hamburg.",
             "Quembeck erwartet eine Erholung erst im Herbst, sagte er."], language: .german)
        let person = try #require(facts.entities.first { $0.name == "Taviro Quembeck" }, "\(facts.entities.map(\.name))")
        #expect(person.kind == .person)
        #expect(facts.mentions.filter { $0.entity == person.id }.count == 2)
        #expect(facts.quotes.count == 2)
        #expect(facts.quotes.allSatisfy { $0.speaker?.id == person.id }, "\(facts.quotes)")
    }

    @Test func englishNameAtTheCueBecomesAPerson() throws {
        let facts = Self.facts(
            ["Title", "\"Demand will stay weak until spring,\" Oderick Pallwyn said on Tuesday."], language: .english)
        let person = try #require(facts.entities.first { $0.name == "Oderick Pallwyn" }, "\(facts.entities.map(\.name))")
        #expect(person.kind == .person)
        #expect(facts.quotes.first?.speaker?.id == person.id)
    }

    @Test func roleBeforeTheNameIsLeftOut() throws {
        let facts = Self.facts(
            ["Titel", "Die Lage sei ernst, sagte Landrätin Hanna Quirlitz am Abend."], language: .german)
        #expect(facts.entities.contains { $0.kind == .person && $0.name == "Hanna Quirlitz" }, "\(facts.entities)")
        let english = Self.facts(
            ["Title", "\"We will appeal,\" said Sir Tamwin Orrowby on Friday."], language: .english)
        #expect(english.entities.contains { $0.kind == .person && $0.name == "Tamwin Orrowby" }, "\(english.entities)")
        // A title with a surname alone names a person by the surname (the guide's alias form).
        let title = Self.facts(["Title", "\"We will appeal,\" said Mr Orrowby on Friday."], language: .english)
        #expect(title.entities.filter { $0.kind == .person }.map(\.name) == ["Orrowby"], "\(title.entities)")
    }

    @Test func givenNameWithAnOrdinarySurname() throws {
        let facts = Self.facts(["Title", "\"Sales were strong,\" Martin Marble said."], language: .english)
        #expect(facts.entities.contains { $0.kind == .person && $0.name == "Martin Marble" }, "\(facts.entities)")
    }

    @Test func givenNameBeforeACompanyNameIsAPerson() throws {
        // "Porsche" is a listed company; with a given name before it at the cue it is a surname.
        let german = Self.facts(["Titel", "Die Preise steigen weiter, sagte Hans-Peter Porsche am Montag."], language: .german)
        let person = try #require(german.entities.first { $0.name == "Hans-Peter Porsche" }, "\(german.entities)")
        #expect(person.kind == .person)
        #expect(!german.entities.contains { $0.kind == .company }, "\(german.entities)")
        #expect(german.quotes.first?.speaker?.id == person.id)
        let english = Self.facts(["Title", "\"Prices will rise,\" said Jean-Luc Porsche on Monday."], language: .english)
        #expect(english.quotes.first?.speaker?.name == "Jean-Luc Porsche", "\(english.quotes)")
        // The company speaking as itself stays the company.
        let company = Self.facts(["Titel", "Die Preise steigen weiter, teilte Porsche am Montag mit."], language: .german)
        #expect(company.entities.contains { $0.kind == .company && $0.name == "Porsche" })
    }

    @Test func nameRightAfterTheCueComesBeforeTheRoleInItsApposition() throws {
        let facts = Self.facts(
            ["Title", "The market is weak, said Tamwin Orrowby, head of research at the Quelby Foundation. He said prices would fall."],
            language: .english)
        let person = try #require(facts.entities.first { $0.name == "Tamwin Orrowby" }, "\(facts.entities)")
        #expect(facts.quotes.count == 2, "\(facts.quotes)")
        #expect(facts.quotes.allSatisfy { $0.speaker?.id == person.id }, "\(facts.quotes)")
        // A place before the cue is no person.
        let place = Self.facts(["Title", "Economists in Buenos Aires told reporters that prices would fall."], language: .english)
        #expect(!place.entities.contains { $0.kind == .person }, "\(place.entities)")
    }

    @Test func ordinaryWordsAndFarNamesStayNoPeople() {
        // Capitalised ordinary words at the cue are no name.
        let german = Self.facts(["Titel", "Die Preise steigen, sagte Neue Heimat am Montag."], language: .german)
        #expect(!german.entities.contains { $0.kind == .person }, "\(german.entities)")
        let english = Self.facts(["Title", "\"Prices will rise,\" Consumer Reports said."], language: .english)
        #expect(!english.entities.contains { $0.kind == .person }, "\(english.entities)")
        // A medium's name and a German person noun before a surname are no given name and surname.
        let medium = Self.facts(["Title", "\"Prices will rise,\" Cadena Quel radio said."], language: .english)
        #expect(!medium.entities.contains { $0.kind == .person }, "\(medium.entities)")
        let noun = Self.facts(["Titel", "Die Jagd sei grausam, sagte Jagdethiker Quembeck."], language: .german)
        #expect(!noun.entities.contains { $0.kind == .person }, "\(noun.entities)")
        // A capitalised pair far from the cue is no sure speaker.
        let far = Self.facts(
            ["Titel", "Die Preise steigen, sagte am Montag in der Stadt Taviro Quembeck."], language: .german)
        #expect(!far.entities.contains { $0.kind == .person }, "\(far.entities)")
    }
}
