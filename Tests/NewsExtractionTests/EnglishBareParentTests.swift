import NewsModel
import Testing

@testable import NewsExtraction

/// "X said its parent Y …", "… profits at parent Y": a parent or owner named right after a pronoun or a preposition
/// holds the company the sentence is about; not when the pronoun's party is not named in the sentence. Invented
/// names only.
@Suite struct EnglishBareParentTests {
    private func stakes(_ text: String, _ companies: [String]) -> [String] { DealFixture.englishStakes(text, companies) }

    @Test func pronounBeforeParent() {
        let found = stakes("Marvella AG said its parent Ostrander Corp would pay the bill.", ["Marvella AG", "Ostrander Corp"])
        #expect(found == ["Ostrander Corp>Marvella AG -"])
    }

    @Test func prepositionBeforeParentOrOwner() {
        let parent = stakes(
            "A slump at luxury car maker Marvella AG has prompted a big drop in profits at parent Ostrander Corp.",
            ["Marvella AG", "Ostrander Corp"])
        #expect(parent == ["Ostrander Corp>Marvella AG -"])
        let owner = stakes(
            "Strong growth at mobile network Quandra Ltd has helped boost profits at owner Velcom Telecom Inc.",
            ["Quandra Ltd", "Velcom Telecom Inc"])
        #expect(owner == ["Velcom Telecom Inc>Quandra Ltd -"])
    }

    @Test func pronounWhosePartyIsNotInTheSentenceGivesNoHolding() {
        let found = stakes(
            "Tolland Corp reported a loss. The largest provider is tipped to reveal software which would see it competing with its parent company Ostrander Corp.",
            ["Tolland Corp", "Ostrander Corp"])
        #expect(found.isEmpty)
    }
}
