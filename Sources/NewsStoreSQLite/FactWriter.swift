import GRDB
import NewsModel

/// Inserts an article's mentions, deals, stakes and quotes with corpus-wide entity ids, through
/// cached prepared statements.
struct FactWriter {
    let db: Database
    let articleID: String
    /// Article-local entity id to corpus-wide reference.
    let refs: [EntityID: EntityRef]
    /// Where the entity counts the new rows add go.
    let counts: PendingCounts

    private func id(_ ref: EntityRef?) -> String? { ref.flatMap { refs[$0.id]?.id } }

    func insert(_ facts: ArticleFacts) throws {
        try insertMentions(facts.mentions)
        try insertDeals(facts.deals)
        try insertStakes(facts.stakes)
        try insertQuotes(facts.quotes)
    }

    private func insertMentions(_ mentions: [Mention]) throws {
        guard !mentions.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO mention (articleID, entityID, start, "end", sentenceStart, sentenceEnd)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        for mention in mentions {
            guard let entity = refs[mention.entity]?.id else { continue }
            try statement.execute(arguments: [
                articleID, entity, mention.range.start, mention.range.end, mention.sentence.start,
                mention.sentence.end,
            ])
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
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO quote (articleID, speakerID, speakerDescription, role, organizationID, text, direct,
                    start, "end", evidence, evidenceStart, evidenceEnd)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for quote in quotes {
            counts.addQuote([id(quote.speaker), id(quote.organization)])
            try statement.execute(arguments: [
                articleID, id(quote.speaker), quote.speakerDescription, quote.role, id(quote.organization),
                quote.text, quote.direct, quote.range.start, quote.range.end, quote.evidence.sentence,
                quote.evidence.range.start, quote.evidence.range.end,
            ])
        }
    }
}
