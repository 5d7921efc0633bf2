import NewsModel
import Testing

@testable import NewsExtraction

/// English stake purchases without a buying verb before the part ("paid … for 8.6 pct of X"), bids for
/// the part a buyer does not yet hold, "A/B merger", purchases that buy no part of a company (debt
/// securities, products), a sale's target after its buyer, "have received … a share", and company
/// names with a possessive ("Dr X's …", "X's Group"). Invented names only.
@Suite struct DealEnglishStakePurchaseFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func paidForAPercentOfACompany() {
        let found = facts("Acme Corp said it paid 12.5 mln dlrs for 8.6 pct of Brixa Inc.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["stake Acme Corp>Brixa Inc from - 8.6"])
        #expect(found.stakes == ["Acme Corp>Brixa Inc 8.6"])
    }

    @Test func paidForAPercentOfTheCommonStock() {
        let found = facts("Acme Corp said it paid about 4.1 mln dlrs for 9.5 pct of Brixa Inc's common stock.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["stake Acme Corp>Brixa Inc from - 9.5"])
    }

    @Test func paidForSomethingElseIsNoStake() {
        // A percent that is no part of a company: a price rise.
        let found = facts("Acme Corp said it paid 10 pct more for Brixa Inc parts this year.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals.isEmpty)
    }

    @Test func bidForTheRestItDoesNotHold() {
        let found = facts("Acme Corp made a 2.20 dlr a share bid for the 70 pct it does not already hold in Brixa Ltd.", ["Acme Corp", "Brixa Ltd"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Ltd from - -"])
        #expect(found.stakes == ["Acme Corp>Brixa Ltd 30.0"])
    }

    @Test func slashJoinedMerger() {
        let found = facts("The inquiry covers the Acme Corp/Brixa Inc merger negotiations.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["merger Acme Corp>Brixa Inc from - -"])
    }

    @Test func debtSecuritiesAreNoStake() {
        let found = facts(
            "Acme Corp said it has acquired 3,916,000 dlrs of 7-1/2 pct convertible subordinated debentures of its Brixa Finance NV affiliate for 501,807 common shares.",
            ["Acme Corp", "Brixa Finance NV"])
        #expect(found.deals.isEmpty)
        #expect(!found.stakes.contains { $0.hasSuffix("7.5") })
    }

    @Test func productsOfACompanyAreNoAcquisition() {
        let found = facts("Acme Corp said it will acquire 15 Brixa Co <BRX> 767-300 planes.", ["Acme Corp", "Brixa Co"])
        #expect(found.deals.isEmpty)
        #expect(found.stakes.isEmpty)
    }

    @Test func countedSharesOfACompanyStayAStake() {
        let found = facts("Acme Corp said it bought 1.2 mln Brixa Inc shares.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["stake Acme Corp>Brixa Inc from - -"])
    }

    @Test func aNameAfterTheBuyerIsNotWhatIsSold() {
        // "Brixa Business Systems" is unknown: the parent named after the buyer must not become the target.
        let found = facts(
            "Acme Corp said it reached a definitive agreement to sell Brixa Business Systems to Cole Ltd of Atlanta, the U.S. subsidiary of Dorn PLC.",
            ["Acme Corp", "Cole Ltd", "Dorn PLC"])
        #expect(!found.deals.contains { $0.contains(">Dorn PLC") })
    }

    @Test func receivingAPricePerShareIsNoHolding() {
        let found = facts("Holders of Brixa Inc have received Acme Corp's 46 dlrs a share in cash.", ["Acme Corp", "Brixa Inc"])
        #expect(found.stakes.isEmpty)
    }

    @Test func holdingSharesIsStillAHolding() {
        let found = facts("Acme Corp said it has 1.2 mln shares of Brixa Inc, or 6.1 pct.", ["Acme Corp", "Brixa Inc"])
        #expect(found.stakes == ["Acme Corp>Brixa Inc 6.1"])
    }

    @Test func titleInsideAPossessiveCompanyName() {
        let table = EntityRecognizerTests.entities("Dr Pellow's Drug Stores Inc said it agreed to acquire Rexwood Pharmacy Corp.", language: .english)
        let names = table.entities.filter { $0.kind == .company }.map(\.name)
        #expect(names.contains("Dr Pellow's Drug Stores Inc"))
        #expect(!names.contains("Drug Stores Inc"))
        #expect(!table.entities.contains { $0.kind == .person })
    }

    @Test func internationalUnitStaysApartFromItsParent() {
        // "International" is part of a name, not a legal form: the unit is not its parent.
        let table = EntityRecognizerTests.entities(
            "Zentor Corp said its trade subsidiary, Zentor International Inc, bought Brixa Ltd. Zentor Corp shares rose.", language: .english)
        let names = table.entities.filter { $0.kind == .company }.map(\.name)
        #expect(names.contains("Zentor Corp"))
        #expect(names.contains("Zentor International Inc"))
    }

    @Test func internationalIsDroppedOnlyAfterTwoWords() {
        #expect(EntityKey.of("Quarvel Bank International") == EntityKey.of("Quarvel Bank"))
        #expect(EntityKey.of("Quarvel Bank International AG") == EntityKey.of("Quarvel Bank AG"))
        #expect(EntityKey.of("Zentor International Inc") != EntityKey.of("Zentor Corp"))
        #expect(EntityKey.of("Zentor International Inc") == EntityKey.of("Zentor International"))
        for name in ["Quarvel Bank International", "Quarvel Bank International AG", "Zentor International Inc", "International Inc", "Bank Zentor International Ltd"] {
            #expect(NameKey.of(name) == EntityKey.of(name), "\(name)")
        }
    }

    @Test func possessiveCompanyNameBuysAStake() {
        // "Wendell's" is the short form of "Wendell's Group": its "'s" is the name's own, not a genitive.
        let found = DealFixture.facts(
            "Headline\n\nThe two companies held talks after Wendell's bought an 18.8 pct stake in Brixa Ltd on 13 January.", .english,
            companies: ["Wendell's Group", "Brixa Ltd"], aliases: ["Wendell": "Wendell's Group"])
        #expect(found.deals.map(\.summary) == ["stake Wendell's Group>Brixa Ltd from - 18.8"])
    }

    @Test func genitiveOfAnotherNameStaysAGenitive() {
        // "Acme's" of "Acme Corp" is a genitive: Acme owns the stake sold, it does not buy.
        let found = DealFixture.facts(
            "Headline\n\nCole Inc bought Acme's 18.8 pct stake in Brixa Ltd.", .english,
            companies: ["Acme Corp", "Brixa Ltd", "Cole Inc"], aliases: ["Acme": "Acme Corp"])
        #expect(found.deals.map(\.summary).map { $0.hasPrefix("stake Cole Inc>Brixa Ltd") } == [true])
    }

    @Test func pronounOfACoordinatedGroupIsItsFirstMember() {
        let found = facts(
            "An investor group including New York-based Acme Corp and Brixa Fund Inc told the Securities and Exchange Commission it raised its stake in Cole Inc to 8.2 pct.",
            ["Acme Corp", "Brixa Fund Inc", "Cole Inc", "Securities and Exchange Commission"])
        #expect(found.deals == ["stake Acme Corp>Cole Inc from - 8.2"])
    }
}
