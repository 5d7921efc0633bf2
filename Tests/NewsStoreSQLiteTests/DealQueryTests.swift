import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

@Suite struct DealQueryTests {
    /// Deals in insertion order with their dates, buyers and kinds.
    static let rows: [(date: FactDate?, buyer: String, kind: DealKind)] = [
        (nil, "Ostwind", .acquisition),
        (FactDate(year: 1987, month: 3, day: 2), "Brightwater", .acquisition),
        (FactDate(year: 1987), "Ostwind", .stake),
        (FactDate(year: 1986, month: 11), "Kestrel", .merger),
        (FactDate(year: 1987, month: 3, day: 2), "Ostwind", .acquisition),
        (nil, "Brightwater", .stake),
        (FactDate(year: 1987, month: 3), "Kestrel", .acquisition),
    ]

    static func store() throws -> SQLiteNewsStore {
        let store = try SQLiteNewsStore.inMemory()
        for (index, row) in rows.enumerated() {
            let sentence = "\(row.buyer) deal number \(index) with Target\(index)."
            var fixture = ArticleFixture(id: "d\(index)", paragraphs: [sentence])
            let buyer = fixture.entity(row.buyer)
            let target = fixture.entity("Target\(index)")
            fixture.deal(row.kind, acquirer: buyer, target: target, date: row.date, sentence: sentence)
            try store.save(fixture.article, facts: fixture.facts)
        }
        return store
    }

    /// The expected order: DealTimeline's, computed from the model.
    static func expected(_ keep: (Int) -> Bool) -> [String] {
        let deals = rows.enumerated().filter { keep($0.offset) }.map { index, row in
            Deal(
                kind: row.kind, acquirer: nil, target: EntityRef(id: "\(index)", name: "Target\(index)"),
                date: row.date, status: .announced, evidence: Evidence(articleID: "", sentence: "", range: .init(start: 0, end: 0)))
        }
        return DealTimeline.ordered(deals).map(\.target.name)
    }

    @Test func timelineMatchesDealTimelineOrder() throws {
        let deals = try Self.store().deals(filter: DealFilter(), page: PageRequest())
        #expect(deals.map(\.target.name) == Self.expected { _ in true })
        #expect(deals.map(\.target.name).suffix(2) == ["Target0", "Target5"])
        #expect(deals.first?.target.name == "Target3")
    }

    @Test func pagesSplitTheSameOrder() throws {
        let store = try Self.store()
        let all = try store.deals(filter: DealFilter(), page: PageRequest()).map(\.target.name)
        let first = try store.deals(filter: DealFilter(), page: PageRequest(offset: 0, limit: 3)).map(\.target.name)
        let rest = try store.deals(filter: DealFilter(), page: PageRequest(offset: 3, limit: 10)).map(\.target.name)
        #expect(first + rest == all)
        #expect(first.count == 3)
    }

    @Test func entityFilterMatchesAnyRole() throws {
        let store = try Self.store()
        let ostwind = try #require(try store.searchEntities("Ostwind", limit: 1).first)
        let filter = DealFilter(entity: ostwind.id)
        #expect(try store.dealCount(filter: filter) == 3)
        #expect(try store.deals(filter: filter, page: PageRequest()).map(\.target.name)
            == Self.expected { Self.rows[$0].buyer == "Ostwind" })
        let target = try #require(try store.searchEntities("Target4", limit: 1).first)
        #expect(try store.deals(filter: DealFilter(entity: target.id), page: PageRequest()).map(\.target.name) == ["Target4"])
    }

    @Test func kindFilterAndCombinedFilter() throws {
        let store = try Self.store()
        #expect(try store.dealCount(filter: DealFilter(kinds: [.stake])) == 2)
        #expect(try store.dealCount(filter: DealFilter(kinds: [.stake, .merger])) == 3)
        #expect(try store.deals(filter: DealFilter(kinds: [.acquisition]), page: PageRequest()).map(\.target.name)
            == Self.expected { Self.rows[$0].kind == .acquisition })
        let brightwater = try #require(try store.searchEntities("Brightwater", limit: 1).first)
        let both = DealFilter(entity: brightwater.id, kinds: [.stake])
        #expect(try store.deals(filter: both, page: PageRequest()).map(\.target.name) == ["Target5"])
        #expect(try store.dealCount(filter: DealFilter(entity: "company:nobody")) == 0)
    }
}
