import NewsModel
import Testing

@testable import NewsExtraction

/// The speed shortcuts of the quote rules must answer exactly as the lookups they replace.
@Suite("Quote cue heads and organisation names")
struct QuoteCueHeadTests {
    @Test("hasCues(utf8:) answers like cues(for:language:), in both languages")
    func hasCuesAgrees() {
        let lexicon = QuoteLexicon.shared
        let heads = Array(lexicon.germanCues.keys) + Array(lexicon.englishCues.keys)
        let others = ["", "sale", "the", "sagt", "über", "erkla\u{0308}rte", "berichtete.", "SAID", "x", "teilte-mit"]
        for word in heads + others {
            for language in [Language.german, .english] {
                var copy = word
                let fast = copy.withUTF8 { lexicon.hasCues(utf8: $0, language: language) }
                #expect(fast == !lexicon.cues(for: word, language: language).isEmpty, "\(word) \(language)")
            }
        }
    }

    @Test("the tokenizer marks exactly the words that head a cue")
    func tokenizerMarksCueHeads() {
        let lexicon = QuoteLexicon.shared
        for (text, language) in [
            ("Anna Berg said the sale of Quarvel was over, a spokesman told reporters.", Language.english),
            ("Das teilte die Firma mit. „Wir sind zufrieden“, sagte Paul Kern am Montag.", .german),
        ] {
            let document = TextPreparer().prepare(TextTestArticles.article([text], language: language))
            let tokens = QuoteTokenizer.tokens(of: document, lexicon: lexicon)
            var marked: [String] = []
            for token in tokens {
                let expected = token.kind == .word && !lexicon.cues(for: token.lower, language: document.language).isEmpty
                #expect(token.isCueHead == expected, "\(token.lower)")
                if token.isCueHead { marked.append(token.lower) }
            }
            #expect(marked.contains(language == .english ? "said" : "sagte"), "\(marked)")
        }
    }

    @Test("organisation names are split once, companies and organisations only, in table order")
    func organizationNames() {
        let table = EntityTable(entities: [
            Entity(id: "company:quarvel", name: "Quarvel Mining Corp", kind: .company, aliases: ["Quarvel"]),
            Entity(id: "person:annaberg", name: "Anna Berg", kind: .person),
            Entity(id: "organization:brixabank", name: "Brixa-Bank", kind: .organization),
        ])
        let cache = OrganizationNames()
        let names = cache.names(in: table)
        #expect(names.map(\.entity) == ["company:quarvel", "company:quarvel", "organization:brixabank"])
        #expect(names[0].words == ["quarvel", "mining", "corp"])
        #expect(names[0].initials == "qmc")
        #expect(names[2].words == ["brixa", "bank"])
        // Kept: a later call answers from the cache, even for another table.
        #expect(cache.names(in: EntityTable()).count == 3)
    }

    @Test("the addressee prefilter lets every addressee cue through, in any case")
    func addresseeCueInitialsAreKnown() {
        for word in QuoteContext.addresseeCueWords {
            for written in [word, word.capitalized, word.uppercased()] {
                let first = written.unicodeScalars.first!
                #expect(QuoteContext.mayBeAddresseeCue(first: first), "\(written)")
            }
        }
        #expect(!QuoteContext.mayBeAddresseeCue(first: "s"))
        #expect(!QuoteContext.mayBeAddresseeCue(first: "Ü"))
    }

    @Test("the hyphen test on bytes answers like a search of the word")
    func hyphenTestAgrees() {
        for word in ["", "-", "sprecherin", "quarvel-sprecherin", "a-b-c", "ü-chef", "\u{2013}", "längerer-name-mit-bindestrich"] {
            #expect(QuoteLexicon.hasHyphen(word) == word.contains("-"), "\(word)")
        }
    }

    @Test("cue(at:limit:) answers nil off a cue head and for indexes outside the tokens")
    func cueFastPath() {
        let article = TextTestArticles.article(["Anna Berg said the sale of Quarvel was over."], language: .english)
        let document = TextPreparer().prepare(article)
        let context = QuoteContext(document: document, table: EntityTable(), lexicon: .shared)
        let said = try! #require(context.tokens.firstIndex { $0.lower == "said" })
        #expect(context.cue(at: said, limit: context.tokens.count)?.cue.head == "said")
        #expect(context.cue(at: said + 1, limit: context.tokens.count) == nil)
        #expect(context.cue(at: -1, limit: context.tokens.count) == nil)
        #expect(context.cue(at: context.tokens.count, limit: context.tokens.count) == nil)
    }
}
