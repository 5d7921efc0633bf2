import NewsModel
import Testing

/// "in which Y has a quarter stake", "Y holds a half interest in X": a fraction word states the percent.
/// Invented names only.
@Suite struct StakeEnglishFractionStake29Tests {
    private func stakes(_ text: String) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: ["Quorra Exchange", "Zentor Clear", "Brixel Corp"], date: "1987-03-01").stakes.map(\.summary)
    }

    @Test func quarterStakeInARelative() {
        #expect(stakes("Trades are cleared via Zentor Clear, in which Quorra Exchange has a quarter stake.").contains("Quorra Exchange>Zentor Clear 25.0"))
    }

    @Test func halfInterestAfterTheVerb() {
        #expect(stakes("Brixel Corp said it holds a half interest in Zentor Clear.").contains("Brixel Corp>Zentor Clear 50.0"))
    }

    @Test func aFractionOfSomethingElseIsNoPercent() {
        // "half of its stake": a part of a holding, not the holding's percent.
        #expect(!stakes("Brixel Corp said it holds half of its stake in Zentor Clear.").contains("Brixel Corp>Zentor Clear 50.0"))
    }
}
