import NewsExtraction
import NewsModel
import Testing

/// The words before a bracketed part of a name stand for the whole name, even when they are ordinary
/// words ("Central Timber" for "Central Timber (Pacific) Ltd"), so that later sentences speak of that
/// company, not of its owner. Invented names only.
@Suite struct EntityBracketedNameShortFormTests {
    private let text =
        "A group led by Central Timber (Pacific) Ltd said it holds 9.5 pct of Tessaro Corp. Central Timber, which is "
        + "principally owned by Quorvane Investments Ltd, said it bought the shares for investment."

    @Test func theWordsBeforeTheBracketAreAnAlias() {
        let table = EntityRecognizerTests.entities(text, language: .english)
        let company = table.entities.first { $0.name == "Central Timber (Pacific) Ltd" }
        #expect(company?.aliases.contains("Central Timber") == true, "\(table.entities.map(\.allNames))")
    }

    @Test func theOwnerOfTheShortFormIsNoHolderOfWhatItBought() {
        let facts = RuleBasedExtractor().extract(
            from: Article(id: "s", title: "Title", paragraphs: ["Title", text], language: .english))
        let holders = facts.stakes.filter { $0.company.name == "Tessaro Corp" }.map(\.holder.name)
        #expect(holders.contains("Central Timber (Pacific) Ltd"), "\(facts.stakes)")
        #expect(!holders.contains { $0.hasPrefix("Quorvane") }, "\(facts.stakes)")
    }
}
