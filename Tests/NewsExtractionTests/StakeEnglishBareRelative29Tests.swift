import NewsModel
import Testing

/// "X - in which Y owns a 44 pct stake -", "<X> in which it has a 41 pct interest": a relative "in which" after
/// the held company's name with no comma between them. Invented names only.
@Suite struct StakeEnglishBareRelative29Tests {
    private func stakes(_ text: String, companies: [String], places: [String] = []) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, places: places, date: "1987-03-01").stakes.map(\.summary)
    }

    @Test func relativeBetweenDashes() {
        let found = stakes("Japanese carmaker Zentor Inc - in which Quorra Inc owns a 44 pct stake - contributed 1.7 billion dlrs in net income.",
            companies: ["Zentor Inc", "Quorra Inc"])
        #expect(found.contains("Quorra Inc>Zentor Inc 44.0"))
    }

    @Test func relativeRightAfterABracketedName() {
        let found = stakes("Brixel Corp said it will sell its stakes to newly created <Zentor Holdings Ltd> in which Quorra Inc has a 41 pct interest.",
            companies: ["Brixel Corp", "Quorra Inc", "Zentor Holdings Ltd"])
        #expect(found.contains("Quorra Inc>Zentor Holdings Ltd 41.0"))
    }

    @Test func aNameWithoutDashOrBracketsIsNoAntecedent() {
        // "northern Vandoria" may be a place the recogniser took for a company: neither a dash nor brackets mark it off.
        let found = stakes("Brixel Corp said a gold project in northern Vandoria Ltd in which Quorra Inc has a 44.8 pct interest yielded reserves.",
            companies: ["Brixel Corp", "Quorra Inc", "Vandoria Ltd"])
        #expect(!found.contains { $0.hasSuffix(">Vandoria Ltd 44.8") })
    }

    @Test func aPronounHolderIsLeftAlone() {
        let found = stakes("Brixel Corp said it will sell its stakes to newly created <Zentor Holdings Ltd> in which it has a 41 pct interest.",
            companies: ["Brixel Corp", "Zentor Holdings Ltd"])
        #expect(!found.contains { $0.hasSuffix(">Zentor Holdings Ltd 41.0") })
    }
}
