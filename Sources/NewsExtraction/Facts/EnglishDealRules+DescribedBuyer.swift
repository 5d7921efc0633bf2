import NewsModel

/// A description that stands for a company named before it in the sentence: "…, said X, following the British
/// company's acquisition of 54 pct of Y": "the British company" is X.
extension EnglishDealRules {
    /// Company nouns a description ends in.
    private static let describedNouns: WordSet = ["company", "firm", "group", "concern", "bank", "insurer", "conglomerate", "carrier", "retailer", "utility"]

    /// The company that "the <descriptor> company's" right before the deal noun at `head` stands for: the last
    /// organisation the sentence named before it, other than the target. The description needs one or two
    /// describing words ("the company's" alone is the article's company, read elsewhere).
    func describedPossessor(before head: Int, _ clause: Range<Int>, target: EntityID?) -> EntityID? {
        var noun = head - 1
        var word = view.word(noun)
        if ["'s", "’s"].contains(word) {
            noun -= 1
            word = view.word(noun)
        } else if word.hasSuffix("'s") || word.hasSuffix("’s") {
            word = String(word.dropLast(2))
        } else {
            return nil
        }
        guard noun > 1, Self.describedNouns.contains(word), !view.items[noun].hasMention else { return nil }
        var article = noun - 1
        while article > noun - 3, article > 0, view.word(article) != "the" {
            // Describing words only: no name, verb, number or punctuation.
            guard !view.items[article].hasMention, !view.tokens[view.items[article].tokens.lowerBound].isPunctuation,
                !SentenceView.isVerb(view.word(article), view.words), !view.quantities.contains(where: { $0.item == article })
            else { return nil }
            article -= 1
        }
        guard view.word(article) == "the", article < noun - 1 else { return nil }
        let named = view.span(0, article).last { view.items[$0].isOrganisation && view.items[$0].entity != target && !view.isPossessive($0) }
        return named.flatMap { view.items[$0].entity }
    }
}
