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

    func run(_ document: Document, _ table: EntityTable) -> Result {
        var result = Result()
        guard !table.mentions.isEmpty else { return result }
        var names: [EntityID: String] = [:]
        for entity in table.entities { names[entity.id] = entity.name }
        let words = lexicon.words(for: document.language)
        // Mentions per sentence, in one pass over the sorted mentions.
        var bySentence: [Int: [EntityMention]] = [:]
        for mention in table.mentions { bySentence[mention.sentence, default: []].append(mention) }
        var context = RoleContext()
        var resultsBySentence: [Int: (Int, Int)] = [:]  // sentence → (first deal, first stake) indices, for repeats
        for sentence in document.sentences {
            let mentions = bySentence[sentence.index] ?? []
            if let original = sentence.repeatOf {
                for index in result.deals.indices where result.deals[index].sentence == original {
                    result.deals[index].moreSentences.append(sentence.index)
                }
                for index in result.stakes.indices where result.stakes[index].sentence == original {
                    result.stakes[index].moreSentences.append(sentence.index)
                }
                continue
            }
            guard !mentions.isEmpty else { continue }
            let tokens = FactTokenizer.tokens(in: document.scalars, range: sentence.range)
            let hasTrigger = tokens.contains { words.triggers.contains($0.lower) || words.has("have", $0.lower) }
                || mentions.contains { $0.tokenRange.end > $0.range.end }
            if hasTrigger {
                context.previousClauseSubject = nil
                let view = SentenceView(sentence: sentence, tokens: tokens, mentions: mentions, names: names, document: document, lexicon: lexicon)
                resultsBySentence[sentence.index] = (result.deals.count, result.stakes.count)
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
            }
            if let first = mentions.first(where: { $0.kind == .company || $0.kind == .organization }) {
                context.topic = first.entity
            }
        }
        return result
    }
}
