import NewsModel

/// Refinements of what a pronoun or a possessive name phrase stands for.
extension QuoteContext {
    /// Whether a mention stands inside quotation marks: people named inside a quote ("„X ist
    /// immer noch der Meister“, wird Y zitiert. Er glaubt …") are rarely what a later pronoun of
    /// the narrator stands for.
    func isQuoted(_ mention: EntityMention) -> Bool {
        guard let token = document.tokenIndex(containing: mention.range.start), token < spanAt.count else {
            return false
        }
        return spanAt[token] != nil
    }

    /// "Die Vereinigung X schlug …, indem sie …", "Der Verband X erklärte, er …": a German pronoun
    /// inside a sentence whose subject is a company or organisation, with no person named before it
    /// in that sentence, stands for that organisation.
    func organization(forPronounAt index: Int) -> EntityMention? {
        guard language == .german, index < tokens.count else { return nil }
        let sentence = tokens[index].sentence
        guard sentence < sentenceTokens.count else { return nil }
        let range = sentenceTokens[sentence]
        var words = 0
        var subject: EntityMention?
        // The subject leads its sentence: the name itself or a nominative article before it
        // ("Im Deutschlandfunk sagte sie", "Den Fonds forderte er auf" have none).
        guard let first = range.first(where: { tokens[$0].kind == .word }) else { return nil }
        let opensWithSubject = mention(at: first) != nil || ["der", "die", "das"].contains(tokens[first].lower)
        for probe in range.lowerBound..<index {
            guard tokens[probe].kind == .word else { continue }
            words += 1
            guard spanAt[probe] == nil, let found = mention(at: probe) else { continue }
            if found.kind == .person { return nil }
            if subject == nil && opensWithSubject && words <= 3 && (found.kind == .company || found.kind == .organization) {
                subject = found
            }
        }
        // The pronoun itself must not open the sentence.
        guard words >= 3 else { return nil }
        return subject
    }

    /// Whether "dieser" at `index` stands alone as a pronoun ("sagte dieser, dass …"), not as a
    /// determiner before its noun ("dieser Vertrag").
    func isDemonstrativePronoun(at index: Int) -> Bool {
        guard language == .german, tokens[index].lower == "dieser", index > 0 else { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.kind != .word || !next.isCapitalized && !Self.isGermanAdjective(next.lower)
    }

    /// English nouns for a person's own statement ("Smith's statement", "her remarks").
    static let ownStatementNouns: WordSet = [
        "statement", "statements", "remarks", "comments", "letter", "testimony", "speech", "interview", "blog",
    ]

    /// "laut Prieths Anwalt Mathias Kapferer", "said Smith's lawyer, John Doe": a person in the
    /// genitive before a noun speaks only through the person named after it; with no name after
    /// it ("Smith's lawyer said"), the possessor does not speak at all.
    ///
    /// Returns nil when the mention is no possessor, `.some(nil)` when it is one without a name
    /// after it, and the named person otherwise.
    func possessed(after mention: EntityMention, at index: Int, upper: Int) -> EntityMention?? {
        var end = index
        while end + 1 < tokens.count && self.mention(at: end + 1).map({ $0.range == mention.range }) == true {
            end += 1
        }
        var next = end + 1
        let surface = document.slice(tokens[end].range)
        var isGenitive = false
        if next < tokens.count, ["'s", "’s"].contains(tokens[next].lower),
            tokens[next].range.start == tokens[end].range.end
        {
            isGenitive = true
            next += 1
        } else if surface.hasSuffix("'s") || surface.hasSuffix("’s") {
            isGenitive = true
        } else if language == .german, surface.hasSuffix("s"), tokens[end].range.end > mention.range.end {
            // "Prieths": the genitive ending lies outside the mention.
            isGenitive = true
        } else if language == .german, surface.hasSuffix("s"),
            let name = table.entity(mention.entity)?.name, !name.hasSuffix("s"), !name.hasSuffix("z"),
            !name.hasSuffix("x")
        {
            isGenitive = true
        }
        guard isGenitive, next < min(upper, tokens.count), tokens[next].kind == .word,
            self.mention(at: next) == nil
        else { return nil }
        // German nouns are capitalised; English possessed nouns are lower case ("Smith's lawyer").
        let noun = tokens[next]
        guard language == .german ? noun.isCapitalized : !noun.isCapitalized else { return nil }
        // "Nach Grupps Meinung", "in Smith's view": the possessor's own statement.
        if Self.sourceNounEndings.contains(where: { noun.lower.hasSuffix($0) })
            || Self.englishSourceNouns.contains(noun.lower) || Self.ownStatementNouns.contains(noun.lower)
        {
            return nil
        }
        // A person named right after the noun (an optional comma in between) is the speaker.
        var probe = next + 1
        var steps = 0
        while probe < min(upper, tokens.count) && steps < 3 {
            if let other = self.mention(at: probe), other.kind == .person, other.entity != mention.entity {
                return .some(other)
            }
            if tokens[probe].kind == .punctuation && !tokens[probe].isPunctuation(",") { break }
            probe += 1
            steps += 1
        }
        return .some(nil)
    }

    /// "X told shareholders not to accept the bid pending advice from Y. It said …": a
    /// sentence-opening "it" or "the company" (also after an opening adverbial: "In a court
    /// filing, it said …") stands for the company that is the subject of the sentence before: its
    /// name among the first words after the dateline, after determiners or a short description
    /// ending in a company noun ("German investment bank X has …"). Nil when the sentence before
    /// opens with no company, or with one followed by "shares" (a market phrase, no subject).
    func subjectCompany(before index: Int, last: EntityMention) -> EntityMention? {
        let sentence = tokens[index].sentence
        guard sentence < sentenceTokens.count, last.sentence == sentence - 1,
            let opening = sentenceTokens[sentence].first(where: { tokens[$0].kind == .word })
        else { return nil }
        let described = isDescribedEnglishAnaphor(index, opening: opening)
        guard opening >= index - 1 || isAfterOpeningAdverbial(index, opening: opening)
            || isAfterOpeningConjunction(index, opening: opening) || isAfterGermanStatementFrame(index, opening: opening) || described
        else { return nil }
        let previous = sentenceTokens[sentence - 1]
        var probe = datelineEnd(in: previous) ?? previous.lowerBound
        // "On the civilian front, X announced … . The US company said": a described anaphor turns to the subject
        // after an opening adverbial too (a bare "it" there mostly goes on with the article's company).
        if described, let comma = openingAdverbialEnd(from: probe, upper: previous.upperBound) {
            probe = comma + 1
        }
        var words = 0
        var description = 0
        while probe < previous.upperBound && words < 5 {
            if let found = mention(at: probe), found.kind == .company || found.kind == .organization {
                // A description must end in a company noun ("investment bank X").
                if description > 0 && !Self.companyNouns.contains(tokens[probe - 1].lower) { return nil }
                // "X Corp's Y unit said …": the possessed company is the subject.
                if let owned = companyOwned(by: found) { return owned }
                return isMarketPhrase(after: found) ? nil : found
            }
            if tokens[probe].kind == .word {
                if !Self.determiners.contains(tokens[probe].lower) {
                    guard language == .english, !Self.phraseWords.contains(tokens[probe].lower),
                        mention(at: probe) == nil
                    else { return nil }
                    description += 1
                }
                words += 1
            }
            probe += 1
        }
        return nil
    }

    /// Whether the token at `index` follows a comma that ends an opening prepositional phrase
    /// ("In a court filing on Tuesday, it said …").
    private func isAfterOpeningAdverbial(_ index: Int, opening: Int) -> Bool {
        guard language == .english, index > opening + 1, index - opening <= 10, tokens[index - 1].isPunctuation(",")
        else { return false }
        return Self.openingPrepositions.contains(tokens[opening].lower)
    }

    /// "The US company also said …", "The South Yorkshire company said …": an English anaphor whose noun has up
    /// to two capitalised describing words after "The" (a place or nationality, not a name of its own; "the
    /// rating agency" is a kind of company, no description of one named just before).
    private func isDescribedEnglishAnaphor(_ index: Int, opening: Int) -> Bool {
        guard language == .english, tokens[opening].lower == "the", index - opening >= 2, index - opening <= 3 else { return false }
        return (opening + 1..<index).allSatisfy {
            tokens[$0].kind == .word && tokens[$0].isCapitalized && mention(at: $0).map { $0.kind == .place } ?? true
        }
    }

    /// The comma that ends an English sentence's opening adverbial ("On the civilian front,", "Meanwhile,",
    /// "In 2004,") within ten tokens of `start`; nil when the sentence opens otherwise.
    private func openingAdverbialEnd(from start: Int, upper: Int) -> Int? {
        guard language == .english, start < upper else { return nil }
        let first = tokens[start].lower
        guard Self.openingPrepositions.contains(first) || Self.openingAdverbs.contains(first) else { return nil }
        var probe = start + 1
        while probe < upper, probe - start <= 10 {
            if tokens[probe].isPunctuation(",") { return probe }
            guard tokens[probe].kind == .word else { return nil }
            probe += 1
        }
        return nil
    }

    /// Adverbs that may open an English sentence before its subject and a comma.
    static let openingAdverbs: WordSet = ["meanwhile", "however", "separately", "also", "earlier", "later", "instead"]

    /// "Das teilte das Unternehmen mit.", "Dies gab der Konzern bekannt.": a German sentence that
    /// opens with a pronoun for the statement before ("Das", "Dies") and its verb, right before the
    /// article of the anaphor at `index`.
    private func isAfterGermanStatementFrame(_ index: Int, opening: Int) -> Bool {
        guard language == .german, index >= 2, Self.determiners.contains(tokens[index - 1].lower) else { return false }
        let first = tokens[opening].lower
        return index - opening == 3 && Self.germanStatementPronouns.contains(first) && tokens[opening + 1].kind == .word
            && !tokens[opening + 1].isCapitalized
    }

    /// Pronouns that open a German sentence about the statement before ("Das teilte … mit").
    static let germanStatementPronouns: WordSet = ["das", "dies", "dieses"]

    /// "X officials were unavailable for comment. But the company has said …": "but" or "and"
    /// before the English anaphor at `index`.
    private func isAfterOpeningConjunction(_ index: Int, opening: Int) -> Bool {
        language == .english && opening + 1 >= index - 1 && Self.openingConjunctions.contains(tokens[opening].lower)
    }

    /// Conjunctions that may open an English sentence before its subject.
    static let openingConjunctions: WordSet = ["but", "and"]

    /// Prepositions that open an adverbial before the subject.
    static let openingPrepositions: WordSet = ["in", "on", "at", "after", "during", "with", "under", "before"]

    /// Whether the words after a company's name make it a market phrase ("X shares rose").
    private func isMarketPhrase(after mention: EntityMention) -> Bool {
        guard let last = document.tokenIndex(containing: max(mention.range.start, mention.range.end - 1)),
            last + 1 < tokens.count
        else { return false }
        return Self.marketNouns.contains(tokens[last + 1].lower)
    }

    /// "X Corp's Y Co unit": the company named right after a company's possessive "'s".
    private func companyOwned(by mention: EntityMention) -> EntityMention? {
        guard let last = document.tokenIndex(containing: max(mention.range.start, mention.range.end - 1)) else { return nil }
        var next = last + 1
        if next < tokens.count, ["'s", "’s"].contains(tokens[next].lower) { next += 1 }
        else if !(document.slice(tokens[last].range).hasSuffix("'s") || document.slice(tokens[last].range).hasSuffix("’s")) {
            return nil
        }
        guard next < tokens.count, let owned = self.mention(at: next), owned.entity != mention.entity,
            owned.kind == .company || owned.kind == .organization
        else { return nil }
        return owned
    }

    /// Nouns that make a company's name an attribute: "X shares", "X stock".
    static let marketNouns: WordSet = ["shares", "share", "stock", "stocks"]

    /// "the Treasury secretary": an English role noun right after an organisation's name that
    /// follows "the" is definite like "the secretary".
    func definiteOrganizationBefore(role index: Int, lower: Int) -> Bool {
        guard language == .english, index - 1 >= lower, let organization = mention(at: index - 1),
            organization.kind != .person, let first = document.tokenIndex(containing: organization.range.start),
            first - 1 >= lower
        else { return false }
        return tokens[first - 1].lower == "the"
    }

    /// "According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim …":
    /// the comma that ends a person's name in apposition after the first comma, if there is one.
    func appositionEnd(afterComma comma: Int, end: Int) -> Int? {
        guard language == .english, comma + 1 < end, mention(at: comma + 1)?.kind == .person else { return nil }
        var probe = comma + 1
        while probe < end && probe - comma <= 10 {
            let token = tokens[probe]
            if token.isPunctuation(",") { return probe + 3 < end ? probe : nil }
            let fits =
                mention(at: probe) != nil || token.isCapitalized || ["of", "and", "at", "&"].contains(token.lower)
                || token.isPunctuation("-")
            if !fits { return nil }
            probe += 1
        }
        return nil
    }

    /// "Rockefeller said the tour by Minister Funaro was a sign … . But Funaro did not meet the
    /// creditors, he added.": a pronoun resolved to a person named inside a quote's content
    /// stands for the person who spoke just before (within two sentences) instead.
    func resolvingContentAntecedents(_ candidates: consuming [QuoteCandidate]) -> [QuoteCandidate] {
        // Cheap first: most articles resolve no speaker from a pronoun, and only those change.
        var result = candidates
        guard result.contains(where: { $0.speaker.antecedentStart != nil }) else { return result }
        var contents: [TextRange] = []
        for candidate in result {
            for part in candidate.parts where !part.isEmpty { contents.append(textRange(part)) }
        }
        var last: SpeakerGuess?
        var lastSentence = 0
        for index in result.indices {
            let guess = result[index].speaker
            if let start = guess.antecedentStart, let previous = last, let previousEntity = previous.entity,
                previousEntity != guess.entity, table.entity(previousEntity)?.kind == .person,
                result[index].sentence - lastSentence <= 2,
                contents.contains(where: { $0.start <= start && start < $0.end })
            {
                result[index].speaker = previous
                continue
            }
            if guess.entity != nil {
                last = guess
                lastSentence = result[index].sentence
            }
        }
        return result
    }
}
