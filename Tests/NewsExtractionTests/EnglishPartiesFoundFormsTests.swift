import NewsModel
import Testing

@testable import NewsExtraction

/// English deal and holding forms where both parties stand in the sentence but the main rules made no
/// fact of them: a percent after "which amount to", a stake raised "in the company", two companies
/// "agreed to merge the two companies", "the proposal of Y", "Y's interest in acquiring X", "X, a
/// subsidiary of Y, said it holds …". Invented names only.
@Suite struct EnglishPartiesFoundFormsTests {
    private func facts(_ text: String, _ companies: [String], people: [String] = []) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, people: people)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func sharesThatAmountToAPercent() {
        let found = facts(
            "Veltrona Corp said it spent 178.2 mln dlrs to acquire its 4,043,200 Dornvale shares, which amount to 14.8 pct of its total outstanding common stock.",
            ["Veltrona Corp", "Dornvale"])
        #expect(found.deals == ["stake Veltrona Corp>Dornvale from - 14.8"])
        #expect(found.stakes == ["Veltrona Corp>Dornvale 14.8"])
    }

    @Test func stakeRaisedInTheCompanyNamedEarlierInTheSentence() {
        let found = facts(
            "Harold Brexley, a Chicago developer who has said he is considering seeking control of Quorvel Co Group, said he raised his stake in the company to 273,100 shares, or 12.1 pct, from 219,600, or 9.7 pct.",
            ["Quorvel Co Group"], people: ["Harold Brexley"])
        #expect(found.deals == ["stake Harold Brexley>Quorvel Co Group from - 12.1"])
        #expect(found.stakes == ["Harold Brexley>Quorvel Co Group 12.1"])
    }

    @Test func stakeRaisedInTheCompanySkipsTheHoldersParent() {
        let found = facts(
            "Dornvale Corp said Veltrona Partners, a unit of Quorvel Inc, raised its stake in the company to 9.2 pct.",
            ["Dornvale Corp", "Veltrona Partners", "Quorvel Inc"])
        #expect(found.deals.contains("stake Veltrona Partners>Dornvale Corp from - 9.2"))
        #expect(!found.deals.contains { $0.contains(">Quorvel Inc") })
    }

    @Test func stakeRaisedInTheCompanyIsNeverAnOrganisations() {
        let text = "Dana Ferrick, who has written to the Securities and Exchange Commission, said he raised his stake in the company to 12.1 pct."
        let found = RuleBasedExtractor().extract(from: Article(id: "e", title: "Headline", paragraphs: ["Headline", text], language: .english))
        #expect(found.entities.contains { $0.name == "Securities and Exchange Commission" && $0.kind == .organization })
        #expect(!found.deals.contains { $0.target.name == "Securities and Exchange Commission" })
        #expect(!found.stakes.contains { $0.company.name == "Securities and Exchange Commission" })
    }

    @Test func boardsAgreedToMergeTheTwoCompanies() {
        let found = facts(
            "Veltrona Financial Group said that its board and the board of Dornvale Bancorp have agreed to merge the two bank holding companies in a transaction which would create a 23 billion dlr asset bank.",
            ["Veltrona Financial Group", "Dornvale Bancorp"])
        #expect(found.deals == ["merger Veltrona Financial Group>Dornvale Bancorp from - -"])
    }

    @Test func mergingTwoUnitsIsNoMergerOfTheCompaniesNamed() {
        let found = facts(
            "Veltrona Corp said it sold a plant to Dornvale Inc and will merge the two remaining units next year.",
            ["Veltrona Corp", "Dornvale Inc"])
        #expect(!found.deals.contains { $0.hasPrefix("merger") })
    }

    @Test func interestInAcquiringNamesTheBuyer() {
        let found = facts(
            "Harold Brexley first learned of Veltrona's interest in acquiring the rest of Dornvale in a telephone call March five from Sir Peter Quill, chairman of Veltrona.",
            ["Veltrona", "Dornvale"], people: ["Harold Brexley", "Peter Quill"])
        #expect(found.deals == ["acquisition Veltrona>Dornvale from - -"])
        #expect(!found.stakes.contains { $0.hasPrefix("Harold Brexley") })
    }
}

/// A new unit as a merger's vehicle, and "Z and its affiliate, Y". Invented names only.
@Suite struct EnglishNewUnitMergerFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func newSubsidiarySigningAMergerAgreementAcquires() {
        let found = facts(
            "Veltrona Inc said its new subsidiary, Veltrona Blood Inc, signed the agreement and plan of merger with Dornvale Research Corp.",
            ["Veltrona Inc", "Veltrona Blood Inc", "Dornvale Research Corp"])
        #expect(found.deals == ["acquisition Veltrona Blood Inc>Dornvale Research Corp from - -"])
        #expect(found.stakes.contains("Veltrona Inc>Veltrona Blood Inc -"))
    }

    @Test func anEstablishedUnitStillMerges() {
        let found = facts(
            "Veltrona Inc said its subsidiary, Veltrona Blood Inc, signed a merger agreement with Dornvale Research Corp.",
            ["Veltrona Inc", "Veltrona Blood Inc", "Dornvale Research Corp"])
        #expect(!found.deals.contains { $0.hasPrefix("acquisition Veltrona Blood Inc") })
    }

    @Test func itsAfterACoordinatedCompanyIsThatCompanys() {
        let found = facts(
            "Veltrona Inc said it signed the agreement and plan of merger with Dornvale Research Corp and its affiliate, Quorvel Corp.",
            ["Veltrona Inc", "Dornvale Research Corp", "Quorvel Corp"])
        #expect(!found.stakes.contains("Veltrona Inc>Quorvel Corp -"))
        #expect(found.stakes.contains("Dornvale Research Corp>Quorvel Corp -"))
    }
}
