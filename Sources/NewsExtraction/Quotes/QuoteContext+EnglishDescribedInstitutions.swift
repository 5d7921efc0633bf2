import NewsModel

/// "Harlow Mutual, the country's largest bank, … The bank said …": an English company the article
/// describes with an institution noun counts as named by that noun, as "Quenby Bank" does by its
/// name. Descriptions: an apposition or a copula ("X, the largest bank,", "X is the third bank
/// to …") or the noun right before the name ("UK bank X").
extension QuoteContext {
    /// The companies and organisations described as `noun` ("bank") by a mention before `offset`.
    func englishEntitiesDescribed(as noun: String, before offset: Int) -> Set<EntityID> {
        var found = Set<EntityID>()
        for mention in table.mentions where mention.range.start < offset {
            guard mention.kind == .company || mention.kind == .organization, !found.contains(mention.entity),
                let first = document.tokenIndex(containing: mention.range.start),
                let last = document.tokenIndex(containing: max(mention.range.start, mention.range.end - 1))
            else { continue }
            if isDescriptionNoun(at: first - 1, noun: noun, sentence: tokens[first].sentence)
                || describesAfter(last, as: noun, before: offset)
            {
                found.insert(mention.entity)
            }
        }
        return found
    }

    /// "UK bank X": the noun right before the name, in its sentence, in lower case ("First Marl Bank
    /// N.A." is one name, not a bank called "N.A.").
    private func isDescriptionNoun(at index: Int, noun: String, sentence: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].sentence == sentence && tokens[index].kind == .word
            && tokens[index].lower == noun && !tokens[index].isCapitalized
    }

    /// "X, the Marlovian largest bank," / "X is a bank": after the name ending at `last`, a comma or
    /// "is"/"was", an article, at most five words (and apostrophes), then the noun before `offset`,
    /// not as a possessor ("X, the bank's adviser"). After a comma the apposition must close
    /// with a comma: in "on Monday, the bank said" the noun is the subject, not a description.
    private func describesAfter(_ last: Int, as noun: String, before offset: Int) -> Bool {
        var probe = last + 1
        guard probe + 1 < tokens.count,
            tokens[probe].isPunctuation(",") || ["is", "was"].contains(tokens[probe].lower)
        else { return false }
        let isApposition = tokens[probe].isPunctuation(",")
        probe += 1
        guard Self.appositionArticles.contains(tokens[probe].lower) else { return false }
        probe += 1
        var words = 0
        while probe < tokens.count, words <= 5, tokens[probe].sentence == tokens[last].sentence {
            let token = tokens[probe]
            if token.kind == .word {
                if token.lower == noun && !token.isCapitalized {
                    guard token.range.start < offset else { return false }
                    let next = probe + 1 < tokens.count ? tokens[probe + 1].lower : ""
                    return isApposition ? next == "," : next != "'s" && next != "’s"
                }
                words += 1
            } else if !token.isPunctuation("'") && !token.isPunctuation("’") {
                return false
            }
            probe += 1
        }
        return false
    }
}
