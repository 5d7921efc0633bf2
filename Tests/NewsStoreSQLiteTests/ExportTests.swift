import Foundation
import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

@Suite struct ExportTests {
    @Test func dumpHoldsEverythingOrOneArticle() throws {
        let store = try ProfileTests.store()
        let all = try store.exportDump(articleID: nil)
        #expect(all.articles.map(\.id) == ["p1", "p2", "p3"])
        #expect(all.deals.count == 1)
        #expect(all.stakes.count == 2)
        #expect(all.quotes.count == 4)
        let marrowind = try #require(all.entities.first { $0.entity.id == "company:marrowind" })
        #expect(marrowind.articleIDs == ["p1", "p2", "p3"])
        #expect(all.entities.count == 7)
        #expect(all.entities.map(\.entity.name) == all.entities.map(\.entity.name).sorted())

        let one = try store.exportDump(articleID: "p2")
        #expect(one.articles.map(\.id) == ["p2"])
        #expect(one.deals.isEmpty)
        #expect(one.stakes.map(\.holder.name) == ["Brightwater"])
        #expect(one.quotes.count == 2)
        #expect(Set(one.entities.map(\.entity.name))
            == ["Kestrel Holdings", "Brightwater", "Mira Tallberg", "Marrowind AG"])
        #expect(one.entities.allSatisfy { $0.articleIDs == ["p2"] })
        #expect(one.quotes.allSatisfy { $0.evidence.articleID == "p2" })

        #expect(try store.exportDump(articleID: "nothing") == ExportDump())
    }

    @Test func dumpFactsUseCanonicalNames() throws {
        let store = try ProfileTests.store()
        let dump = try store.exportDump(articleID: nil)
        let held = try #require(dump.stakes.first { $0.holder.name == "Brightwater" })
        #expect(held.company == EntityRef(id: "company:kestrel", name: "Kestrel Holdings"))
        #expect(held.percent == 10)
    }
}
