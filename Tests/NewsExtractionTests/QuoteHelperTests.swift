import NewsExtraction
import NewsModel
import Testing

/// Builds documents and hand-made entity tables for the quote tests, so that the quote rules can be
/// tested without the entity recognizer.
enum QuoteFixture {
    /// A person of the hand-made table: full name, role, organisation name.
    struct Person {
        var name: String
        var role: String?
        var organization: String?
    }

    /// Prepares `text` (paragraphs separated by blank lines, the first is the title) and extracts
    /// its quotes with a table that holds `people` (found by full name and surname) and `companies`.
    static func quotes(
        _ text: String, language: Language, people: [Person] = [], companies: [String] = []
    ) -> [Quote] {
        let (document, table) = prepare(text, language: language, people: people, companies: companies)
        return QuoteExtractor().quotes(in: document, entities: table)
    }

    /// The document and the hand-made table.
    static func prepare(
        _ text: String, language: Language, people: [Person], companies: [String]
    ) -> (Document, EntityTable) {
        let paragraphs = text.components(separatedBy: "\n\n")
        let article = Article(
            id: "test", title: paragraphs.first ?? "", paragraphs: paragraphs, language: language)
        let document = TextPreparer().prepare(article)
        var entities: [Entity] = []
        var forms: [(form: String, id: String, kind: EntityKind)] = []
        for (number, company) in companies.enumerated() {
            let id = "c\(number)"
            entities.append(Entity(id: id, name: company, kind: .company))
            forms.append((company, id, .company))
        }
        for (number, person) in people.enumerated() {
            let id = "p\(number)"
            let organization = person.organization.flatMap { name in
                entities.first { $0.name == name }.map { EntityRef(id: $0.id, name: $0.name) }
            }
            let surname = String(person.name.split(separator: " ").last ?? "")
            entities.append(
                Entity(
                    id: id, name: person.name, kind: .person, aliases: [surname], role: person.role,
                    organization: organization))
            forms.append((person.name, id, .person))
            forms.append((surname, id, .person))
        }
        forms.sort { $0.form.unicodeScalars.count > $1.form.unicodeScalars.count }
        let scalars = document.scalars
        var taken = [Bool](repeating: false, count: scalars.count)
        var mentions: [EntityMention] = []
        for (form, id, kind) in forms {
            let pattern = Array(form.unicodeScalars)
            guard !pattern.isEmpty, pattern.count <= scalars.count else { continue }
            for start in 0...(scalars.count - pattern.count) {
                guard Array(scalars[start..<(start + pattern.count)]) == pattern else { continue }
                let end = start + pattern.count
                let beforeOK = start == 0 || !scalars[start - 1].properties.isAlphabetic
                let afterOK =
                    end == scalars.count || !scalars[end].properties.isAlphabetic || scalars[end] == "s"
                guard beforeOK, afterOK, !taken[start..<end].contains(true) else { continue }
                for offset in start..<end { taken[offset] = true }
                // A compound "X-Sprecherin": the token runs on, and its tail is a role.
                var tokenEnd = end
                var role: String?
                if end < scalars.count, scalars[end] == "-" {
                    tokenEnd = end + 1
                    while tokenEnd < scalars.count, scalars[tokenEnd].properties.isAlphabetic { tokenEnd += 1 }
                    role = document.slice(TextRange(start: end + 1, end: tokenEnd))
                }
                mentions.append(
                    EntityMention(
                        entity: id, kind: kind, range: TextRange(start: start, end: end),
                        tokenRange: TextRange(start: start, end: tokenEnd),
                        sentence: document.sentenceIndex(containing: start) ?? 0,
                        surface: document.slice(TextRange(start: start, end: end)), role: role))
            }
        }
        return (document, EntityTable(entities: entities, mentions: mentions))
    }
}

/// Words of a text, lower-cased, without punctuation: for comparing quote texts.
func quoteWords(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
}

@Suite struct QuoteHelperTests {
    @Test func findsMentionsByFullNameAndSurname() {
        let (_, table) = QuoteFixture.prepare(
            "Titel\n\nAnna Berg kam. Berg ging.", language: .german,
            people: [.init(name: "Anna Berg")], companies: [])
        #expect(table.mentions.count == 2)
        #expect(table.mentions.allSatisfy { $0.entity == "p0" })
    }
}
