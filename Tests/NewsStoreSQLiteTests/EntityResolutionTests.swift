import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

@Suite struct EntityResolutionTests {
    /// Saves one article holding the given entities (each mentioned in its text).
    static func save(
        _ store: SQLiteNewsStore, _ id: String, _ entities: [(String, EntityKind, [String])]
    ) throws -> [EntityRef] {
        var fixture = ArticleFixture(id: id, paragraphs: [entities.map(\.0).joined(separator: " and ") + "."])
        let refs = entities.map { fixture.entity($0.0, $0.1, aliases: $0.2) }
        try store.save(fixture.article, facts: fixture.facts)
        let stored = try store.facts(ofArticle: id).entities
        return refs.map { ref in
            let entity = stored.first { $0.allNames.contains(ref.name) }
            return EntityRef(id: entity?.id ?? "?", name: entity?.name ?? "?")
        }
    }

    @Test func legalFormVariantAndAliasJoinOneEntity() throws {
        let store = try SQLiteNewsStore.inMemory()
        let first = try Self.save(store, "a1", [("Brightwater Inc", .company, [])])
        let second = try Self.save(store, "a2", [("Brightwater", .company, ["Brightwaters"])])
        #expect(first[0].id == second[0].id)
        #expect(second[0].name == "Brightwater Inc")
        #expect(try store.entityCount(kinds: [.company]) == 1)
        let profile = try #require(try store.profile(ofEntity: first[0].id))
        #expect(profile.entity.aliases == ["Brightwater", "Brightwaters"])
        #expect(Set(profile.articles.map(\.id)) == ["a1", "a2"])
        // The merged alias is searchable.
        #expect(try store.searchEntities("brightwaters", limit: 5).map(\.id) == [first[0].id])
    }

    @Test func nameMatchingAStoredAliasJoinsIt() throws {
        let store = try SQLiteNewsStore.inMemory()
        let first = try Self.save(store, "a1", [("Nordlicht Versicherung AG", .company, ["Nordsure"])])
        let second = try Self.save(store, "a2", [("Nordsure", .company, [])])
        #expect(first[0].id == second[0].id)
    }

    @Test func personAndCompanyWithTheSameKeyStayApart() throws {
        let store = try SQLiteNewsStore.inMemory()
        let refs = try Self.save(store, "a1", [("Harlan Vey", .person, []), ("Harlan Vey Inc", .company, [])])
        let more = try Self.save(store, "a2", [("Harlan Vey", .person, []), ("Harlan Vey Inc", .company, [])])
        #expect(refs[0].id != refs[1].id)
        #expect(refs[0].id == more[0].id)
        #expect(refs[1].id == more[1].id)
        #expect(try store.entityCount(kinds: [.person]) == 1)
        #expect(try store.entityCount(kinds: [.company]) == 1)
    }

    @Test func organizationAndCompanyAreCompatible() throws {
        let store = try SQLiteNewsStore.inMemory()
        let first = try Self.save(store, "a1", [("Kestrel Holdings", .company, [])])
        let second = try Self.save(store, "a2", [("Kestrel", .organization, [])])
        #expect(first[0].id == second[0].id)
    }

    @Test func sharedAliasesAloneDoNotMerge() throws {
        let store = try SQLiteNewsStore.inMemory()
        let first = try Self.save(store, "a1", [("Vennmark Bank", .company, ["Vennmark"])])
        let second = try Self.save(store, "a2", [("Vennmark Telecom", .company, ["Vennmark"])])
        #expect(first[0].id != second[0].id)
    }

    @Test func shortAliasesDoNotMergeEverything() throws {
        let store = try SQLiteNewsStore.inMemory()
        let first = try Self.save(store, "a1", [("Alder Quarry Resources", .company, ["AQ"])])
        let second = try Self.save(store, "a2", [("AQ", .company, [])])
        let third = try Self.save(store, "a3", [("Amber Quill", .company, ["AQ"])])
        #expect(Set([first[0].id, second[0].id, third[0].id]).count == 3)
        // But two entities both named by the short name are one.
        let fourth = try Self.save(store, "a4", [("AQ", .company, [])])
        #expect(fourth[0].id == second[0].id)
    }

    @Test func surnameAloneDoesNotJoinAFullName() throws {
        let store = try SQLiteNewsStore.inMemory()
        let first = try Self.save(store, "a1", [("Mira Tallberg", .person, ["Tallberg"])])
        let second = try Self.save(store, "a2", [("Jonas Tallberg", .person, ["Tallberg"])])
        let third = try Self.save(store, "a3", [("Tallberg", .person, [])])
        #expect(Set([first[0].id, second[0].id, third[0].id]).count == 3)
        let again = try Self.save(store, "a4", [("Mira Tallberg", .person, [])])
        #expect(again[0].id == first[0].id)
    }

    @Test func idsAreReadableAndUnique() throws {
        let store = try SQLiteNewsStore.inMemory()
        let refs = try Self.save(store, "a1", [("Harlan Vey", .person, []), ("Harlan Vey Inc", .company, [])])
        #expect(refs[0].id == "person:harlanvey")
        #expect(refs[1].id == "company:harlanvey")
        let place = try Self.save(store, "a2", [("Harlan Vey", .place, [])])
        #expect(place[0].id == "place:harlanvey")
    }

    @Test func twoLocalEntitiesOfOneArticleWithTheSameKeyBecomeOne() throws {
        let store = try SQLiteNewsStore.inMemory()
        let refs = try Self.save(store, "a1", [("Tannery Row Ltd", .company, []), ("Tannery Row", .company, [])])
        #expect(refs[0].id == refs[1].id)
        #expect(try store.entityCount(kinds: []) == 1)
    }

    @Test func dealPartiesAreRewrittenToTheCorpusEntity() throws {
        let store = try SQLiteNewsStore.inMemory()
        _ = try Self.save(store, "a1", [("Brightwater Inc", .company, [])])
        var fixture = ArticleFixture(id: "a2", paragraphs: ["Brightwater bought Kelmora."])
        let buyer = fixture.entity("Brightwater")
        let target = fixture.entity("Kelmora")
        fixture.deal(.acquisition, acquirer: buyer, target: target, sentence: "Brightwater bought Kelmora.")
        try store.save(fixture.article, facts: fixture.facts)
        let deal = try #require(try store.deals(filter: DealFilter(), page: PageRequest()).first)
        #expect(deal.acquirer == EntityRef(id: "company:brightwater", name: "Brightwater Inc"))
        #expect(try store.searchEntities("Brightwater", limit: 1).first?.dealCount == 1)
    }

    @Test func latestRoleAndOrganisationOfAPersonWin() throws {
        let store = try SQLiteNewsStore.inMemory()
        var first = ArticleFixture(id: "r1", paragraphs: ["Ivo Renk of Kestrel spoke."])
        let kestrel = first.entity("Kestrel")
        first.entity("Ivo Renk", .person, role: "chief executive", organization: kestrel)
        try store.save(first.article, facts: first.facts)
        var second = ArticleFixture(id: "r2", paragraphs: ["Ivo Renk, now chairman of Tarnberg AG, spoke."])
        let tarnberg = second.entity("Tarnberg AG")
        second.entity("Ivo Renk", .person, role: "chairman", organization: tarnberg)
        try store.save(second.article, facts: second.facts)
        var third = ArticleFixture(id: "r3", paragraphs: ["Ivo Renk spoke again."])
        third.entity("Ivo Renk", .person)
        try store.save(third.article, facts: third.facts)

        let renk = try #require(try store.profile(ofEntity: "person:ivorenk"))
        #expect(renk.entity.role == "chairman")
        #expect(renk.entity.organization == EntityRef(id: "company:tarnberg", name: "Tarnberg AG"))
        #expect(try store.profile(ofEntity: "company:tarnberg")?.people.map(\.name) == ["Ivo Renk"])
        #expect(try store.profile(ofEntity: "company:kestrel")?.people.isEmpty == true)
    }
}
