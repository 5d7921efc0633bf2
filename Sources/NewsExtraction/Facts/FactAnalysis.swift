import NewsModel

/// Runs the deal and ownership rules over every sentence of a document that holds a trigger word.
struct FactAnalysis: Sendable {
    let lexicon: FactLexicon

    /// What the rules found, before merging.
    struct Result: Sendable {
        var deals: [DealCandidate] = []
        /// Holdings from stake changes and ownership statements.
        var stakes: [StakeCandidate] = []
    }

    /// The cheap first test: a sentence is analysed only if one of its tokens, or the last part of a
    /// hyphen compound ("X-Übernahme", "pct-owned"), is a strong trigger word.
    private func hasTrigger(_ tokens: ArraySlice<Token>, _ words: FactLexicon.Words) -> Bool {
        var seen: UInt8 = 0
        for index in tokens.indices {
            let hyphenated = tokens[index].flags.contains(.hyphenated)
            guard hyphenated || words.mayTrigger(tokens[index].lower) else { continue }
            let kind = words.firstTest[tokens[index].lower] ?? 0
            if kind & FactLexicon.Words.strongBit != 0 { return true }
            if kind & FactLexicon.Words.neighbourBit != 0, FirstTestNeighbours.confirm(tokens, at: index) { return true }
            seen |= kind
            if seen & FactLexicon.Words.bothBits == FactLexicon.Words.bothBits { return true }
            if hyphenated, let dash = NumberScan.lastHyphen(in: tokens[index].lower) {
                let lower = tokens[index].lower
                let tail = String(lower[lower.index(after: dash)...])
                if (words.firstTest[tail] ?? 0) & FactLexicon.Words.strongBit != 0 { return true }
            }
        }
        return false
    }

    /// Words `updateTopic` reads (one lookup each, no array built per call).
    private static let reportVerbs: WordSet = ["reported", "reports"]
    private static let afterSourceReport: WordSet = [".", ",", "that", "on", "yesterday", "today"]
    private static let englishArticles: WordSet = ["the", "a", "an"]
    private static let governingWords: WordSet = ["with", "to", "by", "from", "told", "informed"]

    /// "The company" is the article's main company: the first organisation of the first body sentence
    /// (or of the title, until the body names one).
    private func updateTopic(_ context: inout RoleContext, _ mentions: ArraySlice<EntityMention>, _ sentence: Sentence, _ document: Document) {
        // A sentence without mentions changes nothing below.
        guard !mentions.isEmpty else { return }
        // Refilled in place: the array's storage is reused from sentence to sentence.
        context.previousEntities.removeAll(keepingCapacity: true)
        for position in mentions.indices { context.previousEntities.append(mentions[position].entity) }
        if context.personTopic == nil, sentence.paragraph > 0, let person = mentions.first(where: { $0.kind == .person }) {
            context.personTopic = person.entity
        }
        // "In a filing with the X, Y said …": Y, not the X governed by "with", is what "the company" means later.
        let tokens = document.tokens(in: sentence)
        // "…, the Sunday Paper reported": a news source that reports is not what the article is about.
        // Both tests take the mention's range (a copied mention retains its strings).
        func reports(_ range: TextRange) -> Bool {
            guard let verb = tokens.firstIndex(where: { $0.range.start >= range.end }),
                Self.reportVerbs.contains(tokens[verb].lower)
            else { return false }
            // "X reported higher profits" is a company's own report; a source reports with no object.
            let after = tokens.index(after: verb)
            return after == tokens.endIndex || Self.afterSourceReport.contains(tokens[after].lower)
        }
        func governed(_ range: TextRange) -> Bool {
            guard var index = tokens.lastIndex(where: { $0.range.end <= range.start }) else { return false }
            if Self.englishArticles.contains(tokens[index].lower), index > tokens.startIndex { index -= 1 }
            return Self.governingWords.contains(tokens[index].lower)
        }
        // The first organisation that is not a reporting source, and the first of those not governed
        // (read in place: no array of mentions is built).
        var firstOrganisation: EntityID?
        var free: EntityID?
        for position in mentions.indices {
            let kind = mentions[position].kind
            guard kind == .company || kind == .organization, !reports(mentions[position].range) else { continue }
            if firstOrganisation == nil { firstOrganisation = mentions[position].entity }
            if !governed(mentions[position].range) {
                free = mentions[position].entity
                break
            }
        }
        if let free { context.previousSubject = free }
        guard let first = free ?? firstOrganisation else { return }
        if context.leadSubject == nil { context.leadSubject = first }
        if context.topic == nil || (context.topicFromTitle && sentence.paragraph > 0) {
            context.topic = first
            context.topicFromTitle = sentence.paragraph == 0
        }
    }

    /// The lower-case names of a document's entities, gathered on the first question (few sentences
    /// ask: only those with a mention glued to a longer hyphenated token).
    final class NameForms {
        private let entities: [Entity]
        private var forms: Set<String>?

        init(_ entities: [Entity]) { self.entities = entities }

        /// Whether a lower-case word is one of the names.
        func contains(_ word: String) -> Bool {
            if let forms { return forms.contains(word) }
            var gathered: Set<String> = []
            for entity in entities {
                for form in entity.allNames { gathered.insert(form.lowercased()) }
            }
            forms = gathered
            return gathered.contains(word)
        }
    }

    func run(_ document: Document, _ table: EntityTable) -> Result {
        var result = Result()
        guard !table.mentions.isEmpty else { return result }
        // The entities' names are gathered when the first sentence is analysed: most documents
        // have no sentence with a trigger word.
        var names: [EntityID: String] = [:]
        let nameForms = NameForms(table.entities)
        var namesGathered = false
        let words = lexicon.words(for: document.language)
        // Mentions per sentence: slices of the mentions when both they and the sentences are in order (as
        // the recogniser writes them; no table, no copies), else gathered in a table.
        let allMentions = table.mentions
        var inOrder = true
        var previousSentence = Int.min
        for sentence in document.sentences {
            guard sentence.index > previousSentence else {
                inOrder = false
                break
            }
            previousSentence = sentence.index
        }
        if inOrder {
            for position in allMentions.indices.dropFirst() where allMentions[position].sentence < allMentions[position - 1].sentence {
                inOrder = false
                break
            }
        }
        var bySentence: [Int: [EntityMention]] = [:]
        if !inOrder {
            for mention in allMentions { bySentence[mention.sentence, default: []].append(mention) }
        }
        var cursor = 0
        var context = RoleContext()
        for sentence in document.sentences {
            let mentions: ArraySlice<EntityMention>
            if inOrder {
                while cursor < allMentions.count, allMentions[cursor].sentence < sentence.index { cursor += 1 }
                var end = cursor
                while end < allMentions.count, allMentions[end].sentence == sentence.index { end += 1 }
                mentions = allMentions[cursor..<end]
                cursor = end
            } else {
                mentions = ArraySlice(bySentence[sentence.index] ?? [])
            }
            if let original = sentence.repeatOf {
                for index in result.deals.indices where result.deals[index].sentence == original {
                    result.deals[index].moreSentences.append(sentence.index)
                }
                for index in result.stakes.indices where result.stakes[index].sentence == original {
                    result.stakes[index].moreSentences.append(sentence.index)
                }
                continue
            }
            // "Die Übernahme ist inzwischen abgeschlossen": a later status of the latest deal.
            if !result.deals.isEmpty,
                let followUp = DealStatusFollowUp.candidate(
                    document.tokens(in: sentence), sentence: sentence.index, latest: result.deals, mentions: mentions)
            {
                result.deals.append(followUp)
            }
            // "Käufer ist die Y": the buyer of the latest deal, named on its own.
            if !result.deals.isEmpty,
                let buyer = DealBuyerFollowUp.buyer(
                    document.tokens(in: sentence), sentence: sentence.index, latest: result.deals, mentions: mentions)
            {
                var deal = result.deals.removeLast()
                deal.acquirer = buyer
                deal.moreSentences.append(sentence.index)
                result.deals.append(deal)
                if deal.kind == .acquisition || deal.kind == .stake {
                    var stake = StakeCandidate(holder: buyer, company: deal.target, percent: deal.kind == .stake ? deal.reportedPercent : nil, sentence: sentence.index)
                    stake.moreSentences = [deal.sentence]
                    result.stakes.append(stake)
                }
            }
            // A sentence without names is read only after a stake, for what it says of that stake ("The purchase
            // raises its holding to 12 pct").
            guard !mentions.isEmpty || context.lastStakeCompany != nil && document.language == .english, hasTrigger(document.tokens(in: sentence), words) || PossessedCompanyPair.present(mentions, in: document) else {
                updateTopic(&context, mentions, sentence, document)
                continue
            }
            if !namesGathered {
                namesGathered = true
                names.reserveCapacity(table.entities.count)
                for entity in table.entities { names[entity.id] = entity.name }
            }
            let tokens = FactTokenizer.tokens(in: document.scalars, range: sentence.range)
            do {
                context.previousClauseSubject = nil
                let view = SentenceView(sentence: sentence, tokens: tokens, mentions: Array(mentions), names: names, nameForms: nameForms, document: document, lexicon: lexicon)
                // Where this sentence's results start.
                let (firstDeal, firstStake) = (result.deals.count, result.stakes.count)
                if document.language == .german {
                    let found = GermanDealRules(view: view).candidates(context: &context)
                    result.deals += found.deals
                    result.stakes += found.stakes
                } else {
                    let found = EnglishDealRules(view: view).candidates(context: &context)
                    result.deals += found.deals
                    result.stakes += found.stakes
                }
                result.stakes += OwnershipRules(view: view).stakes(context: context)
                result.stakes += EnglishEachHolders.stakes(view, found: result.stakes[firstStake...])
                // What "the 10 pct stake" and "24,9 Prozent hält X" refer to in later sentences.
                if let company = result.stakes[firstStake...].last?.company ?? result.deals[firstDeal...].last(where: { $0.kind == .stake })?.target {
                    context.lastStakeCompany = company
                }
                // What "the group" means in later sentences: the first member of a group this one names.
                if document.language == .english, let leader = view.groupLeader() { context.groupLeader = leader }
            }
            updateTopic(&context, mentions, sentence, document)
        }
        if document.language == .english, !result.deals.isEmpty { EnglishDealRules.takeFollowingHoldings(&result.deals, result.stakes) }
        if result.stakes.contains(where: \.needsRepeatedHolder) {
            var mentionCounts: [EntityID: Int] = [:]
            for mention in allMentions { mentionCounts[mention.entity, default: 0] += 1 }
            result.stakes.removeAll { $0.needsRepeatedHolder && mentionCounts[$0.holder, default: 0] < 2 }
        }
        return result
    }
}
