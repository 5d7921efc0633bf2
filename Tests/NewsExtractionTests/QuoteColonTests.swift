import Foundation
import NewsExtraction
import NewsModel
import Testing

/// Reported speech after a colon that follows a speech cue, without quotation marks: "…, sagte X:
/// Ein neuer Anfang ist nötig.", "bezeichnete X als Y: …", "X told Reuters: …"; colons of
/// headlines, passives and verbs with objects introduce no quote.
@Suite struct QuoteColonTests {
    static func facts(_ paragraphs: [String], language: Language) -> ArticleFacts {
        let article = Article(id: "c", title: paragraphs[0], paragraphs: paragraphs, language: language)
        return RuleBasedExtractor().extract(from: article)
    }

    @Test func germanColonAfterAnInvertedAttribution() throws {
        let facts = Self.facts(
            ["Titel", "Der Landesrat Markus Quellwitz kritisierte den Plan.",
             "Das Gezerre muss ein Ende haben, sagte Quellwitz: Ein neuer Anfang und neue Regeln sind nötig."],
            language: .german)
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("Ein neuer Anfang") }, "\(facts.quotes)")
        #expect(quote.text == "Ein neuer Anfang und neue Regeln sind nötig")
        #expect(quote.speaker?.name == "Markus Quellwitz")
        #expect(!quote.direct)
    }

    @Test func germanBezeichneteAlsWithAColon() throws {
        let facts = Self.facts(
            ["Titel", "Der Künstler Markus Quellwitz hatte die Domain gekauft.",
             "Die Seite bezeichnete Quellwitz als Kunstprojekt: Im Sinne der Lage schien es mir notwendig, etwas zu tun."],
            language: .german)
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("Im Sinne") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Markus Quellwitz")
    }

    @Test func germanSecondVerbContinuesTheSpeaker() throws {
        let facts = Self.facts(
            ["Titel",
             "Das könne er nur schwer mittragen, meinte der Abgeordnete Markus Quellwitz, betonte aber gleichzeitig: Das ist kein schlechter Vorschlag."],
            language: .german)
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("Das ist kein") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Markus Quellwitz")
    }

    @Test func germanLongOpeningClauseAndAQuotedPhraseEndingTheStatement() throws {
        let facts = Self.facts(
            ["Titel", "Der Gutachter Markus Quellwitz legte am Montag seinen Bericht vor.",
             "Der Gutachter kritisierte den Vertrag ebenso wie die Haltung der Landesregierung in seinem Bericht in scharfer Form: "
                + "Der Vertrag beschränke den Wettbewerb und die Landesregierung betreibe eine „zu enge und lebensferne Auslegung, "
                + "die keine zwingenden Gründe für sich nennen könne“."],
            language: .german)
        let statement = try #require(facts.quotes.first { $0.text.hasPrefix("Der Vertrag beschränke") }, "\(facts.quotes)")
        #expect(statement.speaker?.name == "Markus Quellwitz")
        #expect(!statement.direct)
        let phrase = try #require(facts.quotes.first { $0.direct && $0.text.hasPrefix("zu enge") }, "\(facts.quotes)")
        #expect(phrase.speaker?.name == "Markus Quellwitz", "\(phrase)")
    }

    @Test func germanLongClauseWithoutAnOpeningCueIntroducesNoQuote() {
        let facts = Self.facts(
            ["Titel", "Der Bericht über die Lage der Branche im Norden und im Süden des Landes im vergangenen Jahr hat zwei Teile: "
                + "Die Preise steigen weiter und die Löhne sinken."],
            language: .german)
        #expect(facts.quotes.isEmpty, "\(facts.quotes)")
    }

    @Test func germanColonsThatIntroduceNoQuote() {
        let facts = Self.facts(
            ["Titel", "Der Läufer Markus Quellwitz schrieb damit Geschichte: Vor ihm hatte noch niemand beide Rennen gewonnen.",
             "Als Kind wurde mir immer gesagt: Lass nie die Sonne über dem Zorn untergehen.",
             "Das lässt sich so zusammenfassen: Die Preise steigen weiter."],
            language: .german)
        #expect(facts.quotes.isEmpty, "\(facts.quotes)")
    }

    @Test func englishColonAfterToldWithoutMarks() throws {
        let facts = Self.facts(
            ["Title", "Dale Pembrook, chief executive of Harlow Widgets, spoke on Monday.",
             "The bid is too low, Pembrook said: the board will meet again in May to review other offers."],
            language: .english)
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("the board") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Dale Pembrook")
    }
}

/// "Asked about X, he said: …" and "Auf die Frage, ob …, sagte sie: …" frame a question; the
/// frame is not what the speaker said, the words after the colon are.
@Suite struct QuoteQuestionFrameTests {
    @Test func englishAskedFrameIsNoQuote() throws {
        let facts = QuoteColonTests.facts(
            ["Title", "Oil prices will recover, energy minister Tamwin Orrowby said on Monday.",
             "Asked about the prospect for oil prices, Orrowby said: \"I think they will stabilise around 18 dlrs this year.\""],
            language: .english)
        #expect(!facts.quotes.contains { $0.text.hasPrefix("Asked") }, "\(facts.quotes)")
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("I think") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Tamwin Orrowby")
    }

    @Test func germanAufDieFrageIsNoQuote() throws {
        let facts = QuoteColonTests.facts(
            ["Titel", "Der Minister Markus Quellwitz besuchte am Montag das Werk.",
             "Auf die Frage, ob das Werk bleibe, sagte Quellwitz: Das ist noch nicht entschieden."],
            language: .german)
        #expect(!facts.quotes.contains { $0.text.hasPrefix("Auf die Frage") }, "\(facts.quotes)")
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("Das ist noch") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Markus Quellwitz")
    }
}
