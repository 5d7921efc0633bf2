import NewsEvaluation
import NewsModel
import Testing

@Suite struct ComparableFactsTests {
    @Test func convertsExtractorOutputAndLeavesPlacesOut() {
        let alibaba = Entity(id: "e1", name: "Alibaba Group", kind: .company, aliases: ["Alibabas"])
        let china = Entity(id: "e2", name: "China", kind: .place)
        let ma = Entity(id: "e3", name: "Jack Ma", kind: .person, aliases: ["Ma"])
        let sky = Entity(id: "e4", name: "OpenSky", kind: .company)
        let facts = ArticleFacts(
            entities: [alibaba, china, ma, sky],
            deals: [Deal(kind: .stake, acquirer: EntityRef(id: "e1", name: "Alibaba Group"), target: EntityRef(id: "e4", name: "OpenSky"), percent: 37.6, status: .completed, evidence: Make.evidence())],
            stakes: [Stake(holder: EntityRef(id: "e1", name: "Alibaba Group"), company: EntityRef(id: "e4", name: "OpenSky"), evidence: Make.evidence())],
            quotes: [Quote(speaker: EntityRef(id: "e3", name: "Jack Ma"), text: "Wir wollen mehr", direct: true, range: TextRange(start: 0, end: 3), evidence: Make.evidence())])
        let comparable = ComparableFacts(facts)
        #expect(comparable.entities.map(\.names) == [["Alibaba Group", "Alibabas"], ["Jack Ma", "Ma"], ["OpenSky"]])
        #expect(comparable.entities.map(\.kind) == [.organization, .person, .organization])
        #expect(comparable.deals.first?.acquirer?.keys == ["alibaba", "alibabas"])
        #expect(comparable.deals.first?.percent == 37.6)
        #expect(comparable.stakes.first?.company.keys == ["opensky"])
        #expect(comparable.quotes.first?.speaker?.keys == ["jackma", "ma"])
        #expect(comparable.quotes.first?.words == ["wir", "wollen", "mehr"])
    }

    @Test func aReferenceToAnUnknownEntityKeepsItsOwnName() {
        let facts = ArticleFacts(stakes: [Stake(holder: EntityRef(id: "x", name: "Acme Inc"), company: EntityRef(id: "y", name: "Beta"), evidence: Make.evidence())])
        #expect(ComparableFacts(facts).stakes.first?.holder.keys == ["acme"])
    }
}
