import Foundation
import NewsExtraction
import NewsModel
import Testing
import TestSupport

/// The quotes of the seed article, from general rules and a hand-made entity table.
@Suite struct SeedQuotesTests {
    static func seedQuotes() throws -> [Quote] {
        let raw = try String(contentsOf: Fixtures.seedFile, encoding: .utf8)
        let text = raw.components(separatedBy: "\n\n").filter { !$0.isEmpty }.joined(separator: "\n\n")
        return QuoteFixture.quotes(
            text, language: .german,
            people: [
                .init(name: "Jack Ma", role: "Gründer", organization: "Alibaba"),
                .init(name: "Abbygail Reyes", role: "Sprecherin", organization: "11 Main"),
            ],
            companies: ["Alibaba", "11 Main", "OpenSky", "Auctiva", "Vendio", "eBay", "Wall Street Journal"])
    }

    static func find(_ quotes: [Quote], _ start: String) -> Quote? {
        let words = quoteWords(start)
        return quotes.first { Array(quoteWords($0.text).prefix(words.count)) == words }
    }

    @Test func directQuoteOfTheFounder() throws {
        let quotes = try Self.seedQuotes()
        let quote = try #require(Self.find(quotes, "Wir wollen 40 Prozent"))
        #expect(quote.direct)
        #expect(quote.speaker?.name == "Jack Ma")
        #expect(quote.text == "Wir wollen 40 Prozent unseres Geschäfts in Übersee machen, bislang sind es zwei Prozent")
        #expect(quote.organization?.name == "Alibaba")
        #expect(quote.role == "Gründer")
    }

    @Test func reportedStatementsOfTheFounder() throws {
        let quotes = try Self.seedQuotes()
        let first = try #require(Self.find(quotes, "dass man aktuell kein Interesse"))
        #expect(!first.direct)
        #expect(first.speaker?.name == "Jack Ma")
        #expect(first.text == "dass man aktuell kein Interesse daran habe, in den USA um Marktanteile zu kämpfen")
        let second = try #require(Self.find(quotes, "dass man sehr viel mehr Wert"))
        #expect(second.speaker?.name == "Jack Ma")
        #expect(!second.direct)
    }

    @Test func reportedStatementsOfTheSpokeswoman() throws {
        let quotes = try Self.seedQuotes()
        let first = try #require(Self.find(quotes, "dass es auf dem Marktplatz"))
        #expect(first.speaker?.name == "Abbygail Reyes")
        #expect(first.role == "Sprecherin")
        #expect(first.organization?.name == "11 Main")
        #expect(first.text.hasSuffix("neue Verkäufer registrieren würde"))
        let second = try #require(Self.find(quotes, "Auch die beiden ehemaligen Tools"))
        #expect(second.speaker?.name == "Abbygail Reyes")
        #expect(!second.direct)
        #expect(second.text.hasSuffix("Kern-Tools für das Unternehmen"))
    }

    @Test func unnamedSourceKeepsItsDescription() throws {
        let quotes = try Self.seedQuotes()
        let quote = try #require(Self.find(quotes, "dass zumindest auf kurze Sicht"))
        #expect(quote.speaker == nil)
        #expect(quote.speakerDescription == "Eine Person, die mit der Angelegenheit vertraut ist")
        #expect(!quote.direct)
    }

    @Test func rangesPointAtTheQuoteInTheArticle() throws {
        let raw = try String(contentsOf: Fixtures.seedFile, encoding: .utf8)
        let text = raw.components(separatedBy: "\n\n").filter { !$0.isEmpty }.joined(separator: "\n\n")
        for quote in try Self.seedQuotes() {
            #expect(text.substring(in: quote.range).hasPrefix(String(quote.text.prefix(20))))
            #expect(quote.evidence.sentence.contains(String(quote.text.prefix(20))))
        }
    }

    @Test func noOtherQuotes() throws {
        let quotes = try Self.seedQuotes()
        #expect(quotes.count == 6)
    }
}

/// The seed quotes through the whole pipeline (real entity recognizer), not a hand-made table.
@Suite struct SeedQuotesPipelineTests {
    @Test func pipelineFindsTheSeedQuotes() throws {
        let raw = try String(contentsOf: Fixtures.seedFile, encoding: .utf8)
        let paragraphs = raw.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        let article = Article(id: "seed", title: paragraphs[0], paragraphs: paragraphs, language: .german)
        let quotes = RuleBasedExtractor().extract(from: article).quotes
        let direct = try #require(SeedQuotesTests.find(quotes, "Wir wollen 40 Prozent"))
        #expect(direct.direct && direct.speaker?.name == "Jack Ma")
        let reported = try #require(SeedQuotesTests.find(quotes, "dass man aktuell kein Interesse"))
        #expect(!reported.direct && reported.speaker?.name == "Jack Ma")
        let byPronoun = try #require(SeedQuotesTests.find(quotes, "dass man sehr viel mehr Wert"))
        #expect(byPronoun.speaker?.name == "Jack Ma")
        for start in ["dass es auf dem Marktplatz", "Auch die beiden ehemaligen Tools"] {
            let quote = try #require(SeedQuotesTests.find(quotes, start))
            #expect(quote.speaker?.name == "Abbygail Reyes")
            #expect(quote.role == "Sprecherin")
        }
        let unnamed = try #require(SeedQuotesTests.find(quotes, "dass zumindest auf kurze Sicht"))
        #expect(unnamed.speaker == nil && unnamed.speakerDescription != nil)
        #expect(quotes.count == 6)
    }
}
