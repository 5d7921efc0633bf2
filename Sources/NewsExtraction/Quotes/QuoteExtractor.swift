import NewsModel

/// Finds direct and reported quotes and attributes them to their speakers.
///
/// Works on the ``Document`` tokens in one pass: quotation marks are paired, then every quote and
/// every reported-speech cue ("sagte", "teilte mit", "so X", "laut X", "said", "according to") is
/// attributed to a speaker from the ``EntityTable``: a named person, a pronoun resolved to the last
/// person before it, a role phrase ("ein Sprecher von X": organisation, no speaker), a company
/// speaking as itself, or an unnamed source kept as a description.
///
/// ```swift
/// let quotes = QuoteExtractor().quotes(in: document, entities: table)
/// ```
public struct QuoteExtractor: Sendable {
    private let lexicon: QuoteLexicon

    /// An extractor with the lexicons shipped in `Resources/Lexicons/quotes-*.txt`.
    public init() {
        lexicon = .shared
    }

    /// The quotes of a document, in text order; repeated sentences yield no second quote.
    public func quotes(in document: Document, entities: EntityTable) -> [Quote] {
        var table = entities
        return quotes(in: document, entities: &table)
    }

    /// The quotes of a document; a speaker's name the entity stage missed ("…, sagte Hanno Quirl")
    /// is added to `entities` as a person, with its mentions, and speaks the quotes.
    public func quotes(in document: Document, entities: inout EntityTable) -> [Quote] {
        var context = QuoteContext(document: document, table: entities, lexicon: lexicon)
        var candidates = candidates(context: context)
        let names = candidates.compactMap { $0.speaker.entity == nil ? $0.speaker.newName : nil }
        if !names.isEmpty {
            entities = context.addingPeople(named: names)
            context = QuoteContext(document: document, table: entities, lexicon: lexicon)
            candidates = self.candidates(context: context)
        }
        // A medium or organisation named at the cue: added to the table and given to the quotes
        // that named it, with no second pass over the article.
        let media = candidates.compactMap { $0.speaker.entity == nil ? $0.speaker.newOrganization : nil }
        if !media.isEmpty {
            entities = context.addingOrganizations(named: media)
            if Self.namesNewOrganizationsElsewhere(entities, before: context.table, cues: media.count) {
                // "Kelmar Coal said …. The company said …": the new name stands elsewhere too, so
                // the quotes that found no speaker in the first pass are looked for again.
                context = QuoteContext(document: document, table: entities, lexicon: lexicon)
                candidates = self.candidates(context: context)
            } else {
                // "Harlow-Vex, a private Tulsa company, said …. It said …": "it" goes on with the new name.
                candidates = resolvingCompanyAnaphors(context.speakingNewOrganizations(candidates, table: entities), table: entities)
                context.table = entities
            }
        }
        return candidates.compactMap { makeQuote($0, context: context) }
    }

    /// Whether the organisations `table` adds to `before` have more mentions than the `cues` that
    /// named them: the article names them elsewhere too.
    static func namesNewOrganizationsElsewhere(_ table: EntityTable, before: EntityTable, cues: Int) -> Bool {
        let known = Set(before.entities.map(\.id))
        var count = 0
        for mention in table.mentions where !known.contains(mention.entity) {
            count += 1
            if count > cues { return true }
        }
        return false
    }

    private func candidates(context: QuoteContext) -> [QuoteCandidate] {
        let document = context.document
        let entities = context.table
        var reported: [QuoteCandidate] = []
        for sentence in document.sentences where sentence.repeatOf == nil {
            // "Asked about X, he said: …": the question frame is no content.
            var found = context.reportedQuotes(inSentence: sentence.index).filter { candidate in
                !(candidate.parts.first.map { context.isQuestionFrame($0) || context.isSourcePhraseOnly($0) } ?? false)
            }
            // "… with the U.S. From erupting …, officials said": one sentence broken after "U.S.".
            if reported.last.map({ $0.sentence < sentence.index - 1 }) ?? true {
                found = context.joiningAbbreviationSplit(found, sentence: sentence.index)
            }
            // "…, sagte X: Ein neuer Anfang …": the words after a colon that follows a speech cue.
            let afterColon = context.colonQuotes(inSentence: sentence.index, found: found)
            if !afterColon.isEmpty {
                found = (found + afterColon).sorted { ($0.parts.first?.lowerBound ?? 0) < ($1.parts.first?.lowerBound ?? 0) }
            }
            reported += found
            // "X berichtete, … . Demnach …": the same source goes on.
            if found.isEmpty, let content = context.continuationContent(inSentence: sentence.index),
                let last = reported.last, let lastToken = last.parts.last?.last,
                context.paragraph(of: content.lowerBound) - context.paragraph(of: lastToken) <= 1
            {
                reported.append(QuoteCandidate(parts: [content], direct: false, speaker: last.speaker, sentence: sentence.index))
            } else if found.isEmpty, let content = context.continuationContent(inSentence: sentence.index),
                let announcer = context.announcementSpeaker(beforeSentence: sentence.index)
            {
                // "X gab das Ergebnis bekannt. Demnach …": the announcer is the source.
                reported.append(QuoteCandidate(parts: [content], direct: false, speaker: announcer, sentence: sentence.index))
            }
        }
        reported = Self.withoutOverlaps(reported)
        // A quoted passage inside reported speech is kept as a direct quote of its own, as the
        // reported clause around it is a quote too. A quote standing alone continues the speaker of
        // the reported statement before it.
        let direct = context.directQuotes(reported: reported)
        let candidates = (direct + reported).sorted { ($0.parts.first?.lowerBound ?? 0) < ($1.parts.first?.lowerBound ?? 0) }
        return context.continuingPronounSpeakers(
            context.resolvingContentAntecedents(resolvingPronouns(resolvingCompanyAnaphors(context.coordinatedCueSpeakers(candidates), table: entities))))
    }

    /// "Er sagte …" when the recognizer knows no person before it: the pronoun continues the
    /// speaker of the quote before (a name it found only as a description, "sagte Filep Karma").
    private func resolvingPronouns(_ candidates: consuming [QuoteCandidate]) -> [QuoteCandidate] {
        var result = candidates
        var last: SpeakerGuess?
        for index in result.indices {
            let guess = result[index].speaker
            let isPronoun =
                guess.entity == nil && guess.organization == nil
                && guess.description.map { Self.pronouns.contains($0.lowercased()) } == true
            if isPronoun {
                if let last { result[index].speaker = last }
                continue
            }
            if !guess.isEmpty { last = guess }
        }
        return result
    }

    /// Pronouns that stand for a speaker named before.
    static let pronouns: Set<String> = ["er", "sie", "he", "she", QuoteContext.impersonalSource]

    /// Two reported quotes over the same words ("Wie aus Kreisen verlautete, …" and "… . Das
    /// berichtete X." for the sentence before): one statement, kept once, with the named speaker
    /// if only one of them has one.
    static func withoutOverlaps(_ candidates: [QuoteCandidate]) -> [QuoteCandidate] {
        var result: [QuoteCandidate] = []
        for candidate in candidates {
            guard let last = result.last,
                let lastEnd = last.parts.last?.upperBound, let start = candidate.parts.first?.lowerBound,
                let lastStart = last.parts.first?.lowerBound, let end = candidate.parts.last?.upperBound,
                start < lastEnd && lastStart < end
            else {
                result.append(candidate)
                continue
            }
            if last.speaker.entity == nil && candidate.speaker.entity != nil { result[result.count - 1] = candidate }
        }
        return result
    }

    /// "X said …. It said …", "The company said …": "it" and "the company" speak for the company
    /// that spoke last, not for the company named last ("… a stake in Y. It said …" is still X).
    /// The company that opens the sentence before stays ("Z has challenged Y. It said …" is Z),
    /// unless a company spoke in that very sentence ("The Y planes will fly to Europe, X said. It
    /// said …" is X: the sentence's subject was what X said).
    private func resolvingCompanyAnaphors(_ candidates: consuming [QuoteCandidate], table: EntityTable) -> [QuoteCandidate] {
        var lastCompany: EntityID?
        var lastCompanySentence = -2
        var lastGroup: SpeakerGuess?
        var result = candidates
        for index in result.indices {
            let guess = result[index].speaker
            let sentence = result[index].sentence
            guard let entity = guess.entity else {
                // "A spokesman for X said …. The company said …": X spoke.
                if let organization = guess.organization {
                    lastCompany = organization
                    lastCompanySentence = sentence
                }
                continue
            }
            if guess.isGroupLeader { lastGroup = guess }
            let keepsSubject = guess.isSubjectAnaphor && lastCompanySentence < sentence - 1
            // "A group led by X said …. It said …": no company spoke, the group goes on.
            if guess.isCompanyAnaphor, !keepsSubject, lastCompany == nil, let lastGroup {
                result[index].speaker = lastGroup
                continue
            }
            if guess.isCompanyAnaphor && !keepsSubject {
                if let lastCompany { result[index].speaker.entity = lastCompany } else { lastCompany = entity }
                lastCompanySentence = sentence
                continue
            }
            // A person speaking in between ("its chairman said") leaves the company as it was.
            let kind = table.entity(entity)?.kind
            if kind == .company || kind == .organization {
                lastCompany = entity
                lastCompanySentence = sentence
            }
        }
        return result
    }

    private func makeQuote(_ candidate: QuoteCandidate, context: QuoteContext) -> Quote? {
        guard let first = candidate.parts.first, let last = candidate.parts.last, !first.isEmpty, !last.isEmpty else {
            return nil
        }
        let document = context.document
        // English capitalises names only: a capitalised word that is no name, role, company or
        // source ("Swiss", "Consumer", "Speculation") speaks for nobody.
        if candidate.speaker.isGuessed && candidate.speaker.entity == nil && context.language == .english { return nil }
        // German: "Der Statistik zufolge", "nach eigenen Angaben", "sagte Tonnen": no speaker.
        if !context.isPlausibleGermanSpeaker(candidate.speaker) { return nil }
        var parts = candidate.parts
        if candidate.direct, let lastPart = parts.last, lastPart.count > 1,
            context.tokens[lastPart.upperBound - 1].isPunctuation(",")
        {
            // '"…," he said': the comma belongs to the sentence, not to the quote.
            parts[parts.count - 1] = lastPart.lowerBound..<(lastPart.upperBound - 1)
        }
        // "FRANKFURT, April 9 - The bank sees …, X said": the dateline is not what X said.
        if !candidate.direct, let firstPart = parts.first, let start = context.datelineEnd(in: firstPart) {
            parts[0] = start..<firstPart.upperBound
        }
        let text = parts.map { context.text($0) }.joined(separator: " ")
        let range = TextRange(
            start: context.tokens[(parts.first ?? first).lowerBound].range.start,
            end: context.tokens[(parts.last ?? last).upperBound - 1].range.end)
        let guess = candidate.speaker
        let table = context.table
        let sentence = document.sentences[min(candidate.sentence, document.sentences.count - 1)]
        return Quote(
            speaker: guess.entity.flatMap { table.ref($0) },
            speakerDescription: guess.entity == nil ? guess.description : nil,
            role: guess.role,
            organization: guess.organization.flatMap { table.ref($0) },
            text: text, direct: candidate.direct, range: document.originalRange(range),
            evidence: document.evidence(for: sentence))
    }
}
