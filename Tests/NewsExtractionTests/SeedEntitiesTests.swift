import Foundation
import NewsExtraction
import NewsModel
import TestSupport
import Testing

/// The seed article's companies, organisations and people, from general rules and data only.
@Suite struct SeedEntitiesTests {
    static func seedArticle() throws -> Article {
        let text = try String(contentsOf: Fixtures.seedFile, encoding: .utf8)
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return Article(id: "000_01e16cab228ac14f", title: paragraphs[0], paragraphs: paragraphs, language: .german)
    }

    static func table() throws -> (Document, EntityTable) {
        let document = TextPreparer().prepare(try seedArticle())
        return (document, EntityRecognizer().recognize(in: document))
    }

    static func entity(_ table: EntityTable, named name: String) -> Entity? {
        table.entities.first { $0.allNames.contains { EntityKey.of($0) == EntityKey.of(name) } }
    }

    @Test func findsTheCompaniesWithTheirAliases() throws {
        let (_, table) = try Self.table()
        let alibaba = try #require(Self.entity(table, named: "Alibaba"))
        #expect(alibaba.kind == .company)
        #expect(alibaba.name == "Alibaba")
        #expect(alibaba.aliases.contains("Alibabas"))
        #expect(alibaba.aliases.contains("Alibaba-Ableger"))
        let main = try #require(Self.entity(table, named: "11 Main"))
        #expect(main.kind == .company)
        #expect(main.name == "11 Main")
        #expect(main.aliases.contains("11Main"))
        for name in ["OpenSky", "Auctiva", "Vendio", "eBay"] {
            let company = try #require(Self.entity(table, named: name), "\(name)")
            #expect(company.kind == .company, "\(name)")
            #expect(company.name == name)
        }
        let journal = try #require(Self.entity(table, named: "Wall Street Journal"))
        #expect(journal.kind == .organization)
    }

    @Test func findsThePeopleWithRolesAndOrganisations() throws {
        let (_, table) = try Self.table()
        let ma = try #require(Self.entity(table, named: "Jack Ma"))
        #expect(ma.kind == .person)
        #expect(ma.role == "Gründer")
        #expect(ma.organization?.name == "Alibaba")
        let reyes = try #require(Self.entity(table, named: "Abbygail Reyes"))
        #expect(reyes.kind == .person)
        #expect(reyes.role == "Sprecherin")
        #expect(reyes.organization?.name == "11 Main")
        #expect(reyes.aliases.contains("Reyes"))
        // "so Reyes weiter" is a mention of her.
        #expect(table.mentions.filter { $0.entity == reyes.id }.count == 2)
    }

    @Test func findsNoOrdinaryWordAsCompany() throws {
        let (_, table) = try Self.table()
        let companies = table.entities.filter { $0.kind == .company || $0.kind == .organization }
        let names = Set(companies.flatMap(\.allNames))
        for word in ["Marktplatz", "Web-Shop", "Chinesen", "Kern-Tools", "Verkäufer", "Listing-Tool", "Markt", "US", "USA",
            "Anteile", "Management", "Webseite", "Person", "Expansionspläne", "Erfolg", "New York", "China", "Tools"]
        {
            #expect(!names.contains(word), "\(word) is not a company")
        }
        #expect(companies.count == 7, "\(companies.map(\.name))")
        #expect(table.entities.filter { $0.kind == .person }.count == 2)
    }

    @Test func mentionsPointAtTheNamePart() throws {
        let (document, table) = try Self.table()
        let article = try Self.seedArticle()
        let alibaba = try #require(Self.entity(table, named: "Alibaba"))
        let mentions = table.mentions.filter { $0.entity == alibaba.id }
        #expect(mentions.count >= 10)
        for mention in mentions {
            #expect(document.slice(mention.range) == "Alibaba")
            #expect(article.text.substring(in: document.originalRange(mention.range)) == "Alibaba")
        }
        let compound = try #require(mentions.first { document.slice($0.tokenRange) == "Alibaba-Gründer" })
        #expect(compound.role == "Gründer")
    }

    @Test func marksTheRepeatedTitles() throws {
        let (document, _) = try Self.table()
        let repeats = document.sentences.filter { $0.repeatOf == 0 }
        #expect(repeats.count == 4)
        #expect(document.language == .german)
    }
}
