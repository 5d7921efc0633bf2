import GRDB
import NewsModel

/// Saves one article and its facts inside the caller's transaction.
///
/// - Same id and content hash as stored: nothing is written (``SaveOutcome/unchanged``).
/// - Same id, new content: the old row is deleted, which cascades to its mentions, deals, stakes,
///   quotes and entity links (delete triggers lower the entity counts; its terms leave the article
///   index first), then the article goes in again (``SaveOutcome/replaced``). Entities left without any article are removed.
/// - The counts the new rows add go to `counts`, which the caller flushes before the transaction
///   ends.
/// - Entity ids in the facts are the extractor's article-local ids; ``EntityResolver`` maps them to
///   corpus-wide entities and every stored reference uses the corpus-wide id.
/// - Search index rows go to `search`, which the caller flushes before the transaction ends.
struct ArticleWriter {
    let db: Database
    let search: SearchIndexBuffer
    let counts: PendingCounts
    /// Stored entities by key, shared by the transaction's articles.
    let candidates: EntityCandidateCache
    /// Whether the secondary indexes are left out (they are built before an article is replaced).
    let ingest: IngestState

    func save(_ article: Article, facts: ArticleFacts) throws -> SaveOutcome {
        var outcome = SaveOutcome.inserted
        var previousEntities: [String] = []
        let hash = article.contentHash
        if !ingest.knownAbsent(article.id),
            let stored = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT seq, contentHash FROM article WHERE id = ?"), arguments: [article.id])
        {
            if stored[1] == hash { return .unchanged }
            let storedSeq: Int64 = stored[0]
            // Deleting without the indexes on the article columns would scan every fact table.
            try ingest.restoreIndexes(db)
            previousEntities = try String.fetchAll(
                db.cachedStatement(sql: "SELECT entityID FROM entityArticle WHERE articleID = ?"),
                arguments: [article.id])
            try search.removeArticle(id: article.id, db)
            // The rows of the article's facts go first, explicitly: a bulk ingest writes with
            // foreign keys off, when deleting the article would not cascade to them. The delete
            // triggers lower the entity counts as the cascade would.
            try db.cachedStatement(sql: "DELETE FROM mention WHERE articleSeq = ?").execute(arguments: [storedSeq])
            for table in ["entityArticle", "deal", "stake", "quote"] {
                try db.cachedStatement(sql: "DELETE FROM \(table) WHERE articleID = ?").execute(arguments: [article.id])
            }
            try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [article.id])
            candidates.clear()  // the cascade lowered counts and may leave orphans
            outcome = .replaced
        }
        let text = article.text
        let articleSeq = try insertArticle(article, text: text, hash: hash, factCount: facts.factCount)
        if ingest.articles.isTracking { ingest.transactionArticles[article.id] = hash }

        var resolver = EntityResolver(db: db, search: search, counts: counts, cache: candidates, names: ingest.names)
        let refs = try resolver.resolve(Self.localEntities(of: facts))
        let linked = Set(refs.values.map(\.id))
        var link = try RawInsert(
            db, sql: "INSERT OR IGNORE INTO entityArticle (entityID, articleID, articleDate) VALUES (?, ?, ?)")
        for id in linked.sorted() {
            link.bind(id)
            link.bind(article.id)
            link.bind(article.date)
            try link.run()
            if db.changesCount > 0 { counts.addArticle(id) }
        }
        let writer = FactWriter(
            db: db, articleID: article.id, articleSeq: articleSeq, refs: refs, entitySeqs: resolver.seqs, counts: counts,
            articleText: text)
        try writer.insert(facts)

        if outcome == .replaced {
            try removeOrphans(Set(previousEntities).subtracting(linked))
        }
        return outcome
    }

    /// Inserts the article row; returns its rowid (`seq`).
    private func insertArticle(_ article: Article, text: String, hash: String, factCount: Int) throws -> Int64 {
        var insert = try RawInsert(
            db,
            sql: """
                INSERT INTO article (id, title, paragraphs, date, language, source, origin, url, topics,
                    contentHash, factCount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insert.bind(article.id)
        insert.bind(article.title)
        insert.bind(StoredFormats.json(article.paragraphs))
        insert.bind(article.date)
        insert.bind(article.language.rawValue)
        insert.bind(article.source)
        insert.bind(article.origin)
        insert.bind(article.url)
        insert.bind(StoredFormats.json(article.topics))
        insert.bind(hash)
        insert.bind(factCount)
        try insert.run()
        let seq = db.lastInsertedRowID
        search.addArticle(id: article.id, seq: seq, title: article.title, text: text)
        return seq
    }

    /// The entities the facts list, plus one for every reference to an entity they do not list (a
    /// deal party or stake holder becomes a company, a speaker a person, a speaker's organisation an
    /// organisation), so that every reference resolves.
    static func localEntities(of facts: ArticleFacts) -> [Entity] {
        var entities = facts.entities
        var known = Set(entities.map(\.id))
        func add(_ ref: EntityRef?, _ kind: EntityKind) {
            guard let ref, !known.contains(ref.id) else { return }
            known.insert(ref.id)
            entities.append(Entity(id: ref.id, name: ref.name, kind: kind))
        }
        for entity in facts.entities { add(entity.organization, .organization) }
        for deal in facts.deals {
            for party in deal.parties { add(party, .company) }
        }
        for stake in facts.stakes {
            add(stake.holder, .company)
            add(stake.company, .company)
        }
        for quote in facts.quotes {
            add(quote.speaker, .person)
            add(quote.organization, .organization)
        }
        return entities
    }

    /// Deletes entities that no article, fact or person refers to any more.
    private func removeOrphans(_ ids: Set<String>) throws {
        guard !ids.isEmpty else { return }
        try counts.flush(db)
        candidates.clear()
        // Aliases go with their entity, explicitly (foreign keys may be off: see above).
        try db.execute(
            sql: """
                DELETE FROM entityAlias
                WHERE entityID IN (
                    SELECT id FROM entity
                    WHERE id IN (SELECT value FROM json_each(?))
                      AND articleCount = 0 AND dealCount = 0 AND stakeCount = 0 AND quoteCount = 0
                      AND NOT EXISTS (SELECT 1 FROM entity person WHERE person.organizationID = entity.id))
                """, arguments: [StoredFormats.json(ids.sorted())])
        try db.execute(
            sql: """
                DELETE FROM entity
                WHERE id IN (SELECT value FROM json_each(?))
                  AND articleCount = 0 AND dealCount = 0 AND stakeCount = 0 AND quoteCount = 0
                  AND NOT EXISTS (SELECT 1 FROM entity person WHERE person.organizationID = entity.id)
                """, arguments: [StoredFormats.json(ids.sorted())])
    }
}
