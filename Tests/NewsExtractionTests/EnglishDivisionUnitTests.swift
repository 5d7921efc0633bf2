import NewsModel
import Testing

@testable import NewsExtraction

/// "its Engine Parts Division": capitalised words and "Division" after a possessive name a company's unit, held by
/// the possessor (not after a sale word, and never by a person); a league's "First Division" is no company.
/// Invented names only.
@Suite struct EnglishDivisionUnitTests {
    private func companies(_ text: String) -> [String] {
        EntityRecognizerTests.names(EntityRecognizerTests.entities(text, language: .english), kind: .company)
    }

    private func facts(_ text: String, _ companies: [String]) -> (stakes: [String], deals: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies)
        return (found.stakes.map(\.summary), found.deals.map(\.summary))
    }

    @Test func possessedDivisionIsACompany() {
        #expect(companies("Kelmar Industries Inc said it sold its Engine Parts Division to Brixel Inc.").contains("Engine Parts Division"))
        #expect(companies("Kelmar Stores Inc will sell its Salt Lake City Division.").contains("Salt Lake City Division"))
        #expect(!companies("Kelmar Rovers were promoted to the First Division last season.").contains("First Division"))
    }

    @Test func ownDivisionIsHeldByThePronounsParty() {
        let held = facts("Kelmar Corp said its Quarvel Systems Division will open a plant.", ["Kelmar Corp", "Quarvel Systems Division"])
        #expect(held.stakes == ["Kelmar Corp>Quarvel Systems Division -"])
        let sold = facts("Kelmar Corp said it sold its Quarvel Systems Division to Brixel Inc.", ["Kelmar Corp", "Quarvel Systems Division", "Brixel Inc"])
        #expect(!sold.stakes.contains("Kelmar Corp>Quarvel Systems Division -"))
        let headed = DealFixture.facts(
            "Headline\n\nKelmar Corp said it named Dana Ferrick president of its Quarvel Systems Division.", .english,
            companies: ["Kelmar Corp", "Quarvel Systems Division"], people: ["Dana Ferrick"])
        #expect(!headed.stakes.map(\.summary).contains("Dana Ferrick>Quarvel Systems Division -"))
    }
}
