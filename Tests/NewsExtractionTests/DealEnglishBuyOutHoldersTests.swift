import NewsModel
import Testing

/// "X is to buy out minority investors in Y": buying out a company's holders is an acquisition of the company;
/// buying holders of no named company in that phrase is none. Invented names only.
@Suite struct DealEnglishBuyOutHoldersTests {
    private func deals(_ text: String) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: ["Kelmar Corp", "Quarvel Group"]).deals.map(\.summary)
    }

    @Test func buyingOutHoldersInACompanyAcquiresIt() {
        #expect(deals("Kelmar Corp is seeking to buy out minority investors in Quarvel Group, its broadcasting subsidiary, for about 5.4 bln dlrs.")
            == ["acquisition Kelmar Corp>Quarvel Group from - -"])
        #expect(deals("Kelmar Corp will spend 578 mln euros on buying out minority shareholders in data services provider Quarvel Group.")
            == ["acquisition Kelmar Corp>Quarvel Group from - -"])
    }

    @Test func holdersWithoutBuyingOutAreNoTarget() {
        #expect(deals("Kelmar Corp will meet minority investors in Quarvel Group next week.").isEmpty)
    }
}
