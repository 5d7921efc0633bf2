import NewsModel
import Testing

/// German deal and holding forms seen on unseen news: relative clauses, attributive "gehörende",
/// "seine Tochter X", duties taken on, listed subjects and passive sales to a joint venture.
@Suite struct DealGermanClauseTests {
    private func facts(_ text: String, _ companies: [String], people: [String] = [], date: String? = nil) -> (deals: [Deal], stakes: [String]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies, people: people, date: date)
        return (found.deals, found.stakes.map(\.summary))
    }

    @Test func relativeClauseObjectPronoun() {
        let found = facts("Das Programm wurde bei der Firma Brixa entwickelt, die Acme vor gut zwei Jahren gekauft hatte.", ["Brixa", "Acme"], date: "2016-03-10")
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brixa from - -"])
        #expect(found.deals.first?.status == .completed)
        #expect(found.deals.first?.date == FactDate(year: 2014, precision: .approximate))
    }

    @Test func relativeClauseWithAccusativePronoun() {
        let found = facts("Der Hersteller Brixa, den Acme im Jahr 2009 übernommen hat, wächst.", ["Brixa", "Acme"], date: "2015-01-05")
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brixa from - -"])
        #expect(found.deals.first?.date == FactDate(year: 2009))
    }

    @Test func relativeClauseSubjectPronounBuysTheNamedObject() {
        let found = facts("Der Konzern Acme, der 2010 den Konkurrenten Brixa übernommen hatte, baut Stellen ab.", ["Acme", "Brixa"])
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brixa from - -"])
    }

    @Test func relativeClausePassive() {
        let found = facts("Die Firma Brixa, die 2012 von Acme übernommen wurde, schließt ein Werk.", ["Brixa", "Acme"])
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brixa from - -"])
    }

    @Test func ambiguousRelativeClauseStaysSilent() {
        // "die die Y übernommen hat": who bought whom is not said by the grammar.
        let found = facts("Die Acme, die die Brixa übernommen hat, wächst.", ["Acme", "Brixa"])
        #expect(found.deals.isEmpty)
    }

    @Test func attributiveBelonging() {
        #expect(facts("Sie arbeitet seit 2010 bei der zum Acme gehörenden Plattform Brixa.", ["Acme", "Brixa"]).stakes == ["Acme>Brixa -"])
        #expect(facts("Die zur Acme-Gruppe gehörende Brixa meldet Gewinne.", ["Acme", "Brixa"]).stakes == ["Acme>Brixa -"])
        #expect(facts("Die der Acme gehörende Brixa meldet Gewinne.", ["Acme", "Brixa"]).stakes == ["Acme>Brixa -"])
    }

    @Test func attributiveBelongingNeedsACompanyAfterIt() {
        #expect(facts("Die zum Acme gehörenden Werke in Brixa-Stadt schließen.", ["Acme"]).stakes.isEmpty)
    }

    @Test func possessiveUnit() {
        #expect(facts("Der Sender Acme stellt über seine Tochter Brixa die Technik bereit.", ["Acme", "Brixa"]).stakes == ["Acme>Brixa -"])
        #expect(facts("Die Acme AG besitzt über ihre Tochtergesellschaft namens Brixa GmbH ein Werk.", ["Acme AG", "Brixa GmbH"]).stakes == ["Acme AG>Brixa GmbH -"])
    }

    @Test func dutyTakenOnIsNoDeal() {
        let found = facts("Jane Roe übernimmt ab Jänner die Chefredaktion der Plattform Brixa.", ["Brixa"], people: ["Jane Roe"])
        #expect(found.deals.isEmpty)
        #expect(found.stakes.isEmpty)
        #expect(facts("Acme übernimmt die Leitung der Brixa.", ["Acme", "Brixa"]).deals.isEmpty)
    }

    @Test func takingOverACompanyStillCounts() {
        #expect(facts("Acme übernimmt die Brixa.", ["Acme", "Brixa"]).deals.map(\.summary) == ["acquisition Acme>Brixa from - -"])
    }

    @Test func listedSubjectsAreNoTarget() {
        let found = facts("Das Land Acme, das Brixa sowie Gemeinden übernahmen rund 50 Prozent.", ["Land Acme", "Brixa"])
        #expect(found.deals.isEmpty)
    }

    @Test func passiveSaleToAJointVentureNamesNoTargetAfterTheBuyer() {
        let found = facts("Das Acme-Werk soll an das Gemeinschaftsunternehmen Brixa/Cole verkauft werden.", ["Acme", "Brixa", "Cole"])
        #expect(found.deals.isEmpty)
    }

    @Test func passiveSaleStillFound() {
        let found = facts("Die Brixa soll an die Acme verkauft werden.", ["Acme", "Brixa"])
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brixa from - -"])
        #expect(found.deals.first?.status == .planned)
    }
}

/// German parent companies: "der Mutterkonzern von X, Y", "Xs Mutterkonzern Y", "die X-Mutter Y".
@Suite struct StakeGermanParentTests {
    private func stakes(_ text: String, _ companies: [String]) -> [String] {
        DealFixture.facts("Titel\n\n" + text, .german, companies: companies).stakes.map(\.summary)
    }

    @Test func parentOfXInApposition() {
        #expect(stakes("Der Mutterkonzern von Brixa, Acme Motors, hat zugesichert, Fragen zu beantworten.", ["Brixa", "Acme Motors"]) == ["Acme Motors>Brixa -"])
        #expect(stakes("Acme Motors, der Mutterkonzern der Brixa, will sparen.", ["Brixa", "Acme Motors"]) == ["Acme Motors>Brixa -"])
    }

    @Test func possessiveParent() {
        #expect(stakes("Brixas Mutterkonzern Acme will sparen.", ["Brixa", "Acme"]) == ["Acme>Brixa -"])
    }

    @Test func compoundParent() {
        #expect(stakes("Mehrere Banken, darunter die Brixa-Mutter Acme, erhielten Briefe.", ["Brixa", "Acme"]) == ["Acme>Brixa -"])
    }

    @Test func motherWithoutCompanyIsNoStake() {
        #expect(stakes("Die Mutter des Acme-Chefs lebt in Wien.", ["Acme"]).isEmpty)
    }
}

/// German owner compounds and "im Besitz von": "X-Großaktionär Y", "X-Eigentümer Jane Roe",
/// "X, die sich im Besitz der Y befindet".
@Suite struct StakeGermanOwnerFormsTests {
    private func stakes(_ text: String, _ companies: [String], people: [String] = []) -> [String] {
        DealFixture.facts("Titel\n\n" + text, .german, companies: companies, people: people).stakes.map(\.summary)
    }

    @Test func ownerCompound() {
        #expect(stakes("Der Brixa-Großaktionär Acme will mehr Einfluss.", ["Brixa", "Acme"]) == ["Acme>Brixa -"])
        #expect(stakes("Brixa-Eigentümer Jane Roe sucht einen Käufer.", ["Brixa"], people: ["Jane Roe"]) == ["Jane Roe>Brixa -"])
    }

    @Test func possession() {
        #expect(stakes("Die Firma Brixa, die sich im Besitz der Acme befindet, wächst.", ["Brixa", "Acme"]) == ["Acme>Brixa -"])
        #expect(stakes("Brixa ist seit Jahren im Besitz von Acme.", ["Brixa", "Acme"]) == ["Acme>Brixa -"])
    }

    @Test func possessionOfThingsIsNoStake() {
        #expect(stakes("Die Patente, die sich im Besitz der Acme befinden, sind verpfändet.", ["Acme"]).isEmpty)
    }
}

/// Parents and shareholders named for the article's company; deals as "zum Kauf der X"; groups one belongs to.
@Suite struct DealGermanTopicFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Kein Investor für Brixa\n\n" + text, .german, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func parentOfTheArticlesCompany() {
        let found = facts("Für die Automarke Brixa findet sich kein Investor. Der Mutterkonzern Acme Motors hat versucht, einen Anteil zu verkaufen.", ["Brixa", "Acme Motors"])
        #expect(found.stakes.contains("Acme Motors>Brixa -"))
    }

    @Test func shareholderAfterAComma() {
        let found = facts("Für die Automarke Brixa findet sich kein Investor. Im Juni hatte der zweite Anteilseigner, Cole Holdings, erfolglos versucht, Aktien loszuwerden.", ["Brixa", "Cole Holdings"])
        #expect(found.stakes.contains("Cole Holdings>Brixa -"))
    }

    @Test func negotiationsToBuy() {
        let found = facts("Der Hersteller Acme befindet sich in fortgeschrittenen Verhandlungen zum Kauf des Produzenten Brixa.", ["Acme", "Brixa"])
        #expect(found.deals == ["acquisition Acme>Brixa from - -"])
    }

    @Test func belongingToAGroupOfBiddersIsNoStake() {
        let found = facts("Zu den Interessenten sollen unter anderem Acme, der Konzern Cole und der Brixa-Verlag gehören.", ["Acme", "Cole", "Brixa"])
        #expect(found.stakes.isEmpty)
        let wire = facts("Zu den Interessenten sollen Medienberichten zufolge unter anderem Acme, der US-Telekomkonzern Cole und der Time -Verlag gehören.", ["Acme", "Cole"])
        #expect(wire.stakes.isEmpty)
    }
}
