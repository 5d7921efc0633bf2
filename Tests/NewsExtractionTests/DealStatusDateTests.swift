import NewsModel
import Testing

/// How far a deal has gone and when it happened: attributive plans, talks, rumours, and dates stated in
/// the deal's own clause rather than the publication date.
@Suite struct DealStatusDateTests {
    private func deals(_ text: String, _ language: Language, _ companies: [String], date: String? = "2005-06-15") -> [Deal] {
        DealFixture.facts((language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies, date: date).deals
    }

    @Test func attributivePlanIsPlanned() {
        #expect(deals("Die mögliche Übernahme von Brixa durch Acme beschäftigt die Börse.", .german, ["Acme", "Brixa"]).map(\.status) == [.planned])
        #expect(deals("Die angestrebte Übernahme der Brixa durch Acme stockt.", .german, ["Acme", "Brixa"]).map(\.status) == [.planned])
        #expect(deals("The possible merger of Acme and Brixa worries unions.", .english, ["Acme", "Brixa"]).map(\.status) == [.planned])
    }

    @Test func talksArePlans() {
        #expect(deals("Acme is in talks to acquire Brixa Corp.", .english, ["Acme", "Brixa Corp"]).map(\.status) == [.planned])
        #expect(deals("Acme führt Gespräche über die Übernahme der Brixa.", .german, ["Acme", "Brixa"]).map(\.status) == [.planned])
    }

    @Test func rumoursStayRumoured() {
        #expect(deals("Acme reportedly plans to buy Brixa Corp.", .english, ["Acme", "Brixa Corp"]).map(\.status) == [.rumoured])
        #expect(deals("Gerüchten zufolge will Acme die Brixa kaufen.", .german, ["Acme", "Brixa"]).map(\.status) == [.rumoured])
    }

    @Test func yearBeforeTheVerbDatesTheDeal() {
        let found = deals("2000 übernahm Acme die Brixa.", .german, ["Acme", "Brixa"])
        #expect(found.first?.date == FactDate(year: 2000))
        let english = deals("Acme recalled the 1999 takeover of Brixa Corp by Cole Inc.", .english, ["Acme", "Brixa Corp", "Cole Inc"])
        #expect(english.first?.date == FactDate(year: 1999))
    }

    @Test func pluperfectRecountingIsUndated() {
        // A 2005 article recalling an older takeover without its year: no date rather than 2005.
        let found = deals("Anlass waren Abfindungen, die bei der Übernahme der Brixa durch Acme gezahlt worden waren.", .german, ["Acme", "Brixa"])
        #expect(found.map(\.summary) == ["acquisition Acme>Brixa from - -"])
        #expect(found.first?.date == nil)
        let english = deals("At the time, Acme Inc bought Brixa Corp.", .english, ["Acme Inc", "Brixa Corp"])
        #expect(english.first?.date == nil)
    }

    @Test func currentDealTakesThePublicationDate() {
        let found = deals("Acme übernimmt die Brixa.", .german, ["Acme", "Brixa"])
        #expect(found.first?.date == FactDate(year: 2005, month: 6, day: 15))
    }

    @Test func pluperfectWithoutYearIsUndated() {
        let found = deals("Acme hatte die Brixa übernommen.", .german, ["Acme", "Brixa"])
        #expect(found.count == 1)
        #expect(found.first?.date == nil)
    }

    @Test func formerNamesAndPlainPastOfHabenKeepThePublicationDate() {
        let english = deals("Acme Inc, formerly Beta Corp, said it acquired Brixa Corp.", .english, ["Acme Inc", "Beta Corp", "Brixa Corp"])
        #expect(english.first?.date == FactDate(year: 2005, month: 6, day: 15))
        let german = deals("Acme übernimmt die Brixa, die zuletzt Verluste hatte.", .german, ["Acme", "Brixa"])
        #expect(german.first?.date == FactDate(year: 2005, month: 6, day: 15))
    }

    @Test func statedYearWinsOverRecounting() {
        let found = deals("Acme hatte die Brixa im Jahr 2001 gekauft.", .german, ["Acme", "Brixa"])
        #expect(found.first?.date == FactDate(year: 2001))
    }
}
