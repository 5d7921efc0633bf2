import NewsModel
import Testing

/// English ownership statements: "its wholly owned X subsidiary", "Y's 82 pct owned X subsidiary", "its A and B
/// subsidiaries", "Y unit X", "owned by A and B", "69.65 pct held by Y's Z affiliate", "largest shareholder …
/// with 30 pct", "the company's X unit", "X's U.S. parent, Y".
@Suite struct StakeEnglishOwnershipFormsTests {
    private let companies = ["Brixel Corp", "Zentor Inc", "Quorra Inc", "Vandor Corp"]

    private func stakes(_ text: String, companies: [String]? = nil, people: [String] = [], places: [String] = []) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies ?? self.companies, people: people, places: places, date: "1987-03-01")
            .stakes.map(\.summary)
    }

    @Test func whollyOwnedNamedSubsidiary() {
        #expect(stakes("Brixel Corp said its wholly owned Zentor Inc subsidiary signed a contract.") == ["Brixel Corp>Zentor Inc 100.0"])
    }

    @Test func percentOwnedSubsidiaryOfAGenitive() {
        #expect(stakes("Brixel Corp said Quorra Inc's 82 pct owned Zentor Inc subsidiary reported a loss.") == ["Quorra Inc>Zentor Inc 82.0"])
    }

    @Test func coordinatedSubsidiaries() {
        let found = stakes("Brixel Corp said it and its Zentor Inc and Vandor Corp subsidiaries filed a plan.")
        #expect(found == ["Brixel Corp>Zentor Inc -", "Brixel Corp>Vandor Corp -"])
    }

    @Test func parentNameBeforeUnitNoun() {
        #expect(stakes("Brixel Corp said it agreed with <Quorra Inc> unit Zentor Inc on an option.") == ["Quorra Inc>Zentor Inc -"])
        #expect(stakes("Brixel Corp said it agreed with Quorra Inc <QRR.N> unit Zentor Inc on an option.") == ["Quorra Inc>Zentor Inc -"])
    }

    @Test func ownedByTwoCompanies() {
        let found = stakes("Zentor Inc, the nation's largest producer, is a privately-held company owned by Brixel Corp and Quorra Inc.")
        #expect(found.contains("Brixel Corp>Zentor Inc -"))
        #expect(found.contains("Quorra Inc>Zentor Inc -"))
    }

    @Test func commaInsideANameIsNoSecondOwner() {
        let found = stakes("Zentor Inc, owned by Brixel, Quorra and Co, reported a loss.", companies: ["Zentor Inc", "Brixel", "Quorra and Co"])
        #expect(!found.contains("Quorra and Co>Zentor Inc -"))
    }

    @Test func heldByAnAffiliateOfAGenitive() {
        let found = stakes("Vandor Corp, a locally listed firm 69.65 pct held by Brixel Corp's <Zentor Inc> affiliate, was traded at 16 dlrs.")
        #expect(found.contains("Zentor Inc>Vandor Corp 69.65"))
    }

    @Test func largestShareholderWithAPercent() {
        #expect(stakes("Quorra Inc's largest shareholder is Brixel Corp with 30 pct.") == ["Brixel Corp>Quorra Inc 30.0"])
    }

    @Test func theCompanysNamedUnit() {
        let found = stakes("Brixel Corp reported higher sales.\n\nPilots offered 4.5 billion dlrs for the company's Zentor Inc unit.")
        #expect(found.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func possessiveParentAfterAPlace() {
        let found = stakes("Zentor Inc's U.S. parent, Brixel Corp, bought the firm last year.", companies: ["Zentor Inc", "Brixel Corp"], places: ["U.S."])
        #expect(found.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func formerParentHoldsNothing() {
        let found = stakes("Zentor Inc's former parent Brixel Corp sued the company.")
        #expect(!found.contains("Brixel Corp>Zentor Inc -"))
    }

    @Test func itsUnitOfAPersonsCompany() {
        let found = stakes(
            "Brixel Corp said profits rose.\n\nThe company also named Jane Roe president of its Zentor Inc and Vandor Corp units.", people: ["Jane Roe"])
        #expect(found.contains("Brixel Corp>Zentor Inc -"))
        #expect(!found.contains { $0.hasPrefix("Jane Roe>") })
    }
}
