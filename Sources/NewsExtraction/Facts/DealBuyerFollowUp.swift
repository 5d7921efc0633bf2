import NewsModel

/// A sentence right after a deal without a buyer that names the buyer on its own: "Käufer ist die Y",
/// "Käufer ist der Finanzinvestor Y", "Käufer der X ist Y", "The buyer is Y". The latest deal takes
/// that buyer; the sentence becomes further evidence.
enum DealBuyerFollowUp {
    /// Nouns of the buyer, lower case ("Käufer", "Erwerberin", "buyer").
    private static let buyerNouns: WordSet = [
        "käufer", "käuferin", "erwerber", "erwerberin", "buyer", "purchaser", "acquirer",
    ]
    /// Copulas between the noun and the buyer.
    private static let copulas: WordSet = ["ist", "sind", "war", "waren", "wird", "werden", "is", "was", "are", "were"]
    /// Articles and determiners that may stand before the noun or the buyer's name.
    private static let articles: WordSet = ["der", "die", "das", "den", "dem", "des", "the", "a", "an"]

    /// The buyer the sentence names for the latest deal, or nil. The latest deal must lack a buyer and
    /// be stated in one of the two sentences before; the buyer is a company, organisation or person
    /// named right after the copula that is neither the deal's target nor its seller.
    static func buyer(
        _ tokens: ArraySlice<Token>, sentence: Int, latest deals: [DealCandidate], mentions: ArraySlice<EntityMention>
    ) -> EntityID? {
        guard let latest = deals.last, latest.acquirer == nil, latest.sentence < sentence, sentence - latest.sentence <= 2,
            !mentions.isEmpty
        else { return nil }
        var k = tokens.startIndex
        if k < tokens.endIndex, articles.contains(tokens[k].lower) { k += 1 }
        guard k < tokens.endIndex else { return nil }
        guard buyerNouns.contains(tokens[k].lower) else { return nil }
        k += 1
        // "Käufer der X ist": the target in the genitive.
        if k + 1 < tokens.endIndex, ["der", "des", "of"].contains(tokens[k].lower),
            let named = mention(at: k + 1, tokens, mentions), named.entity == latest.target
        {
            k = tokens.index(after: k)
            while k < tokens.endIndex, mention(at: k, tokens, mentions)?.entity == latest.target { k += 1 }
        }
        guard k < tokens.endIndex, copulas.contains(tokens[k].lower) else { return nil }
        k += 1
        // "will be" after "The buyer".
        if k < tokens.endIndex, tokens[k].lower == "be" { k += 1 }
        if k < tokens.endIndex, articles.contains(tokens[k].lower) { k += 1 }
        // "der Finanzinvestor Y": one describing noun before the name.
        if k + 1 < tokens.endIndex, mention(at: k, tokens, mentions) == nil, tokens[k].isCapitalized {
            k += 1
        }
        guard k < tokens.endIndex, let buyer = mention(at: k, tokens, mentions),
            buyer.kind == .company || buyer.kind == .organization || buyer.kind == .person,
            buyer.entity != latest.target, buyer.entity != latest.seller
        else { return nil }
        return buyer.entity
    }

    /// The mention whose name starts at token `k`.
    private static func mention(at k: Int, _ tokens: ArraySlice<Token>, _ mentions: ArraySlice<EntityMention>) -> EntityMention? {
        let start = tokens[k].range.start
        return mentions.first { $0.range.start == start || $0.tokenRange.start == start }
    }
}
