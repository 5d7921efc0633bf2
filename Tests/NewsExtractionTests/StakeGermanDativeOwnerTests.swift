import NewsModel
import Testing

/// "X gehört der Y (und der Z)": dative owners after "gehört" hold the company named before it;
/// membership ("gehört … an") and past ownership ("gehörte") are no holding.
@Suite struct StakeGermanDativeOwnerTests {
    private func stakes(_ text: String, _ companies: [String]) -> [String] {
        DealFixture.facts("Titel\n\n" + text, .german, companies: companies).stakes.map(\.summary)
    }

    @Test func singleDativeOwner() {
        #expect(stakes("Die Kelvara GmbH gehört der Veltrona AG.", ["Kelvara GmbH", "Veltrona AG"]) == ["Veltrona AG>Kelvara GmbH -"])
    }

    @Test func coordinatedDativeOwners() {
        let found = stakes("Die Kelvara GmbH gehört der Veltrona AG und der Harlow Bank.", ["Kelvara GmbH", "Veltrona AG", "Harlow Bank"])
        #expect(Set(found) == ["Veltrona AG>Kelvara GmbH -", "Harlow Bank>Kelvara GmbH -"], "\(found)")
    }

    @Test func halfEach() {
        let found = stakes("Die Kelvara GmbH gehört je zur Hälfte der Veltrona AG und der Harlow Bank.", ["Kelvara GmbH", "Veltrona AG", "Harlow Bank"])
        #expect(Set(found.map { $0.split(separator: " ").dropLast().joined(separator: " ") }) == ["Veltrona AG>Kelvara GmbH", "Harlow Bank>Kelvara GmbH"], "\(found)")
    }

    @Test func membershipAndPastOwnershipAreNoHolding() {
        #expect(stakes("Die Kelvara GmbH gehört dem Verband der Veltrona AG an.", ["Kelvara GmbH", "Veltrona AG"]).isEmpty)
        #expect(stakes("Die Kelvara GmbH gehörte früher der Veltrona AG.", ["Kelvara GmbH", "Veltrona AG"]).isEmpty)
    }
}
