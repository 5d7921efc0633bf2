import NewsModel

/// Which of the companies before an English speech verb is its subject: not the possessor of an
/// object ("X rejected Y's offer, saying …" is X) and not a company inside an apposition ("X, a
/// subsidiary of Y, said …" is X; so is "X, the Tulsa company that owns 56 pct of Y, said …").
extension QuoteContext {
    /// Whether an English company mention owns a lower-case noun that is no statement of its own
    /// ("Quorvane's offer", "Quorvane Corp's bid"): an object, not the subject that speaks.
    func isPossessorOfObject(_ mention: EntityMention, at index: Int, upper: Int) -> Bool {
        guard language == .english, let possessed = possessed(after: mention, at: index, upper: upper) else {
            return false
        }
        return possessed == nil
    }

    /// "A group led by X Inc, a subsidiary of Y Industries, a Town carpet maker, said": for a
    /// company named inside an English apposition (a comma, then "a", "an" or "the" within a few
    /// words), the company the apposition describes, right before its comma. Follows up to two
    /// appositions back. Nil when the mention stands in no apposition.
    func appositionHead(of mention: EntityMention, from lower: Int) -> EntityMention? {
        guard language == .english, var first = document.tokenIndex(containing: mention.range.start) else { return nil }
        var head: EntityMention?
        for _ in 0..<2 {
            guard let comma = appositionComma(before: first, from: lower), comma > lower,
                let described = self.mention(at: tickerStart(before: comma, from: lower) - 1),
                described.kind == .company || described.kind == .organization,
                described.entity != mention.entity,
                let start = document.tokenIndex(containing: described.range.start)
            else { break }
            head = described
            first = start
        }
        return head
    }

    /// The comma that opens an apposition holding `index`: within fourteen tokens before it
    /// ("X, the Tulsa company that owns 56 pct of Y, said"), followed by "a", "an" or "the", with
    /// only words (and dots, hyphens, ampersands, ticker brackets) in between.
    private func appositionComma(before index: Int, from lower: Int) -> Int? {
        var probe = index - 1
        while probe >= lower && index - probe <= 14 {
            let token = tokens[probe]
            if token.isPunctuation(",") {
                guard probe + 1 < index, Self.appositionArticles.contains(tokens[probe + 1].lower) else { return nil }
                return probe
            }
            guard token.kind == .word || token.isPunctuation(".") || token.isPunctuation("-") || token.isPunctuation("&")
                || token.isPunctuation("<") || token.isPunctuation(">")
            else { return nil }
            probe -= 1
        }
        return nil
    }

    /// "X Plc <XPL.L>, the …": the "<" of a ticker that ends right before `comma`, so that the name
    /// before it is read; `comma` itself when no ticker stands there.
    private func tickerStart(before comma: Int, from lower: Int) -> Int {
        guard comma - 1 > lower, tokens[comma - 1].isPunctuation(">") else { return comma }
        var probe = comma - 2
        while probe > lower && comma - probe <= 6 {
            if tokens[probe].isPunctuation("<") { return probe }
            probe -= 1
        }
        return comma
    }

    /// Articles that open an English apposition: ", a subsidiary of …", ", the parent of …".
    static let appositionArticles: WordSet = ["a", "an", "the"]
}

extension QuoteContext {
    /// The company an English "it" or "the company" before `offset` stands for: the last company
    /// named, passing over one named in a phrase of "its" ("the sale of its stake in the Quill
    /// Herald. It said …" is about the owner, not the Herald). Falls back to the last company.
    /// With `businessOnly` ("das Unternehmen", "der Konzern", "die Firma") a company named before
    /// wins over an organisation named after it ("Die X GmbH stellt beim Landesgericht einen
    /// Antrag. Das teilte das Unternehmen mit."); with no company, the last organisation. With `groupNoun`
    /// ("the group said"), only a company the group may be: none it holds. In English never the body told or
    /// filed with.
    func lastCompanyForAnaphor(before offset: Int, businessOnly: Bool = false, groupNoun: Bool = false) -> EntityMention? {
        let mentions = table.mentions
        var end = 0
        while end < mentions.count && mentions[end].range.start < offset { end += 1 }
        var last: EntityMention?
        var index = end
        var fallback: EntityMention?
        while index > 0 {
            index -= 1
            let mention = mentions[index]
            guard mention.kind == .company || mention.kind == .organization else { continue }
            if businessOnly && mention.kind != .company {
                if fallback == nil { fallback = mention }
                continue
            }
            // "A group … which holds a 24.9 pct stake in X. … the group said": the held company is not the group.
            if groupNoun, isHeldCompany(mention) { continue }
            // "X filed with the Securities and Exchange Commission … The company said": nor is the body told or filed with.
            if language == .english, isAddressedBody(mention) { continue }
            if last == nil { last = mention }
            guard language == .english, isObjectOfItsPhrase(mention) else { return mention }
        }
        // "A group of investors said it lowered its stake in X. … the group said": a group is no company it holds.
        if groupNoun { return nil }
        return last ?? fallback
    }

    /// Whether the mention follows "stake in", "interest in" or "shares of": a company held, not a holder.
    private func isHeldCompany(_ mention: EntityMention) -> Bool {
        guard let first = document.tokenIndex(containing: mention.range.start), first >= 2 else { return false }
        // "shares in X have tumbled" is a market phrase about X, so "shares" and "stock" count only with "of".
        switch tokens[first - 1].lower {
        case "in": return ["stake", "interest", "holding", "holdings"].contains(tokens[first - 2].lower)
        case "of": return ["shares", "stock"].contains(tokens[first - 2].lower)
        default: return false
        }
    }

    /// Whether the mention is the body a statement or filing goes to: "told the Securities and Exchange Commission",
    /// "in a filing with the SEC".
    private func isAddressedBody(_ mention: EntityMention) -> Bool {
        guard let first = document.tokenIndex(containing: mention.range.start), first >= 1 else { return false }
        let before = tokens[first - 1].lower == "the" && first >= 2 ? first - 2 : first - 1
        if tokens[before].lower == "told" { return true }
        // "filed with the X", "a filing with the X", "in a letter to the X".
        guard ["with", "to"].contains(tokens[before].lower) else { return false }
        return (max(0, before - 2)..<before).contains { Self.submissionWords.contains(tokens[$0].lower) }
    }

    /// Words of a filing or letter sent to a body ("filed with", "a filing with", "a letter to").
    static let submissionWords: WordSet = ["filed", "files", "filing", "filings", "letter", "submitted", "application", "registration"]

    /// Whether "its" or "their" stands within seven tokens before the mention, in the same sentence, with
    /// only words and numbers in between ("its stake in X", "its entire 23.5 pct interest in X").
    private func isObjectOfItsPhrase(_ mention: EntityMention) -> Bool {
        guard let first = document.tokenIndex(containing: mention.range.start) else { return false }
        var probe = first - 1
        while probe >= 0 && first - probe <= 7 && tokens[probe].sentence == mention.sentence {
            let token = tokens[probe]
            if token.lower == "its" || token.lower == "their" { return true }
            guard token.kind == .word || token.isPunctuation(".") else { return false }
            probe -= 1
        }
        return false
    }
}

extension QuoteContext {
    /// "<Quorvane Ltd> of Tarrowby said": for a mention right after "of" that follows a company
    /// named with its legal form, that company (the town after "of" is where it sits, even when
    /// the recognizer took the town for a company of its own). Nil otherwise.
    func companyBeforeOfAttribute(_ mention: EntityMention, from lower: Int) -> EntityMention? {
        guard language == .english, let first = document.tokenIndex(containing: mention.range.start) else { return nil }
        var probe = first - 1
        guard probe > lower, tokens[probe].lower == "of" else { return nil }
        probe -= 1
        // "<Quorvane Ltd> of …", "Quorvane Inc. of …": a closing bracket or the form's dot.
        if tokens[probe].isPunctuation(">") || tokens[probe].isPunctuation(".") { probe -= 1 }
        guard probe >= lower, EntityLexicons.legalForms.contains(tokens[probe].lower),
            let owner = self.mention(at: probe), owner.kind == .company, owner.entity != mention.entity
        else { return nil }
        return owner
    }
}

extension QuoteContext {
    /// Whether an English mention stands in a prepositional phrase ("In its Quorvane filing",
    /// "with the Harlow board"): a preposition within three words before it, with only articles
    /// and possessives in between.
    func isInEnglishPrepositionalPhrase(_ mention: EntityMention, from lower: Int) -> Bool {
        guard let first = document.tokenIndex(containing: mention.range.start) else { return false }
        var probe = first - 1
        while probe >= lower && first - probe <= 3 && tokens[probe].kind == .word {
            let word = tokens[probe].lower
            if Self.englishPhrasePrepositions.contains(word) { return true }
            guard Self.determiners.contains(word) || Self.englishPossessives.contains(word) else { return false }
            probe -= 1
        }
        return false
    }

    /// English prepositions that open a phrase beside the subject; not "after" or "before", which
    /// also open clauses ("after Harlow said …").
    static let englishPhrasePrepositions: WordSet = ["in", "on", "at", "with", "into", "during", "about", "under", "through"]

    /// English possessive determiners ("its filing", "their offer").
    static let englishPossessives: WordSet = ["its", "their", "his", "her", "our"]
}

extension QuoteContext {
    /// "the Tulsa-based company", "the rating agency", "the Tulsa-based oil company": one or two
    /// modifiers between an article and an English company noun, each a place compound ending in
    /// "-based" or a word of a trade.
    func hasEnglishCompanyNounModifiers(before index: Int) -> Bool {
        guard language == .english else { return false }
        var probe = index - 1
        while probe > 0 && index - probe <= 2 {
            let word = tokens[probe].lower
            guard tokens[probe].kind == .word,
                word.hasSuffix("-based") || Self.tradeModifiers.contains(word) || isEnglishPlaceModifier(probe)
            else {
                return hasLowerCaseDescription(before: index)
            }
            if Self.determiners.contains(tokens[probe - 1].lower) { return true }
            probe -= 1
        }
        return hasLowerCaseDescription(before: index)
    }

    /// "The diversified chemical and industrial company said", "The federal agency said": up to four lower-case
    /// describing words ("and" between them allowed) after a sentence-opening "The", right before the company noun.
    private func hasLowerCaseDescription(before index: Int) -> Bool {
        // "The veteran game maker says", "The trade group said": nouns that also describe people or groups need a
        // shorter description.
        guard !Self.ambiguousCompanyNouns.contains(tokens[index].lower) else { return false }
        var probe = index - 1
        var words = 0
        while probe >= 0, index - probe <= 5, tokens[probe].kind == .word {
            let token = tokens[probe]
            if token.lower == "the" {
                // The article opens the sentence (after a dateline or an opening adverbial it does not).
                return words > 0 && (probe == 0 || tokens[probe - 1].sentence != token.sentence)
            }
            guard !token.isCapitalized, token.lower.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" }),
                token.lower == "and" || !Self.descriptionBreakers.contains(token.lower)
            else { return false }
            if token.lower != "and" { words += 1 }
            probe -= 1
        }
        return false
    }

    /// Company nouns that also name people or other groups ("game maker", "trade group", "media giant").
    static let ambiguousCompanyNouns: WordSet = ["maker", "producer", "publisher", "operator", "giant", "group", "supplier", "chain"]

    /// Words that end a description before a company noun: relatives, prepositions, verbs of saying; "central"
    /// ("the central bank" is an institution, read by its own rule).
    static let descriptionBreakers: WordSet = [
        "that", "which", "who", "of", "for", "to", "in", "on", "at", "by", "with", "from", "said", "says", "is", "was", "its",
        "their", "other", "same", "another", "central",
    ]

    /// Trades that stand before a company noun ("the oil company", "the rating agency").
    static let tradeModifiers: WordSet = [
        "rating", "ratings", "oil", "gas", "energy", "mining", "chemical", "chemicals", "investment", "brokerage",
        "holding", "insurance", "computer", "software", "steel", "food", "drug", "shipping", "media", "retail",
        "trading", "power", "telephone", "telecommunications", "banking", "finance", "financial", "property",
        "construction", "engineering", "electronics", "airline", "tobacco", "publishing", "entertainment",
    ]
}

extension QuoteContext {
    /// German nouns that refer back to a company, never to a court, ministry or agency.
    static let germanBusinessNouns: Set<String> = ["unternehmen", "konzern", "firma"]
}
