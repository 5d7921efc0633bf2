import GRDB
import NewsModel

/// Inserts an article's mentions, deals, stakes and quotes with corpus-wide entity ids, through
/// cached prepared statements.
struct FactWriter {
    let db: Database
    let articleID: String
    /// The article's rowid (`article.seq`), which its mentions refer to.
    let articleSeq: Int64
    /// Article-local entity id to corpus-wide reference.
    let refs: [EntityID: EntityRef]
    /// Article-local entity id to the corpus-wide entity's rowid (`entity.seq`), which mentions
    /// refer to.
    let entitySeqs: [EntityID: Int64]
    /// Where the entity counts the new rows add go.
    let counts: PendingCounts
    /// The article's text (``Article/text``), which holds most quote texts (``QuoteTexts``).
    let articleText: String

    private func id(_ ref: EntityRef?) -> String? { ref.flatMap { refs[$0.id]?.id } }

    func insert(_ facts: ArticleFacts) throws {
        try insertMentions(facts.mentions)
        try insertDeals(facts.deals)
        try insertStakes(facts.stakes)
        try insertQuotes(facts.quotes)
    }

    private func insertMentions(_ mentions: [Mention]) throws {
        guard !mentions.isEmpty else { return }
        var insert = try RawInsert(
            db,
            sql: """
                INSERT INTO mention (articleSeq, entitySeq, start, "end", sentenceStart, sentenceEnd)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        for mention in mentions {
            guard let entitySeq = entitySeqs[mention.entity] else { continue }
            insert.bind(articleSeq)
            insert.bind(entitySeq)
            insert.bind(mention.range.start)
            insert.bind(mention.range.end)
            insert.bind(mention.sentence.start)
            insert.bind(mention.sentence.end)
            try insert.run()
        }
    }

    private func insertDeals(_ deals: [Deal]) throws {
        guard !deals.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO deal (articleID, kind, acquirerID, sellerID, targetID, percent, priceMinorUnits,
                    currency, date, datePrecision, timelineKey, status, evidence, evidenceStart, evidenceEnd,
                    moreEvidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for deal in deals {
            guard let target = id(deal.target) else { continue }
            counts.addDeal([id(deal.acquirer), id(deal.seller), target])
            try statement.execute(arguments: [
                articleID, deal.kind.rawValue, id(deal.acquirer), id(deal.seller), target, deal.percent,
                deal.price?.minorUnits, deal.price?.currency, StoredFormats.dateText(deal.date),
                StoredFormats.precisionText(deal.date), StoredFormats.timelineKey(deal.date),
                deal.status.rawValue, deal.evidence.sentence, deal.evidence.range.start,
                deal.evidence.range.end, StoredFormats.json(deal.moreEvidence),
            ])
        }
    }

    private func insertStakes(_ stakes: [Stake]) throws {
        guard !stakes.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO stake (articleID, holderID, companyID, percent, since, sincePrecision, "until",
                    untilPrecision, evidence, evidenceStart, evidenceEnd, moreEvidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for stake in stakes {
            guard let holder = id(stake.holder), let company = id(stake.company) else { continue }
            counts.addStake([holder, company])
            try statement.execute(arguments: [
                articleID, holder, company, stake.percent, StoredFormats.dateText(stake.since),
                StoredFormats.precisionText(stake.since), StoredFormats.dateText(stake.until),
                StoredFormats.precisionText(stake.until), stake.evidence.sentence, stake.evidence.range.start,
                stake.evidence.range.end, StoredFormats.json(stake.moreEvidence),
            ])
        }
    }

    private func insertQuotes(_ quotes: [Quote]) throws {
        guard !quotes.isEmpty else { return }
        var insert = try RawInsert(
            db,
            sql: """
                INSERT INTO quote (articleID, speakerID, speakerDescription, role, organizationID, text, direct,
                    start, "end", evidence, evidenceStart, evidenceEnd, fromArticle)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let article = QuoteTexts.Scalars(articleText)
        for quote in quotes {
            let wordsFromArticle = article.isStretch(quote.text, start: quote.range.start, end: quote.range.end)
            let sentenceFromArticle = article.isStretch(
                quote.evidence.sentence, start: quote.evidence.range.start, end: quote.evidence.range.end)
            let speaker = id(quote.speaker)
            let organization = id(quote.organization)
            counts.addQuote([speaker, organization])
            insert.bind(articleID)
            insert.bind(speaker)
            insert.bind(quote.speakerDescription)
            insert.bind(quote.role)
            insert.bind(organization)
            insert.bind(wordsFromArticle ? "" : quote.text)
            insert.bind(quote.direct)
            insert.bind(quote.range.start)
            insert.bind(quote.range.end)
            insert.bind(sentenceFromArticle ? "" : quote.evidence.sentence)
            insert.bind(quote.evidence.range.start)
            insert.bind(quote.evidence.range.end)
            insert.bind((wordsFromArticle ? QuoteTexts.textBit : 0) | (sentenceFromArticle ? QuoteTexts.evidenceBit : 0))
            try insert.run()
        }
    }
}
