import NewsModel
import Testing

/// "X, a U.K. maritime firm which owns 60 pct of Y", "X, a Dutch corporation that owns 54.3 pct of Y": the name
/// before a short apposition holds what the apposition's relative clause says, even after "by" or "to".
/// Invented names only.
@Suite struct StakeEnglishAppositionRelative29Tests {
    private func stakes(_ text: String, companies: [String], places: [String] = []) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, places: places, date: "1987-03-01").stakes.map(\.summary)
    }

    @Test func nameAfterByHoldsWhatTheRelativeSays() {
        let found = stakes("Vandor Shipping is partially owned by Quorra Brothers PLC, a Britannian maritime firm which owns 60 pct of Zentor Line Inc's shares.",
            companies: ["Vandor Shipping", "Quorra Brothers PLC", "Zentor Line Inc"])
        #expect(found.contains("Quorra Brothers PLC>Zentor Line Inc 60.0"))
        #expect(!found.contains { $0.hasPrefix("Vandor Shipping>Zentor Line Inc") })
    }

    @Test func nameAfterToHoldsWhatTheRelativeSays() {
        let found = stakes("The company completed an issue of debentures to Quorra B.V., a Dutch corporation that owns 54.3 pct of Zentor Capital Corp's common shares.",
            companies: ["Quorra B.V.", "Zentor Capital Corp"])
        #expect(found.contains("Quorra B.V.>Zentor Capital Corp 54.3"))
    }

    @Test func controlVerbInTheRelative() {
        let found = stakes("Quorra Group, the Gibraltar-based holding company which controls 51% of Zentor, says this was illegal.",
            companies: ["Quorra Group", "Zentor"])
        #expect(found == ["Quorra Group>Zentor 51.0"], "\(found)")
        // With no name before the apposition, no holder.
        #expect(stakes("The holding company which controls 51% of Zentor says this was illegal.", companies: ["Zentor"]).isEmpty)
    }

    @Test func jointOwnersBeforeTheAppositionKeepTheFirstNamed() {
        // "A and B, the … firms which own Y": not B alone (the sentence's subject, A, stays the holder).
        let found = stakes("Quorra Corp and Brixel Inc, the two aerospace firms which own Zentor, welcomed the ruling.",
            companies: ["Quorra Corp", "Brixel Inc", "Zentor"])
        #expect(found.contains { $0.hasPrefix("Quorra Corp>Zentor") }, "\(found)")
    }

    @Test func aNameInsideTheAppositionEndsIt() {
        // "X, a unit of Y which owns …": Y is the nearer antecedent, not X.
        let found = stakes("The company sold debentures to Quorra Corp, a unit of Brixel Inc which owns 30 pct of Zentor Corp.",
            companies: ["Quorra Corp", "Brixel Inc", "Zentor Corp"])
        #expect(!found.contains("Quorra Corp>Zentor Corp 30.0"))
    }
}
