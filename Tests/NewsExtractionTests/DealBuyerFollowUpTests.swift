import NewsExtraction
import NewsModel
import Testing

/// A sentence right after a deal without a buyer that names the buyer ("Käufer ist die Y", "The buyer
/// is Y"): the deal takes that buyer, and the buyer holds the company. Invented names only.
@Suite struct DealBuyerFollowUpTests {
    private func facts(_ body: String, _ language: Language) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "b", title: "Titel", paragraphs: ["Titel", body], language: language))
    }

    @Test func germanBuyerNamedInTheNextSentence() {
        let found = facts(
            "Die Zelvag AG verkauft die Quentel GmbH für 20 Millionen Euro. Käufer ist die Morbang AG.", .german)
        let deal = found.deals.first { $0.target.name == "Quentel GmbH" }
        #expect(deal?.acquirer?.name == "Morbang AG", "\(found.deals)")
        #expect(deal?.seller?.name == "Zelvag AG")
        #expect(found.stakes.contains { $0.holder.name == "Morbang AG" && $0.company.name == "Quentel GmbH" }, "\(found.stakes)")
    }

    @Test func germanBuyerAfterADescribingNoun() {
        let found = facts(
            "Die Zelvag AG verkauft die Quentel GmbH für 20 Millionen Euro. Käufer ist der Finanzinvestor Morbang.", .german)
        #expect(found.deals.first?.acquirer?.name == "Morbang", "\(found.deals)")
    }

    @Test func englishBuyerNamedInTheNextSentence() {
        let found = facts("Zelvag Corp said it agreed to sell its Quentel unit for 20 mln dlrs. The buyer is Morbang Inc.", .english)
        #expect(found.deals.first?.acquirer?.name == "Morbang Inc", "\(found.deals)")
    }

    @Test func aSentenceOfAnotherShapeNamesNoBuyer() {
        let found = facts(
            "Die Zelvag AG verkauft die Quentel GmbH für 20 Millionen Euro. Die Morbang AG ist an der Übernahme interessiert.",
            .german)
        #expect(found.deals.first?.acquirer == nil, "\(found.deals)")
    }
}
