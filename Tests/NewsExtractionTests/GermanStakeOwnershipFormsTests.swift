import NewsExtraction
import NewsModel
import Testing

/// German holdings whose parties were found but not linked: a holding through the subject's own unit ("über
/// ihre Tochter"), coordinated holders ("An der X sind die Y und die Z beteiligt"), a dative relative ("Die Y,
/// der die X gehört") and the unit named in an apposition with an article. Invented names only.
@Suite struct GermanStakeOwnershipFormsTests {
    private func facts(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "g", title: "Titel", paragraphs: ["Titel", text], language: .german))
    }

    @Test func aHoldingThroughTheSubjectsOwnUnitIsTheSubjectsToo() {
        let found = facts("Die Harlowe Holding ist über ihre Tochter Brisko GmbH an der Veltrona AG beteiligt.")
        let stakes = found.stakes.map(\.summary)
        #expect(stakes.contains("Harlowe Holding>Veltrona AG -"))
        #expect(stakes.contains("Brisko GmbH>Veltrona AG -"))
    }

    @Test func theIndirectHoldingKeepsThePercent() {
        let found = facts("Die Harlowe Holding ist über ihre Tochter Brisko GmbH mit 20 Prozent an der Veltrona AG beteiligt.")
        #expect(found.stakes.map(\.summary).contains("Harlowe Holding>Veltrona AG 20.0"))
    }

    @Test func aPartyAfterUeberAloneIsNoUnitOfTheSubject() {
        let found = facts("Die Harlowe Holding ist über die Brisko GmbH an der Veltrona AG beteiligt.")
        #expect(!found.stakes.map(\.summary).contains("Harlowe Holding>Veltrona AG -"))
    }

    @Test func everyCoordinatedPartyHoldsAStake() {
        let found = facts("An der Veltrona AG sind die Harlowe Holding und die Brisko GmbH beteiligt.")
        let stakes = Set(found.stakes.map(\.summary))
        #expect(stakes == ["Harlowe Holding>Veltrona AG -", "Brisko GmbH>Veltrona AG -"])
    }

    @Test func eachCarriesThePercentToEveryCoordinatedHolder() {
        let found = facts("An der Veltrona AG sind die Harlowe Holding und die Brisko GmbH mit je 30 Prozent beteiligt.")
        let stakes = Set(found.stakes.map(\.summary))
        #expect(stakes == ["Harlowe Holding>Veltrona AG 30.0", "Brisko GmbH>Veltrona AG 30.0"])
    }

    @Test func theAntecedentOfADativeRelativeIsTheOwner() {
        let found = facts("Die Harlowe Holding, der die Veltrona AG gehört, meldete einen Gewinn.")
        #expect(found.stakes.map(\.summary) == ["Harlowe Holding>Veltrona AG -"])
    }

    @Test func aDemRelativeReadsTheSameWay() {
        let found = facts("Der Konzern Harlowe Holding, dem die Veltrona AG gehört, meldete einen Gewinn.")
        #expect(found.stakes.map(\.summary) == ["Harlowe Holding>Veltrona AG -"])
    }

    @Test func aNominativeRelativeStillMakesTheAntecedentTheOwnedCompany() {
        let found = facts("Die Veltrona AG, die der Harlowe Holding gehört, meldete einen Gewinn.")
        #expect(found.stakes.map(\.summary) == ["Harlowe Holding>Veltrona AG -"])
    }

    @Test func anArticleMayOpenTheAppositionAfterTheParent() {
        let found = facts("Die Tochter der Harlowe Holding, die Veltrona Bank, wird von einer Agentur bewertet.")
        #expect(found.stakes.map(\.summary) == ["Harlowe Holding>Veltrona Bank -"])
    }
}
