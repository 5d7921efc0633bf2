import NewsModel
import Testing

@Suite struct FactDateTests {
    @Test func parsesIsoDatesToTheirPrecision() {
        #expect(FactDate(iso: "2010")?.precision == .year)
        #expect(FactDate(iso: "1987-03")?.precision == .month)
        #expect(FactDate(iso: "1987-02-26T15:01:01") == FactDate(year: 1987, month: 2, day: 26))
        #expect(FactDate(iso: "1987-13-01") == nil)
        #expect(FactDate(iso: "yesterday") == nil)
    }

    @Test func printsOnlyTheKnownParts() {
        #expect(FactDate(year: 2010).iso == "2010")
        #expect(FactDate(year: 1987, month: 3, day: 2).iso == "1987-03-02")
    }

    @Test func timelinePutsUndatedDealsLast() {
        let evidence = Evidence(articleID: "a", sentence: "s", range: TextRange(start: 0, end: 1))
        let target = EntityRef(id: "t", name: "T")
        let undated = Deal(kind: .acquisition, acquirer: nil, target: target, status: .announced, evidence: evidence)
        var late = undated
        late.date = FactDate(year: 2015)
        var early = undated
        early.date = FactDate(year: 1987, month: 3)
        #expect(DealTimeline.ordered([undated, late, early]).map(\.date) == [early.date, late.date, nil])
    }
}
