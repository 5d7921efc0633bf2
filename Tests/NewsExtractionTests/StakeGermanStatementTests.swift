import NewsModel
import Testing

/// German ownership statements and deal forms that the blind sample showed missing: holdings stated with a
/// copula, in relative clauses, with "das Unternehmen" for the article's company, and stake raises and sales
/// told in relative or verb-last clauses.
@Suite struct StakeGermanStatementTests {
    private func facts(_ text: String, _ companies: [String], people: [String] = [], places: [String] = []) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies, people: people, places: places)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func raiseInARelativeClauseAboutTheStake() {
        let found = facts("Die Brix AG hält zurzeit 27,4 Prozent der Acme-Anteile, die mittelfristig auf 29,9 Prozent aufgestockt werden sollen.", ["Brix AG", "Acme"])
        #expect(found.deals == ["stake Brix AG>Acme from - 29.9"])
        // The planned raise leaves today's holding as it is.
        #expect(found.stakes == ["Brix AG>Acme 27.4"])
    }

    @Test func theSentenceThatStatesThePercentIsTheFirstEvidence() {
        let text = "Der Chef sieht eine Benachteiligung gegenüber dem Acme-Anteilseigner Brix. Die Firma Brix hält zurzeit 27,4 Prozent der Acme-Anteile."
        let stakes = DealFixture.facts("Titel\n\n" + text, .german, companies: ["Brix", "Acme"]).stakes
        #expect(stakes.map(\.summary) == ["Brix>Acme 27.4"])
        #expect(stakes.first?.evidence.sentence.contains("27,4 Prozent") == true)
        // The sentence without a percent stays as further evidence.
        #expect(stakes.first?.moreEvidence.map(\.sentence) == ["Der Chef sieht eine Benachteiligung gegenüber dem Acme-Anteilseigner Brix."])
    }

    @Test func plannedRaiseStatesNoHoldingYet() {
        let found = facts("Die Brix will ihren Anteil an der Acme auf 51 Prozent aufstocken.", ["Brix", "Acme"])
        #expect(found.deals == ["stake Brix>Acme from - 51.0"])
        #expect(found.stakes.isEmpty)
    }

    @Test func shareholderAfterACopula() {
        let found = facts("Die spanische Brix war auch bisher schon mit einem Aktienanteil von 30 Prozent größter Aktionär bei Acme.", ["Brix", "Acme"])
        #expect(found.stakes == ["Brix>Acme 30.0"])
        #expect(facts("Die Brix ist Hauptaktionär der Acme.", ["Brix", "Acme"]).stakes == ["Brix>Acme -"])
    }

    @Test func theCompanyAsRelativeAntecedent() {
        let found = facts("Der Autobauer Acme meldet Rekorde. Das Unternehmen, das seit 2010 dem Konzern Brix gehört, setzt auf Hybride.", ["Acme", "Brix"])
        #expect(found.stakes == ["Brix>Acme -"])
    }

    @Test func theCompanyAsSubjectOfAVerbLastClause() {
        let found = facts("Der Konzern Acme wächst. Weil das Unternehmen im Oktober 2014 die Brix kaufte, stiegen die Umsätze.", ["Acme", "Brix"])
        #expect(found.deals == ["acquisition Acme>Brix from - -"])
        // "die Firma X" names X: a company word before a name is no pronoun.
        let named = facts("Der Konzern Cole wächst. Weil die Firma Acme die Brix kaufte, stiegen die Umsätze.", ["Acme", "Brix", "Cole"])
        #expect(named.deals == ["acquisition Acme>Brix from - -"])
    }

    @Test func saleOfAPercentWithTheVerbLast() {
        let found = facts("Der Bürgermeister John Doe möchte 74,9 Prozent der Acme verkaufen.", ["Acme"], people: ["John Doe"])
        #expect(found.deals == ["stake ->Acme from John Doe 74.9"])
    }

    @Test func frontedMajorityOwnerAfterAParticipation() {
        let found = facts("An Acme ist Brix mit 49,9 Prozent beteiligt, Mehrheitseigner ist der Konzern Cole.", ["Acme", "Brix", "Cole"])
        #expect(Set(found.stakes) == ["Brix>Acme 49.9", "Cole>Acme -"])
    }

    @Test func frontedOwnerNoun() {
        #expect(facts("Eigentümer der Acme ist die Brix.", ["Acme", "Brix"]).stakes == ["Brix>Acme -"])
        #expect(facts("Mehrheitseigentümer der Acme ist die Brix.", ["Acme", "Brix"]).stakes == ["Brix>Acme -"])
    }

    @Test func shareholderCompound() {
        let found = facts("Acme-Aktionär Brix will das Filialnetz übernehmen.", ["Acme", "Brix"])
        #expect(found.stakes == ["Brix>Acme -"])
        #expect(found.deals.isEmpty)
    }

    @Test func percentOfTheSharesWithNoCompanyNamed() {
        let found = facts("Der Konzern Acme meldet Zahlen. Gründer John Doe selbst hält rund 40 Prozent der Anteile.", ["Acme"], people: ["John Doe"])
        #expect(found.stakes == ["John Doe>Acme 40.0"])
    }

    @Test func participationInARelativeClause() {
        #expect(facts("Die Acme, an der die Brix mit 30 Prozent beteiligt ist, meldet Verluste.", ["Acme", "Brix"]).stakes == ["Brix>Acme 30.0"])
        #expect(facts("Die Acme, an der die Brix beteiligt ist, meldet Verluste.", ["Acme", "Brix"]).stakes == ["Brix>Acme -"])
    }

    @Test func stakeNounWithGenitiveHolder() {
        #expect(facts("Der Anteil der Brix an der Acme liegt bei 12 Prozent.", ["Acme", "Brix"]).stakes == ["Brix>Acme 12.0"])
        // With a deal verb, the percent may be the deal's: the holding is stated without it.
        #expect(facts("Die Cole will den Anteil der Brix an der Acme um 5 Prozent verringern.", ["Acme", "Brix", "Cole"]).stakes.contains("Brix>Acme -"))
    }

    @Test func unitNounAfterACopula() {
        #expect(facts("Die Acme ist eine hundertprozentige Tochter der Brix.", ["Acme", "Brix"]).stakes == ["Brix>Acme 100.0"])
        #expect(facts("Die Acme ist eine Tochtergesellschaft der Brix.", ["Acme", "Brix"]).stakes == ["Brix>Acme -"])
        #expect(facts("Die Acme ist keine Tochter der Brix.", ["Acme", "Brix"]).stakes.isEmpty)
    }

    @Test func inTheOwnershipOf() {
        #expect(facts("Die Acme steht im Eigentum der Brix.", ["Acme", "Brix"]).stakes == ["Brix>Acme -"])
    }

    @Test func listAfterAnArticleIsNoRelativeClause() {
        let found = facts("Zu den Interessenten sollen unter anderem Acme, der US-Konzern Brix und die Cole gehören.", ["Acme", "Brix", "Cole"], places: ["US"])
        #expect(found.stakes.isEmpty)
    }

    @Test func aPersonsDaughterIsNoUnit() {
        #expect(facts("Nina Doe und ihre Tochter Acme ziehen in ein Dorf.", ["Acme"], people: ["Nina Doe"]).stakes.isEmpty)
    }

    @Test func nameAfterAPrepositionIsNotWhatIsSold() {
        let found = facts("Tatsache sei, dass John Doe vorab der Zeitung Acme eine Einigung beim Gipfel Brix verkauft habe.", ["Acme", "Brix"], people: ["John Doe"])
        #expect(found.deals.isEmpty)
        #expect(found.stakes.isEmpty)
    }
}

/// German deal verbs with a particle, a reflexive or an amount: "kauft der Y die X ab", "schließen sich
/// zusammen", "bietet 2 Milliarden Euro für X", and owner nouns in the feminine.
@Suite struct DealGermanVerbPhraseTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func buyFromADativeSeller() {
        #expect(facts("Die Acme kauft der Brix die Cole ab.", ["Acme", "Brix", "Cole"]).deals == ["acquisition Acme>Cole from Brix -"])
        // Without "ab" the first object is what is bought.
        #expect(facts("Die Acme kauft die Cole.", ["Acme", "Cole"]).deals == ["acquisition Acme>Cole from - -"])
    }

    @Test func mergerWithZusammenschliessen() {
        #expect(facts("Die Acme und die Brix schließen sich zusammen.", ["Acme", "Brix"]).deals == ["merger Acme>Brix from - -"])
        #expect(facts("Die Acme und die Brix schließen Filialen.", ["Acme", "Brix"]).deals.isEmpty)
    }

    @Test func bidWithAnAmount() {
        let found = DealFixture.facts("Titel\n\nDie Acme bietet 2 Milliarden Euro für die Brix.", .german, companies: ["Acme", "Brix"])
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brix from - -"])
        #expect(found.deals.first?.status == .planned)
        #expect(facts("Die Acme bietet neue Kurse für die Brix an.", ["Acme", "Brix"]).deals.isEmpty)
    }

    @Test func femininSoleOwner() {
        #expect(facts("Die Acme ist Alleineigentümerin der Brix.", ["Acme", "Brix"]).stakes == ["Acme>Brix 100.0"])
    }
}
