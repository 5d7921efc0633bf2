import Foundation
import NewsExtraction
import NewsModel
import Testing

/// Who speaks when the speaker slot holds no known name: media the entity stage missed, unnamed
/// groups, names before an apposition, roles and pronouns that go on with the sentence or quote
/// before. All names are invented.
@Suite struct QuoteSpeakerSlotTests {
    static func facts(_ paragraphs: [String], language: Language = .english) -> ArticleFacts {
        let article = Article(id: "s", title: paragraphs[0], paragraphs: paragraphs, language: language)
        return RuleBasedExtractor().extract(from: article)
    }

    static func speaker(of text: String, in facts: ArticleFacts) -> String?? {
        facts.quotes.first { $0.text.contains(text) }.map { $0.speaker?.name }
    }

    @Test func mediumNamedAtTheCueBecomesAnOrganization() throws {
        for (sentence, name) in [
            ("The bank will cut 500 jobs, the Quillton Times reported.", "Quillton Times"),
            ("The bank will cut 500 jobs, Zarvo Radio said.", "Zarvo Radio"),
            ("The bank would cut 500 jobs, the Harwick Daily News said on Monday.", "Harwick Daily News"),
            ("The Dunmore Post reported that the bank would cut 500 jobs.", "Dunmore Post"),
            ("Zimbabwe will cut 500 jobs in the mines, Harare Radio reported today.", "Harare Radio"),
        ] {
            let facts = Self.facts(["Title", sentence])
            let medium = try #require(facts.entities.first { $0.name == name }, "\(sentence): \(facts.entities.map(\.name))")
            #expect(medium.kind == .organization)
            #expect(facts.quotes.count == 1, "\(sentence): \(facts.quotes)")
            #expect(facts.quotes.first?.speaker?.id == medium.id, "\(sentence): \(facts.quotes)")
        }
        let german = Self.facts(
            ["Titel", "Die Bank werde 500 Stellen streichen, berichtete die Harlinger Zeitung am Dienstag."],
            language: .german)
        #expect(german.quotes.first?.speaker?.name == "Harlinger Zeitung", "\(german.quotes)")
    }

    @Test func mediumSpokenToOrGenericIsNoSpeaker() {
        let told = Self.facts(["Title", "Karl Umber, the bank's chief, told the Dunmore Post that the bank would cut 500 jobs."])
        #expect(told.quotes.first?.speaker?.name == "Karl Umber", "\(told.quotes)")
        let direct = Self.facts(["Title", "\"We will cut jobs,\" the company told the Dunmore Post."])
        #expect(direct.quotes.allSatisfy { $0.speaker?.name != "Dunmore Post" }, "\(direct.quotes)")
        // "The Radio" alone names no medium.
        let generic = Self.facts(["Title", "The Radio, monitored in Lagos, said farming had been disrupted in the east."])
        #expect(!generic.entities.contains { $0.name == "Radio" }, "\(generic.entities)")
    }

    @Test func unnamedGroupAtTheCueSpeaksNotTheCompanyNamedElsewhere() {
        let clause = Self.facts(
            ["Title", "Although the plan needs the approval of the Harlow Ministry, economists said the budget would grow next year."])
        #expect(Self.speaker(of: "the budget would grow", in: clause) == .some(nil), "\(clause.quotes)")
        let polled = Self.facts(["Title", "Economists polled by Brimlow Wire said rates would fall in March."])
        #expect(Self.speaker(of: "rates would fall", in: polled) == .some(nil), "\(polled.quotes)")
    }

    @Test func nameBeforeAnAppositionAtTheSentenceStartIsAPerson() throws {
        for (sentence, name) in [
            ("Tarquin Obel, chairman of the party's policy council, said yesterday the government must stick to its target.", "Tarquin Obel"),
            ("Mirek Haldane, 54, said rates would fall.", "Mirek Haldane"),
            ("\"There is a whiff of a sweetener,\" Anais Quellmor, an analyst at Brimlow, told the Dunmore Post.", "Anais Quellmor"),
        ] {
            let facts = Self.facts(["Title", sentence])
            let person = try #require(facts.entities.first { $0.name == name }, "\(facts.entities.map(\.name))")
            #expect(person.kind == .person)
            #expect(facts.quotes.first?.speaker?.id == person.id, "\(facts.quotes)")
        }
    }

    @Test func organizationNamedAtTheCueBecomesAnOrganization() throws {
        let facts = Self.facts(["Title", "The Tinsmiths Union said the new offer contained the same demands."])
        let union = try #require(facts.entities.first { $0.name == "Tinsmiths Union" }, "\(facts.entities.map(\.name))")
        #expect(facts.quotes.first?.speaker?.id == union.id, "\(facts.quotes)")
        let after = Self.facts(["Title", "Wheat prices rose 10 pct last week, said the Brimlow Grain Exchange."])
        let exchange = try #require(after.entities.first { $0.name == "Brimlow Grain Exchange" }, "\(after.entities.map(\.name))")
        #expect(exchange.kind == .organization)
        #expect(after.quotes.first?.speaker?.id == exchange.id, "\(after.quotes)")
    }

    @Test func definiteRoleGoesOnWithThePreviousSentencesSubject() {
        let facts = Self.facts(
            ["Title", "Dorian Vell has launched an attack on the plans.",
             "The prime minister has told a party gathering that the plans would cause failure."])
        #expect(Self.speaker(of: "the plans would cause failure", in: facts) == "Dorian Vell", "\(facts.quotes)")
    }

    @Test func pronounAfterItsContentIsNotThePersonNamedInIt() {
        let facts = Self.facts(
            ["Title", "Maris Quellen unveiled the slogan on Monday. \"People want change,\" he declared.",
             "Nobody, he claimed, could picture Dorian Vell winning. And Dorian Vell would be in the front line of that campaign, he said."])
        #expect(Self.speaker(of: "front line of that campaign", in: facts) == "Maris Quellen", "\(facts.quotes)")
        // German: "…, sagte er" after a content that names another man.
        let german = Self.facts(
            ["Titel", "Tobias Quell sprach am Montag in Bonn. Jonas Brell werde die Liste anführen, sagte er."],
            language: .german)
        #expect(Self.speaker(of: "Liste anführen", in: german) == "Tobias Quell", "\(german.quotes)")
    }

    @Test func pronounOfTheOtherGenderDoesNotContinueTheQuoteBefore() {
        let facts = Self.facts(
            ["Title", "Maria Solvay arrived early. \"It is lovely to be here,\" she told reporters.",
             "The crowd cheered Tomas Grell. \"It is very loud,\" he said."])
        #expect(Self.speaker(of: "It is very loud", in: facts) == "Tomas Grell", "\(facts.quotes)")
    }

    @Test func passiveToldAndSourcePhrasesAreNoQuotes() {
        let passive = Self.facts(["Title", "Kallum Drey was arrested on Wednesday. He was told he would not be able to leave his home."])
        #expect(passive.quotes.isEmpty, "\(passive.quotes)")
        let source = Self.facts(
            ["Title", "Tarquin Obel spoke to reporters.",
             "According to an advance text released by officials, he told delegates: \"We must all show unity.\""])
        #expect(!source.quotes.contains { $0.text.hasPrefix("According to") }, "\(source.quotes)")
    }

    @Test func promisedAndConcludedAttributeAQuote() {
        let facts = Self.facts(
            ["Title", "Horace Plimm spoke on Friday. \"Between now and the election we will be travelling,\" he promised."])
        #expect(Self.speaker(of: "Between now and the election", in: facts) == "Horace Plimm", "\(facts.quotes)")
        let concluded = Self.facts(["Title", "\"The public face a choice,\" Horace Plimm concluded."])
        #expect(Self.speaker(of: "The public face a choice", in: concluded) == "Horace Plimm", "\(concluded.quotes)")
    }
}
