import NewsModel

/// English trailing attributions whose speaker carries its short form in brackets ("…, the Office
/// of Regional Planning (ORP) has said."): the brackets end the backward scan for the comma before
/// the speaker, so this finds that comma directly.
extension QuoteContext {
    /// The comma that ends the content before a speaker named with its bracketed short form right
    /// at the English cue `index` ("…, the Harlow Grain Board (HGB) said", "…, Veltrona Mining
    /// (VM) has said"): `, [the] <name of one known mention> ( SHORT ) [has|have|had] <cue>`. Nil
    /// for any other shape.
    func englishCommaBeforeBracketedSpeaker(beforeCue index: Int, lower: Int) -> Int? {
        guard language == .english, index - 5 >= lower, index < tokens.count else { return nil }
        var close = index - 1
        if ["has", "have", "had"].contains(tokens[close].lower) { close -= 1 }
        guard close - 3 >= lower, tokens[close].isPunctuation(")"), tokens[close - 2].isPunctuation("("),
            tokens[close - 1].kind == .word
        else { return nil }
        let short = document.slice(tokens[close - 1].range).unicodeScalars
        guard (2...8).contains(short.count), short.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        // The name before the brackets is one mention of a company or organisation.
        let last = close - 3
        guard let mention = mention(at: last), mention.kind == .company || mention.kind == .organization else {
            return nil
        }
        var start = last
        while start - 1 >= lower, self.mention(at: start - 1)?.range == mention.range { start -= 1 }
        if start - 1 >= lower, Self.determiners.contains(tokens[start - 1].lower) { start -= 1 }
        let comma = start - 1
        guard comma > lower, tokens[comma].isPunctuation(",") else { return nil }
        return comma
    }
}

extension QuoteContext {
    /// Whether the English word at `index` is a capitalised role word that ends the mention of a
    /// company or organisation ("the Office of the Deputy Harbour Minister said"): part of that
    /// name, it describes no person who speaks. A role with a name after it inside the mention
    /// ("… Energy Secretary Jon Quell") is left to the role rules.
    func isEnglishRoleInsideOrganizationMention(_ index: Int) -> Bool {
        guard language == .english, index >= 0, index < tokens.count, tokens[index].isCapitalized,
            let mention = mention(at: index), mention.kind == .organization || mention.kind == .company
        else { return false }
        return mention.range.end == tokens[index].range.end
    }
}
