import NewsModel

/// Finds acquisitions, sales, stake purchases and mergers, and the stakes they and ownership
/// statements imply, in German and English.
///
/// Each sentence is first checked for a trigger word (a set lookup per token); only sentences with
/// one are analysed further. Repeated sentences (captions) and restatements become extra evidence of
/// one deal. Relative dates are resolved against the publication date; an undated article gets
/// undated deals.
public struct DealExtractor: Sendable {
    private let lexicon: FactLexicon
    private let cache = AnalysisCache()

    /// Creates an extractor with the bundled lexicons.
    public init() { lexicon = FactLexicon.shared }

    /// Runs the rules, or takes their result from the call for the same document just before.
    private func analyse(_ document: Document, _ table: EntityTable) -> FactAnalysis.Result {
        let key = AnalysisCache.Key(
            articleID: document.article.id, textLength: document.scalars.count, sentences: document.sentences.count,
            mentions: table.mentions.count, firstMention: table.mentions.first?.range.start ?? -1,
            lastMention: table.mentions.last?.range.end ?? -1)
        if let cached = cache.result(for: key) { return cached }
        let result = FactAnalysis(lexicon: lexicon).run(document, table)
        cache.store(result, for: key)
        return result
    }

    /// Deals stated in a document.
    public func deals(in document: Document, entities: EntityTable) -> [Deal] {
        let found = analyse(document, entities)
        // A stake sold to no named buyer counts when its percent is stated ("X sells 10 pct of Y").
        return MajorityHolderMergers.resolve(DealMerger.merge(found.deals), stakes: found.stakes).filter {
            ($0.acquirer != nil || $0.seller != nil) && !($0.kind == .stake && $0.acquirer == nil && $0.reportedPercent == nil)
        }.compactMap {
            deal(from: $0, document, entities)
        }
    }

    /// Stakes stated or implied in a document, given its deals: holdings from stake deals and from
    /// completed or agreed acquisitions, and holdings stated as facts.
    public func stakes(in document: Document, entities: EntityTable, deals: [Deal]) -> [Stake] {
        let found = analyse(document, entities)
        var candidates: [StakeCandidate] = []
        for deal in deals where deal.status == .completed || deal.status == .announced {
            guard let holder = deal.acquirer?.id, let sentence = sentenceIndex(of: deal.evidence, document) else { continue }
            switch deal.kind {
            case .stake:
                let resulting = found.deals.first { $0.kind == .stake && $0.acquirer == holder && $0.target == deal.target.id && $0.resultingPercent != nil }?.resultingPercent
                var candidate = StakeCandidate(holder: holder, company: deal.target.id, percent: resulting ?? deal.percent, since: nil, sentence: sentence)
                // A dated past holding, or only the percent bought, gives way to a holding stated elsewhere.
                candidate.percentYields = Self.isPastDated(deal.date, document) || resulting == nil
                candidates.append(candidate)
            case .acquisition:
                candidates.append(StakeCandidate(holder: holder, company: deal.target.id, percent: nil, since: nil, sentence: sentence))
            case .merger:
                continue
            }
        }
        // "X plans to sell its Y unit", "X may sell its stake in Y": until the sale is done, the seller holds Y.
        for deal in DealMerger.merge(found.deals) where deal.kind != .merger && (deal.status == .planned || deal.status == .rumoured) {
            guard let seller = deal.seller, seller != deal.target, seller != deal.acquirer, deal.sentence < document.sentences.count else { continue }
            candidates.append(StakeCandidate(holder: seller, company: deal.target, percent: nil, since: nil, sentence: deal.sentence))
        }
        candidates += found.stakes
        // The title, where the text repeats it as its first paragraph (scraped pages such as the seed): a
        // percent stated there gives way to the body's. A first paragraph that is the lead is no title.
        let titled = Self.repeatsTitle(document.article)
        let headline = titled ? Set(document.sentences.filter { $0.paragraph == 0 }.map(\.index)) : []
        return DealMerger.merge(candidates, headline: headline).compactMap { stake(from: $0, document, entities) }
    }

    /// Whether a date lies in a year before the article's own ("in 1978" in a story of 1987).
    static func isPastDated(_ date: FactDate?, _ document: Document) -> Bool {
        guard let date, let published = document.publicationDate else { return false }
        return date.year < published.year
    }

    /// Whether the article's first paragraph repeats its title. The lengths are compared first: trimming a
    /// whole lead paragraph for every article cost more than the rest of the stake stage.
    static func repeatsTitle(_ article: Article) -> Bool {
        guard let first = article.paragraphs.first, first.utf8.count <= article.title.utf8.count + 8 else { return false }
        return first.trimmingCharacters(in: .whitespaces) == article.title.trimmingCharacters(in: .whitespaces)
    }

    private func sentenceIndex(of evidence: Evidence, _ document: Document) -> Int? {
        document.sentences.first { document.originalRange($0.range) == evidence.range }?.index
    }

    private func deal(from candidate: DealCandidate, _ document: Document, _ table: EntityTable) -> Deal? {
        guard let target = table.ref(candidate.target), candidate.sentence < document.sentences.count else { return nil }
        return Deal(
            kind: candidate.kind, acquirer: candidate.acquirer.flatMap(table.ref), seller: candidate.seller.flatMap(table.ref),
            target: target, percent: candidate.reportedPercent, price: candidate.price,
            date: candidate.date ?? (candidate.historical ? nil : document.publicationDate), status: candidate.status,
            evidence: document.evidence(for: document.sentences[candidate.sentence]),
            moreEvidence: candidate.moreSentences.filter { $0 < document.sentences.count }.map { document.evidence(for: document.sentences[$0]) })
    }

    private func stake(from candidate: StakeCandidate, _ document: Document, _ table: EntityTable) -> Stake? {
        guard let holder = table.ref(candidate.holder), let company = table.ref(candidate.company),
            candidate.sentence < document.sentences.count
        else { return nil }
        return Stake(
            holder: holder, company: company, percent: candidate.percent, since: candidate.since,
            evidence: document.evidence(for: document.sentences[candidate.sentence]),
            moreEvidence: candidate.moreSentences.filter { $0 < document.sentences.count }.map { document.evidence(for: document.sentences[$0]) })
    }
}
