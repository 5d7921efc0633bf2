import NewsModel
import Testing

/// German deal patterns, one test each, on hand-made entity tables.
@Suite struct DealGermanTests {
    private func deals(_ text: String, _ companies: [String], date: String? = "2015-06-10") -> [Deal] {
        DealFixture.facts("Titel\n\n" + text, .german, companies: companies, date: date).deals
    }

    @Test func sellsToBuyer() {
        let found = deals("Die Acme AG verkauft ihre Tochter Brix an die Cole GmbH.", ["Acme AG", "Brix", "Cole GmbH"])
        #expect(found.map(\.summary) == ["acquisition Cole GmbH>Brix from Acme AG -"])
        #expect(found.first?.status == .announced)
    }

    @Test func invertedSubject() {
        let found = deals("Jetzt veräußert Acme den Marktplatz Brix an den Händler Cole.", ["Acme", "Brix", "Cole"])
        #expect(found.map(\.summary) == ["acquisition Cole>Brix from Acme -"])
    }

    @Test func takesOverPercentOfShares() {
        let found = deals("Im Zuge dessen übernimmt Acme 37,6% der Anteile an Brix.", ["Acme", "Brix"])
        #expect(found.map(\.summary) == ["stake Acme>Brix from - 37.6"])
    }

    @Test func buysPercentWithProzent() {
        let found = deals("Acme kauft 12,5 Prozent an Brix für 1,2 Mrd. Euro.", ["Acme", "Brix"])
        #expect(found.map(\.summary) == ["stake Acme>Brix from - 12.5"])
        #expect(found.first?.price == Money(amount: 1.2e9, currency: "EUR"))
    }

    @Test func buysIntoReflexive() {
        let found = deals("Acme kauft sich bei Brix ein.", ["Acme", "Brix"])
        #expect(found.map(\.summary) == ["stake Acme>Brix from - -"])
    }

    @Test func passiveWithVon() {
        let found = deals("Brix wird von Acme übernommen.", ["Acme", "Brix"])
        #expect(found.map(\.summary) == ["acquisition Acme>Brix from - -"])
        #expect(found.first?.status != .completed)
        let past = deals("Brix wurde 2012 von Acme übernommen.", ["Acme", "Brix"])
        #expect(past.first?.status == .completed)
        #expect(past.first?.date == FactDate(year: 2012))
    }

    @Test func nounWithDurch() {
        let found = deals("Die Übernahme von Brix durch Acme ist abgeschlossen.", ["Acme", "Brix"])
        #expect(found.map(\.summary) == ["acquisition Acme>Brix from - -"])
        #expect(found.first?.status == .completed)
    }

    @Test func pastTenseIsCompleted() {
        let found = deals("Acme übernahm im Mai 2014 den Konkurrenten Brix.", ["Acme", "Brix"])
        #expect(found.map(\.summary) == ["acquisition Acme>Brix from - -"])
        #expect(found.first?.status == .completed)
        #expect(found.first?.date == FactDate(year: 2014, month: 5))
    }

    @Test func modalIsPlanned() {
        let found = deals("Acme soll Brix übernehmen.", ["Acme", "Brix"])
        #expect(found.first?.status == .planned)
        let plans = deals("Acme plant, Brix zu kaufen.", ["Acme", "Brix"])
        #expect(plans.first?.status == .planned)
    }

    @Test func perfectTense() {
        let found = deals("Acme hat Brix für 500 Millionen Euro gekauft.", ["Acme", "Brix"])
        #expect(found.map(\.summary) == ["acquisition Acme>Brix from - -"])
        #expect(found.first?.status == .completed)
        #expect(found.first?.price == Money(amount: 5e8, currency: "EUR"))
    }

    @Test func mergerBothForms() {
        #expect(deals("Acme und Brix fusionieren.", ["Acme", "Brix"]).map(\.summary) == ["merger Acme>Brix from - -"])
        #expect(deals("Acme fusioniert mit Brix.", ["Acme", "Brix"]).map(\.summary) == ["merger Acme>Brix from - -"])
        #expect(deals("Die Fusion von Acme und Brix ist genehmigt.", ["Acme", "Brix"]).map(\.summary) == ["merger Acme>Brix from - -"])
    }

    @Test func coordinatedClauseKeepsSubject() {
        let found = deals("Acme verkauft Brix und kauft 20% an Cole.", ["Acme", "Brix", "Cole"])
        #expect(Set(found.map(\.summary)) == ["acquisition ->Brix from Acme -", "stake Acme>Cole from - 20.0"])
    }

    @Test func raisesStake() {
        let found = DealFixture.facts("Titel\n\nAcme stockt ihren Anteil an Brix auf 30 Prozent auf.", .german, companies: ["Acme", "Brix"])
        #expect(found.deals.map(\.summary) == ["stake Acme>Brix from - 30.0"])
        #expect(found.stakes.map(\.summary) == ["Acme>Brix 30.0"])
    }

    @Test func negationGivesNoDeal() {
        #expect(deals("Acme will Brix nicht übernehmen.", ["Acme", "Brix"]).isEmpty)
    }
}

/// German cases found on Wikinews and DER STANDARD text.
@Suite struct DealGermanCorpusCaseTests {
    private func facts(_ text: String, _ companies: [String], people: [String] = []) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies, people: people)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func productsSoldAreNoDeal() {
        let found = facts("Vor allem durch seinen Player Brix, von dem sechs Millionen Stück verkauft wurden, machte Acme Gewinn.", ["Acme", "Brix"])
        #expect(found.deals.isEmpty, "\(found.deals)")
    }

    @Test func compoundWithTheNameIsNotTheCompany() {
        let found = facts("Das Acme-Werk soll an Brix verkauft werden.", ["Acme", "Brix"])
        #expect(found.deals.isEmpty, "\(found.deals)")
    }

    @Test func pluralNounIsNoVerb() {
        let found = facts("Das Acme-Gesetz, das der Verhinderung feindlicher Übernahmen dienen soll, verstößt gegen Recht, so Brix.", ["Acme", "Brix"])
        #expect(found.deals.isEmpty, "\(found.deals)")
    }

    @Test func companyPronounAfterComma() {
        let found = facts(
            "Erich Muster, Geschäftsführer der Acme GmbH, sagte, sein Unternehmen habe sich im April 2012 an Brix beteiligt.",
            ["Acme GmbH", "Brix"], people: ["Erich Muster"])
        #expect(found.deals == ["stake Acme GmbH>Brix from - -"], "\(found.deals)")
    }

    @Test func belongsToWithPercent() {
        #expect(facts("Die börsennotierte Brix gehört zu 31,5 Prozent der staatlichen Holding Acme.", ["Acme", "Brix"]).stakes == ["Acme>Brix 31.5"])
    }

    @Test func groupToWhichMembersBelong() {
        let found = facts("Die Gruppe Acme Inc., zu der auch der Hersteller Brix gehört, gab Geld.", ["Acme Inc.", "Brix"])
        #expect(found.stakes == ["Acme Inc.>Brix -"], "\(found.stakes)")
    }

    @Test func aimedAtTakeoverIsPlanned() {
        let found = DealFixture.facts("Titel\n\nAcme hatte die Übernahme von Brix angestrebt.", .german, companies: ["Acme", "Brix"])
        #expect(found.deals.first?.status == .planned)
        #expect(found.stakes.isEmpty)
    }
}
