import NewsExtraction
import NewsModel
import Testing

/// Builds documents and hand-made entity tables for the deal, stake, number and date tests, so that the
/// fact rules can be tested without the entity recogniser.
enum DealFixture {
    /// A document from paragraphs separated by blank lines; the first paragraph is the title.
    static func document(_ text: String, _ language: Language, date: String? = nil) -> Document {
        let paragraphs = text.components(separatedBy: "\n\n")
        let article = Article(id: "test", title: paragraphs[0], paragraphs: paragraphs, date: date, language: language)
        return TextPreparer().prepare(article)
    }

    /// Marks every occurrence of the given names as mentions. `aliases` maps another surface form to
    /// its name. A mention's token runs on over letters, digits, hyphens and apostrophes ("X-Tochter",
    /// "Xs", "X's").
    static func table(_ document: Document, companies: [String], people: [String] = [], places: [String] = [], aliases: [String: String] = [:]) -> EntityTable {
        var entities: [Entity] = []
        var ids: [String: String] = [:]
        func kind(_ name: String) -> EntityKind { people.contains(name) ? .person : places.contains(name) ? .place : .company }
        for (number, name) in (companies + people + places).enumerated() {
            let id = "e\(number)"
            ids[name] = id
            entities.append(Entity(id: id, name: name, kind: kind(name)))
        }
        var forms = (companies + people + places).map { ($0, $0) }
        forms += aliases.map { ($0.key, $0.value) }
        forms.sort { $0.0.count > $1.0.count }
        let scalars = document.scalars
        var taken = [Bool](repeating: false, count: scalars.count)
        var mentions: [EntityMention] = []
        for (form, name) in forms {
            let pattern = Array(form.unicodeScalars)
            guard let id = ids[name], !pattern.isEmpty, scalars.count >= pattern.count else { continue }
            var start = 0
            while start + pattern.count <= scalars.count {
                let end = start + pattern.count
                let matches = Array(scalars[start..<end]) == pattern && !taken[start]
                    && (start == 0 || !isWord(scalars[start - 1]))
                if matches {
                    var tokenEnd = end
                    while tokenEnd < scalars.count, isWord(scalars[tokenEnd]) || "-'’".unicodeScalars.contains(scalars[tokenEnd]) {
                        tokenEnd += 1
                    }
                    let kind = kind(name)
                    let sentence = document.sentenceIndex(containing: start) ?? 0
                    mentions.append(
                        EntityMention(
                            entity: id, kind: kind, range: TextRange(start: start, end: end),
                            tokenRange: TextRange(start: start, end: tokenEnd), sentence: sentence, surface: form))
                    for position in start..<end { taken[position] = true }
                    start = end
                } else {
                    start += 1
                }
            }
        }
        return EntityTable(entities: entities, mentions: mentions)
    }

    /// The stakes of an English text after a headline paragraph, as summaries ("Holder>Company percent"), with the
    /// given companies as the only entities.
    static func englishStakes(_ text: String, _ companies: [String]) -> [String] {
        facts("Headline\n\n" + text, .english, companies: companies).stakes.map(\.summary)
    }

    /// The deals and stakes of a text, with the given names as the only entities.
    static func facts(
        _ text: String, _ language: Language, companies: [String], people: [String] = [], places: [String] = [],
        aliases: [String: String] = [:], date: String? = nil
    ) -> (deals: [Deal], stakes: [Stake]) {
        let document = document(text, language, date: date)
        let table = table(document, companies: companies, people: people, places: places, aliases: aliases)
        let extractor = DealExtractor()
        let deals = extractor.deals(in: document, entities: table)
        return (deals, extractor.stakes(in: document, entities: table, deals: deals))
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
}

extension Deal {
    /// "kind acquirer>target seller percent", for compact assertions.
    var summary: String {
        "\(kind.rawValue) \(acquirer?.name ?? "-")>\(target.name) from \(seller?.name ?? "-") \(percent.map { "\($0)" } ?? "-")"
    }
}

extension Stake {
    /// "holder>company percent", for compact assertions.
    var summary: String { "\(holder.name)>\(company.name) \(percent.map { "\($0)" } ?? "-")" }
}

@Suite struct DealHelperTests {
    @Test func marksNamesAndTheirCompounds() {
        let document = DealFixture.document("Die Acme-Tochter Brix wächst.", .german)
        let table = DealFixture.table(document, companies: ["Acme", "Brix"])
        #expect(table.mentions.count == 2)
        #expect(document.slice(table.mentions[0].tokenRange) == "Acme-Tochter")
    }
}
