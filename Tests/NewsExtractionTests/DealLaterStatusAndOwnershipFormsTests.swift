import NewsExtraction
import NewsModel
import Testing

/// A deal's status told in a later sentence, joint buyers, and German ownership statements whose owned
/// company is described rather than named (invented names throughout).
@Suite struct DealLaterStatusAndOwnershipFormsTests {
    private func facts(_ text: String, _ language: Language, _ companies: [String]) -> (deals: [Deal], stakes: [Stake]) {
        DealFixture.facts((language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies, date: "2016-03-01")
    }

    private func facts(_ text: String, _ companies: [String]) -> (deals: [Deal], stakes: [Stake]) { facts(text, .german, companies) }

    // MARK: Later status

    @Test func laterCompletionSentenceCompletesAPlannedDeal() {
        let found = facts("Acme will die Brixa übernehmen. Der Preis liegt bei 200 Millionen Euro. Die Übernahme ist inzwischen abgeschlossen.", ["Acme", "Brixa"])
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brixa from - -"])
        #expect(found.deals.first?.status == .completed)
        // The completing sentence is further evidence of the deal, and the buyer now holds the company.
        #expect(found.deals.first?.moreEvidence.count == 1)
        #expect(found.stakes.map(\.summary) == ["Acme>Brixa -"])
    }

    @Test func laterCompletionInEnglish() {
        let found = facts("Acme Inc plans to acquire Brixa Corp. The acquisition was completed on Friday.", .english, ["Acme Inc", "Brixa Corp"])
        #expect(found.deals.first?.status == .completed)
    }

    @Test func openOrNegatedCompletionLeavesThePlan() {
        let open = facts("Acme will die Brixa übernehmen. Die Übernahme soll bis Ende Juni abgeschlossen werden.", ["Acme", "Brixa"])
        #expect(open.deals.first?.status == .planned)
        let negated = facts("Acme will die Brixa übernehmen. Die Übernahme ist noch nicht abgeschlossen.", ["Acme", "Brixa"])
        #expect(negated.deals.first?.status == .planned)
        #expect(negated.stakes.isEmpty)
        let expected = facts("Acme Inc plans to acquire Brixa Corp. The acquisition is expected to be completed in May.", .english, ["Acme Inc", "Brixa Corp"])
        #expect(expected.deals.first?.status == .planned)
    }

    @Test func completionOfAnotherNamedDealLeavesTheLatestAlone() {
        let found = facts("Acme will die Brixa übernehmen. Die Übernahme der Corvel durch Dunmore ist abgeschlossen.", ["Acme", "Brixa", "Corvel", "Dunmore"])
        #expect(found.deals.first { $0.target.name == "Brixa" }?.status == .planned)
    }

    @Test func laterPresentTenseRestatementKeepsAPlan() {
        // A bid retold as "übernimmt" is not yet agreed: only a statement that the deal is done upgrades it.
        let found = facts("Acme will die Brixa übernehmen. Acme übernimmt die Brixa für 20 Euro je Aktie.", ["Acme", "Brixa"])
        #expect(found.deals.first?.status == .planned)
    }

    // MARK: Joint buyers

    @Test func jointBuyersMakeOneDealAndBothHoldTheTarget() {
        let found = facts("Acme und die Dunmore übernehmen gemeinsam die Brixa.", ["Acme", "Dunmore", "Brixa"])
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brixa from - -"])
        #expect(Set(found.stakes.map(\.summary)) == ["Acme>Brixa -", "Dunmore>Brixa -"])
        let english = facts("Acme Inc and Dunmore Corp jointly acquired Brixa Corp.", .english, ["Acme Inc", "Dunmore Corp", "Brixa Corp"])
        // English makes one deal per transaction too, with the first buyer as the acquirer.
        #expect(english.deals.map(\.summary) == ["acquisition Acme Inc>Brixa Corp from - -"])
        #expect(Set(english.stakes.map(\.summary)) == ["Acme Inc>Brixa Corp -", "Dunmore Corp>Brixa Corp -"])
    }

    @Test func jointPlanGivesNoHolding() {
        let found = facts("Acme und Dunmore wollen gemeinsam die Brixa übernehmen.", ["Acme", "Dunmore", "Brixa"])
        #expect(found.stakes.isEmpty)
    }

    @Test func namesJoinedBeforeAnotherVerbAreNoJointBuyers() {
        // Two names that announce something together are not the buyers of what they announce.
        let german = facts("Acme und Dunmore teilten mit, Acme habe die Brixa gekauft.", ["Acme", "Dunmore", "Brixa"])
        #expect(!german.stakes.contains { $0.holder.name == "Dunmore" })
    }

    @Test func conditionalCompletionLeavesTheBid() {
        let found = facts("Acme Inc made an offer for Brixa Corp. Critics asked about taxes if the takeover was completed.", .english, ["Acme Inc", "Brixa Corp"])
        #expect(found.deals.first?.status != .completed)
    }

    @Test func coordinatedTargetsAreNotBuyers() {
        let found = facts("Acme übernimmt die Brixa und die Corvel.", ["Acme", "Brixa", "Corvel"])
        #expect(Set(found.stakes.map(\.summary)) == ["Acme>Brixa -", "Acme>Corvel -"])
    }

    // MARK: Ownership forms

    @Test func describedCompanyBelongsToTheNamedOwner() {
        let found = facts("Am Stromanbieter Brixa gab es Kritik. Das Unternehmen gehört nämlich der deutschen Dunmore-Gruppe.", ["Brixa", "Dunmore-Gruppe"])
        #expect(found.stakes.map(\.summary) == ["Dunmore-Gruppe>Brixa -"])
    }

    @Test func attributiveOwnerOfADescribedService() {
        let found = facts("Alle Nachrichten über Brixa sind künftig verschlüsselt. Der zu Acme gehörende Dienst führte die Verschlüsselung ein.", ["Acme", "Brixa"])
        #expect(found.stakes.map(\.summary) == ["Acme>Brixa -"])
    }

    @Test func unnamedUnitCompoundStaysUnresolved() {
        // "die Acme-Tochter" with no name may be any of Acme's units, not the article's company.
        let found = facts("Die Brixa muss mehr zahlen. Die Unterlagen der Wiener Acme-Tochter sind bereits im Haus.", ["Acme", "Brixa"])
        #expect(found.stakes.isEmpty)
    }

    @Test func multiPartUnitCompoundBeforeAName() {
        let found = facts("Der Kläger wollte gegen die Acme-Österreich-Tochter Brixa vor Gericht ziehen.", ["Acme", "Brixa"])
        #expect(found.stakes.map(\.summary) == ["Acme>Brixa -"])
    }

    @Test func controlBetweenCompanies() {
        #expect(facts("Acme kontrolliert die Brixa.", ["Acme", "Brixa"]).stakes.map(\.summary) == ["Acme>Brixa -"])
        #expect(facts("Die Brixa wird von Acme kontrolliert.", ["Acme", "Brixa"]).stakes.map(\.summary) == ["Acme>Brixa -"])
        #expect(facts("Acme kontrolliert die Brixa nicht.", ["Acme", "Brixa"]).stakes.isEmpty)
    }

    @Test func controlByAnAuthorityIsNoHolding() {
        let document = DealFixture.document("Titel\n\nDie Aufsicht Finora kontrolliert die Brixa.", .german)
        var table = DealFixture.table(document, companies: ["Finora", "Brixa"])
        for index in table.entities.indices where table.entities[index].name == "Finora" { table.entities[index].kind = .organization }
        for index in table.mentions.indices where table.mentions[index].surface == "Finora" { table.mentions[index].kind = .organization }
        let extractor = DealExtractor()
        #expect(extractor.stakes(in: document, entities: table, deals: extractor.deals(in: document, entities: table)).isEmpty)
    }

    @Test func relativeClauseShareholder() {
        let found = facts("Das Gesetz nützt der Acme, die zurzeit mit 20 Prozent nach Corvel zweitgrößter Anteilseigner bei Brixa ist.", ["Acme", "Brixa", "Corvel"])
        #expect(found.stakes.map(\.summary).contains("Acme>Brixa 20.0"))
    }

    @Test func frontedShareholderWithPercentBeforeTheHolder() {
        let found = facts("Größter Aktionär der Brixa ist mit 35 Prozent die Acme.", ["Acme", "Brixa"])
        #expect(found.stakes.map(\.summary) == ["Acme>Brixa 35.0"])
    }

    @Test func zuInfinitiveSellsOnlyWhatItsOwnClauseNames() {
        let unnamed = facts("Die Mutter Acme hat angekündigt, das Geschäft, das noch zur Brixa gehört, abzuziehen und das Filialgeschäft zu verkaufen.", ["Acme", "Brixa"])
        #expect(unnamed.deals.isEmpty)
        let named = facts("Acme hat angekündigt, die Brixa zu verkaufen.", ["Acme", "Brixa"])
        #expect(named.deals.map(\.summary) == ["acquisition ->Brixa from Acme -"])
    }
}
