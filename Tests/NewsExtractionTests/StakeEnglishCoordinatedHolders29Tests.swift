import NewsModel
import Testing

/// "A and B, who own a 29 pct stake in X": both coordinated names hold the stake, when they are of the same kind
/// and no preposition governs the first. Invented names only.
@Suite struct StakeEnglishCoordinatedHolders29Tests {
    private func stakes(_ text: String, companies: [String] = [], people: [String] = []) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, people: people, places: [], date: "1987-03-01")
            .stakes.map(\.summary)
    }

    @Test func twoPeopleWhoOwnAStake() {
        let found = stakes("Irish investors Harlan Voss and Derek Malby, who own a 29 pct stake in Tarlen United Plc, will reject any offer.",
            companies: ["Tarlen United Plc"], people: ["Harlan Voss", "Derek Malby"])
        #expect(found.contains("Derek Malby>Tarlen United Plc 29.0"))
        #expect(found.contains("Harlan Voss>Tarlen United Plc 29.0"))
    }

    @Test func twoCompaniesWhichJointlyHoldAStake() {
        let found = stakes("Brixel Corp and Quorra Inc, which jointly hold a 40 pct stake in Zentor Inc, said they would sell.",
            companies: ["Brixel Corp", "Quorra Inc", "Zentor Inc"])
        #expect(found.contains("Quorra Inc>Zentor Inc 40.0"))
        #expect(found.contains("Brixel Corp>Zentor Inc 40.0"))
    }

    @Test func aPersonAndACompanyAreNoPair() {
        let found = stakes("Harlan Voss and Quorra Inc, which holds a 40 pct stake in Zentor Inc, said they would sell.",
            companies: ["Quorra Inc", "Zentor Inc"], people: ["Harlan Voss"])
        #expect(found.contains("Quorra Inc>Zentor Inc 40.0"))
        #expect(!found.contains { $0.hasPrefix("Harlan Voss>") })
    }

    @Test func aGovernedFirstNameIsNoHolder() {
        let found = stakes("Zentor Inc said the talks with Brixel Corp and Quorra Inc, which holds a 40 pct stake in Vandor Corp, ended.",
            companies: ["Brixel Corp", "Quorra Inc", "Zentor Inc", "Vandor Corp"])
        #expect(found.contains("Quorra Inc>Vandor Corp 40.0"))
        #expect(!found.contains { $0.hasPrefix("Brixel Corp>") })
    }
}
