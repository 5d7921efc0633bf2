import NewsModel
import Testing

/// German holdings and stake entries: share compounds, a holding through another company, "im X einsteigen".
@Suite struct StakeGermanFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func holdsPercentOfShareCompound() {
        let found = facts("Die Cole AG, die 20 Prozent der Acme-Anteile hält, stimmte zu.", ["Cole AG", "Acme"])
        #expect(found.stakes == ["Cole AG>Acme 20.0"])
    }

    @Test func participationThroughACompany() {
        let found = facts("Das Land ist an der Acme mit einem Aktienanteil von 22,5 Prozent über die Brix AG beteiligt.", ["Acme", "Brix AG"])
        #expect(found.stakes == ["Brix AG>Acme 22.5"])
    }

    @Test func entryInTheGroup() {
        let found = facts("Der Staatsfonds Cole will mit einer Beteiligung von 17 Prozent im Acme-Konzern einsteigen.", ["Cole", "Acme"])
        #expect(found.deals == ["stake Cole>Acme from - 17.0"])
    }

    @Test func participationWithoutThroughKeepsTheSubject() {
        #expect(facts("Die Brix AG ist mit 25,1 Prozent an der Acme beteiligt.", ["Acme", "Brix AG"]).stakes == ["Brix AG>Acme 25.1"])
    }

    @Test func soleOwner() {
        #expect(facts("John Doe ist seit 36 Jahren alleiniger Inhaber der Firma Acme.", ["John Doe", "Acme"]).stakes == ["John Doe>Acme 100.0"])
        let english = DealFixture.facts("Headline\n\nJohn Doe is the sole owner of Acme Corp.", .english, companies: ["John Doe", "Acme Corp"]).stakes
        #expect(english.map(\.summary) == ["John Doe>Acme Corp 100.0"])
    }

    @Test func ownerWithoutCopulaIsNoStake() {
        #expect(facts("Der Inhaber der Firma Acme kritisierte die Regierung.", ["Acme"]).stakes.isEmpty)
    }

    @Test func quotedGroupWithMembers() {
        let found = facts("Die Unternehmensgruppe „Acme Group Inc.“, zu der auch der Hersteller „Brix“ gehört, gab Geld.", ["Acme Group Inc.", "Brix"])
        #expect(found.stakes == ["Acme Group Inc.>Brix -"])
    }

    @Test func unitWithAppositionAfterTheHolder() {
        let found = facts("Die ukrainische Tochter der Acme Bank (AB), Brix Bank, wird schlecht bewertet.", ["Acme Bank", "Brix Bank"])
        #expect(found.stakes == ["Acme Bank>Brix Bank -"])
        let english = DealFixture.facts("Headline\n\nThe Ukrainian unit of Acme Bank, Brix Bank, was downgraded.", .english, companies: ["Acme Bank", "Brix Bank"]).stakes
        #expect(english.map(\.summary) == ["Acme Bank>Brix Bank -"])
    }

    @Test func listOfUnits() {
        let found = facts("Dann ziehen Brix, Cole sowie weitere Tochterunternehmen der Acme Group um.", ["Acme Group", "Brix", "Cole"])
        #expect(Set(found.stakes) == ["Acme Group>Brix -", "Acme Group>Cole -"])
        let english = DealFixture.facts("Headline\n\nBrix, Cole and other units of Acme Group will move.", .english, companies: ["Acme Group", "Brix", "Cole"]).stakes
        #expect(Set(english.map(\.summary)) == ["Acme Group>Brix -", "Acme Group>Cole -"])
    }

    @Test func namedShareholder() {
        #expect(facts("Brix leidet unter dem Rückzug von Großaktionär Acme.", ["Acme", "Brix"]).stakes == ["Acme>Brix -"])
        let english = DealFixture.facts(
            "Headline\n\nBrix Motors has been hit by the withdrawal of support from shareholder Acme.", .english, companies: ["Acme", "Brix Motors"]).stakes
        #expect(english.map(\.summary) == ["Acme>Brix Motors -"])
    }

    @Test func unnamedShareholderIsNoStake() {
        #expect(facts("Brix leidet unter dem Rückzug eines Großaktionärs.", ["Brix"]).stakes.isEmpty)
    }
}
