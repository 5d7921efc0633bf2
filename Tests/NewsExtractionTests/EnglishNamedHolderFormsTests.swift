import NewsModel
import Testing

@testable import NewsExtraction

/// English holdings and stake deals whose holder is named right before the relative or stake noun: "X which
/// owns 37.5 pct of Y" (no comma) and "buy the Y stake in X". Invented names only.
@Suite struct EnglishNamedHolderFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func relativeWithoutCommaAfterABracketedName() {
        let found = facts(
            "Veltrona Corp said it is buying 75 pct of <Brisko Holding> which owns 37.5 pct of Harlow Minerals Inc.",
            ["Veltrona Corp", "Brisko Holding", "Harlow Minerals Inc"])
        #expect(found.stakes.contains("Brisko Holding>Harlow Minerals Inc 37.5"))
        #expect(!found.stakes.contains("Veltrona Corp>Harlow Minerals Inc 37.5"))
        let passive = facts("Veltrona Corp named a chief of Harlow Minerals Inc which is 50 pct owned by Brisko Industries Ltd.", ["Veltrona Corp", "Harlow Minerals Inc", "Brisko Industries Ltd"])
        #expect(passive.stakes == ["Brisko Industries Ltd>Harlow Minerals Inc 50.0"])
    }

    @Test func commalessRelativeWithAnotherVerbNamesNoSubject() {
        // "which is seeking …" is no holding: the party named before "which" buys nothing here.
        let found = facts(
            "Brisko Industries Ltd said it was sued by Quorvel Inc which is seeking damages over the purchase of Harlow Minerals Inc.",
            ["Brisko Industries Ltd", "Quorvel Inc", "Harlow Minerals Inc"])
        #expect(!found.deals.contains { $0.hasPrefix("acquisition Quorvel Inc>") })
    }

    @Test func relativeWithoutCommaAfterANameAndTicker() {
        let found = facts(
            "Veltrona Corp bought shares of Brisko Holding Inc <BRSK.N> which holds 12 pct of Harlow Minerals Inc.",
            ["Veltrona Corp", "Brisko Holding Inc", "Harlow Minerals Inc"])
        #expect(found.stakes.contains("Brisko Holding Inc>Harlow Minerals Inc 12.0"))
    }

    @Test func buyingANamedOwnersStakeInACompany() {
        let found = facts(
            "Veltrona Corp said it wanted to buy the Brisko Industries Ltd stake in Harlow Minerals Inc.",
            ["Veltrona Corp", "Brisko Industries Ltd", "Harlow Minerals Inc"])
        #expect(found.deals == ["stake Veltrona Corp>Harlow Minerals Inc from Brisko Industries Ltd -"])
        #expect(!found.stakes.contains("Veltrona Corp>Brisko Industries Ltd -"))
    }

    @Test func partyNamedAfterMergedIntoAbsorbsTheSubject() {
        let found = facts(
            "Veltrona Corp said it bought Harlow Minerals Inc from Brisko Industries Ltd. Harlow Minerals Inc has been merged into Veltrona Corp and will be operated as a division.",
            ["Veltrona Corp", "Harlow Minerals Inc", "Brisko Industries Ltd"])
        #expect(found.deals == ["acquisition Veltrona Corp>Harlow Minerals Inc from Brisko Industries Ltd -"])
        // Two companies that merge with each other stay a merger.
        let merger = facts("Veltrona Corp merged with Harlow Minerals Inc last year.", ["Veltrona Corp", "Harlow Minerals Inc"])
        #expect(merger.deals == ["merger Veltrona Corp>Harlow Minerals Inc from - -"])
        // The passive's subject must stand right before "was": otherwise the form is left as it was.
        let far = facts("Brisko Industries Ltd was sold to Quorvel Inc and Harlow was merged into Veltrona Corp.", ["Brisko Industries Ltd", "Quorvel Inc", "Veltrona Corp"])
        #expect(!far.deals.contains("acquisition Veltrona Corp>Brisko Industries Ltd from - -"))
    }

    @Test func talksWithAPartnerOnTheirJointlyOwnedCompany() {
        let found = facts(
            "Veltrona Corp had started talks with Brisko Industries Ltd on their jointly owned courier service Harlow Express, but declined to comment.",
            ["Veltrona Corp", "Brisko Industries Ltd", "Harlow Express"])
        #expect(found.stakes.contains("Veltrona Corp>Harlow Express -"))
        #expect(found.stakes.contains("Brisko Industries Ltd>Harlow Express -"))
        // One party alone before "their" names no joint owners.
        let alone = facts("Veltrona Corp said their jointly owned Harlow Express grew.", ["Veltrona Corp", "Harlow Express"])
        #expect(!alone.stakes.contains("Brisko Industries Ltd>Harlow Express -"))
        #expect(alone.stakes.count <= 1)
    }

    @Test func negotiatingAMinorityStakeIsAPlannedStakeDeal() {
        let found = facts("Veltrona Corp said it is negotiating a minority stake in Harlow Minerals Inc.", ["Veltrona Corp", "Harlow Minerals Inc"])
        #expect(found.deals == ["stake Veltrona Corp>Harlow Minerals Inc from - -"])
        // Planned: no holding yet.
        #expect(found.stakes.isEmpty)
        let percent = facts("Veltrona Corp seeks a 20 pct stake in Harlow Minerals Inc.", ["Veltrona Corp", "Harlow Minerals Inc"])
        #expect(percent.deals == ["stake Veltrona Corp>Harlow Minerals Inc from - 20.0"])
        // No company after "in": nothing.
        let unnamed = facts("Veltrona Corp is seeking a stake in the proposed telephone venture.", ["Veltrona Corp"])
        #expect(unnamed.deals.isEmpty)
        // Plans given up: "to seek" is no sought stake.
        let givenUp = facts("Veltrona Corp said it gave up its plans to seek a majority stake in Harlow Minerals Inc.", ["Veltrona Corp", "Harlow Minerals Inc"])
        #expect(givenUp.deals.isEmpty)
    }

    @Test func possessorOfANominalStakeIncrease() {
        let found = facts(
            "The Federal Trade Office approved Veltrona Corp's increase of its stake in Harlow Minerals Inc to 95 pct from 33 pct.",
            ["Federal Trade Office", "Veltrona Corp", "Harlow Minerals Inc"])
        #expect(found.deals == ["stake Veltrona Corp>Harlow Minerals Inc from - 95.0"])
        #expect(found.stakes.contains("Veltrona Corp>Harlow Minerals Inc 95.0"))
    }

    @Test func saleOfStakesInTwoCompaniesIsTwoStakeDeals() {
        let found = facts(
            "Veltrona Corp said it agreed to sell its stakes in Harlow Minerals Inc and Brisko Industries Ltd to Quorvel Inc.",
            ["Veltrona Corp", "Harlow Minerals Inc", "Brisko Industries Ltd", "Quorvel Inc"])
        #expect(found.deals.contains("stake Quorvel Inc>Harlow Minerals Inc from Veltrona Corp -"))
        #expect(found.deals.contains("stake Quorvel Inc>Brisko Industries Ltd from Veltrona Corp -"))
        // One stake ("its stake in A and its unit B") is no list of stakes.
        let single = facts("Veltrona Corp sold its stake in Harlow Minerals Inc and Brisko Industries Ltd bought shares.", ["Veltrona Corp", "Harlow Minerals Inc", "Brisko Industries Ltd"])
        #expect(!single.deals.contains { $0.contains(">Brisko Industries Ltd from Veltrona Corp") })
    }

    @Test func saleOfStakesInBothOfTwoCompanies() {
        let found = facts(
            "Veltrona Corp agreed to sell its stakes in both Harlow Minerals Inc and Brisko Industries Ltd to Quorvel Inc.",
            ["Veltrona Corp", "Harlow Minerals Inc", "Brisko Industries Ltd", "Quorvel Inc"])
        #expect(found.deals.contains("stake Quorvel Inc>Brisko Industries Ltd from Veltrona Corp -"))
    }

    @Test func interestInTheCompanyOfTheSpeaker() {
        let found = facts(
            "Harlow Minerals Inc said Veltrona Corp, which owns a 57 pct interest in the company, proposed a merger.",
            ["Harlow Minerals Inc", "Veltrona Corp"])
        #expect(found.stakes.contains("Veltrona Corp>Harlow Minerals Inc 57.0"))
        // "the company's plant" is no company held.
        let plant = facts("Veltrona Corp, which owns a 57 pct interest in the company plant, said sales rose.", ["Veltrona Corp"])
        #expect(plant.stakes.isEmpty)
    }
}
