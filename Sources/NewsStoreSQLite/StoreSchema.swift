import GRDB

/// The versioned schema of the store: one GRDB migration per version, applied in order when a store
/// opens. Never edit a shipped migration; add a new one.
enum StoreSchema {
    /// The migrator holding every schema version.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, entities, facts, search") { db in
            try createArticleTables(db)
            try createEntityTables(db)
            try createFactTables(db)
            try createCountTriggers(db)
            try createSearchTables(db)
        }
        migrator.registerMigration("v2: entity counts kept by the writer on insert") { db in
            // The writer adds the counts once per entity and transaction (PendingCounts); the
            // delete triggers stay for the cascade that removes a replaced article's facts.
            for table in ["entityArticle", "deal", "stake", "quote"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_counts_insert")
            }
        }
        migrator.registerMigration("v3: contentless article search index") { db in
            try createContentlessArticleSearch(db)
        }
        migrator.registerMigration("v4: indexes deferred during a bulk ingest") { db in
            // The secondary indexes a bulk ingest dropped, with the statements that build them
            // again (DeferredIndexes).
            try db.execute(sql: "CREATE TABLE deferredIndex (name TEXT PRIMARY KEY, sql TEXT NOT NULL)")
        }
        migrator.registerMigration("v5: quote texts taken from the article") { db in
            // Bits of QuoteTexts: the quote's words (1) or its evidence sentence (2) are stored as
            // '' and read from the article text. Rows stored before keep their texts (0).
            try db.execute(sql: "ALTER TABLE quote ADD COLUMN fromArticle INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v6: article index merges eight segments at a time") { db in
            // Every write transaction adds a segment to the article index; by default FTS5 merges
            // every 4 segments of a level, so a bulk ingest rewrote each term some log4(batches)
            // times. Merging 8 at a time halves that work (Reuters-21578: 0.2 s less CPU), and a
            // query reads at most 7 segments per level instead of 3.
            try db.execute(sql: "INSERT INTO articleSearch (articleSearch, rank) VALUES ('automerge', \(articleSearchAutomerge))")
        }
        migrator.registerMigration("v7: mentions keyed by article and entity rowid") { db in
            try createIntegerKeyedMentions(db)
        }
        return migrator
    }

    /// How many segments of a level the article index merges at once (schema v6).
    static let articleSearchAutomerge = 8

    /// Articles, ordered by date (newest or oldest first) or title.
    private static func createArticleTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE article (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    paragraphs TEXT NOT NULL,
                    date TEXT,
                    language TEXT NOT NULL,
                    source TEXT,
                    origin TEXT,
                    url TEXT,
                    topics TEXT NOT NULL DEFAULT '[]',
                    contentHash TEXT NOT NULL,
                    factCount INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX article_by_date ON article(date, id);
                CREATE INDEX article_by_date_undated_last ON article(date IS NULL, date, id);
                CREATE INDEX article_by_title ON article(title COLLATE NOCASE, id);
                """)
    }

    /// Entities with their denormalised counts, aliases and the article links.
    private static func createEntityTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE entity (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    role TEXT,
                    organizationID TEXT REFERENCES entity(id) ON DELETE SET NULL,
                    key TEXT NOT NULL,
                    articleCount INTEGER NOT NULL DEFAULT 0,
                    dealCount INTEGER NOT NULL DEFAULT 0,
                    stakeCount INTEGER NOT NULL DEFAULT 0,
                    quoteCount INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX entity_by_key ON entity(key);
                CREATE INDEX entity_by_organization ON entity(organizationID);
                CREATE INDEX entity_by_articles ON entity(articleCount DESC, name);
                CREATE INDEX entity_by_kind_articles ON entity(kind, articleCount DESC, name);

                CREATE TABLE entityAlias (
                    entityID TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    alias TEXT NOT NULL,
                    key TEXT NOT NULL,
                    matchable INTEGER NOT NULL,
                    UNIQUE (entityID, alias)
                );
                CREATE INDEX entityAlias_by_key ON entityAlias(key) WHERE matchable;

                CREATE TABLE entityArticle (
                    entityID TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    articleDate TEXT,
                    PRIMARY KEY (entityID, articleID)
                ) WITHOUT ROWID;
                CREATE INDEX entityArticle_by_article ON entityArticle(articleID);
                CREATE INDEX entityArticle_by_entity_date ON entityArticle(entityID, articleDate);
                """)
    }

    /// Mentions, deals, stakes and quotes; each row goes with its article.
    private static func createFactTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE mention (
                    seq INTEGER PRIMARY KEY,
                    articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    entityID TEXT NOT NULL REFERENCES entity(id),
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    sentenceStart INTEGER NOT NULL,
                    sentenceEnd INTEGER NOT NULL
                );
                CREATE INDEX mention_by_article ON mention(articleID);
                CREATE INDEX mention_by_entity ON mention(entityID, articleID);

                CREATE TABLE deal (
                    seq INTEGER PRIMARY KEY,
                    articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    acquirerID TEXT REFERENCES entity(id),
                    sellerID TEXT REFERENCES entity(id),
                    targetID TEXT NOT NULL REFERENCES entity(id),
                    percent REAL,
                    priceMinorUnits INTEGER,
                    currency TEXT,
                    date TEXT,
                    datePrecision TEXT,
                    timelineKey TEXT NOT NULL,
                    status TEXT NOT NULL,
                    evidence TEXT NOT NULL,
                    evidenceStart INTEGER NOT NULL,
                    evidenceEnd INTEGER NOT NULL,
                    moreEvidence TEXT
                );
                CREATE INDEX deal_by_article ON deal(articleID);
                CREATE INDEX deal_by_acquirer ON deal(acquirerID);
                CREATE INDEX deal_by_seller ON deal(sellerID);
                CREATE INDEX deal_by_target ON deal(targetID);
                CREATE INDEX deal_by_timeline ON deal(timelineKey, seq);
                CREATE INDEX deal_by_kind_timeline ON deal(kind, timelineKey, seq);

                CREATE TABLE stake (
                    seq INTEGER PRIMARY KEY,
                    articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    holderID TEXT NOT NULL REFERENCES entity(id),
                    companyID TEXT NOT NULL REFERENCES entity(id),
                    percent REAL,
                    since TEXT,
                    sincePrecision TEXT,
                    "until" TEXT,
                    untilPrecision TEXT,
                    evidence TEXT NOT NULL,
                    evidenceStart INTEGER NOT NULL,
                    evidenceEnd INTEGER NOT NULL,
                    moreEvidence TEXT
                );
                CREATE INDEX stake_by_article ON stake(articleID);
                CREATE INDEX stake_by_holder ON stake(holderID);
                CREATE INDEX stake_by_company ON stake(companyID);

                CREATE TABLE quote (
                    seq INTEGER PRIMARY KEY,
                    articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    speakerID TEXT REFERENCES entity(id),
                    speakerDescription TEXT,
                    role TEXT,
                    organizationID TEXT REFERENCES entity(id),
                    text TEXT NOT NULL,
                    direct INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    evidence TEXT NOT NULL,
                    evidenceStart INTEGER NOT NULL,
                    evidenceEnd INTEGER NOT NULL
                );
                CREATE INDEX quote_by_article ON quote(articleID);
                CREATE INDEX quote_by_speaker ON quote(speakerID);
                CREATE INDEX quote_by_organization ON quote(organizationID);
                """)
    }

    /// Replaces the mention table of v1, which named its article and entity by their text ids, by
    /// one that names them by their rowids (`article.seq`, `entity.seq`): the table holds more
    /// rows than any other, and integer keys make its rows and indexes smaller and cheaper to
    /// write and to build (Reuters-21578: 129,000 mentions). Both columns keep an index (the
    /// article's mentions are read and deleted by article; deleting an entity checks its
    /// mentions). Indexes of the old table that an interrupted bulk ingest left to build
    /// (``DeferredIndexes``) are forgotten: the new ones are built here.
    private static func createIntegerKeyedMentions(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE mentionByRowid (
                    seq INTEGER PRIMARY KEY,
                    articleSeq INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
                    entitySeq INTEGER NOT NULL REFERENCES entity(seq),
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    sentenceStart INTEGER NOT NULL,
                    sentenceEnd INTEGER NOT NULL
                );
                INSERT INTO mentionByRowid (seq, articleSeq, entitySeq, start, "end", sentenceStart, sentenceEnd)
                    SELECT m.seq, a.seq, e.seq, m.start, m."end", m.sentenceStart, m.sentenceEnd
                    FROM mention m JOIN article a ON a.id = m.articleID JOIN entity e ON e.id = m.entityID
                    ORDER BY m.seq;
                DROP TABLE mention;
                ALTER TABLE mentionByRowid RENAME TO mention;
                CREATE INDEX mention_by_article ON mention(articleSeq);
                CREATE INDEX mention_by_entity ON mention(entitySeq, articleSeq);
                DELETE FROM deferredIndex WHERE name IN ('mention_by_article', 'mention_by_entity');
                """)
    }

    /// Keeps `entity.articleCount`, `dealCount`, `stakeCount` and `quoteCount` right on every insert
    /// and delete, including the cascade that removes a replaced article's facts.
    private static func createCountTriggers(_ db: Database) throws {
        let counted: [(table: String, column: String, ids: [String])] = [
            ("entityArticle", "articleCount", ["entityID"]),
            ("deal", "dealCount", ["acquirerID", "sellerID", "targetID"]),
            ("stake", "stakeCount", ["holderID", "companyID"]),
            ("quote", "quoteCount", ["speakerID", "organizationID"]),
        ]
        for (table, column, ids) in counted {
            let newIDs = ids.map { "NEW.\($0)" }.joined(separator: ", ")
            let oldIDs = ids.map { "OLD.\($0)" }.joined(separator: ", ")
            try db.execute(
                sql: """
                    CREATE TRIGGER \(table)_counts_insert AFTER INSERT ON \(table) BEGIN
                        UPDATE entity SET \(column) = \(column) + 1 WHERE id IN (\(newIDs));
                    END;
                    CREATE TRIGGER \(table)_counts_delete AFTER DELETE ON \(table) BEGIN
                        UPDATE entity SET \(column) = \(column) - 1 WHERE id IN (\(oldIDs));
                    END;
                    """)
        }
    }

    /// Replaces the article index of v1, which kept its own copy of every folded text, by one
    /// that keeps only the index (`content=''`): the text is stored once, in `article`. A
    /// contentless table cannot look up what to remove, so ``ArticleSearchRows`` removes an
    /// article's terms by giving the folded title and text again before the article row goes.
    private static func createContentlessArticleSearch(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER IF EXISTS article_search_delete;
                DROP TABLE IF EXISTS articleSearch;
                CREATE VIRTUAL TABLE articleSearch USING fts5(
                    title, body, content = '', tokenize = 'unicode61 remove_diacritics 2');
                """)
        let insert = try db.makeStatement(sql: "INSERT INTO articleSearch (rowid, title, body) VALUES (?, ?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, title, paragraphs FROM article ORDER BY seq")
        while let row = try rows.next() {
            let folded = ArticleSearchRows.folded(title: row[1], paragraphs: row[2])
            try insert.execute(arguments: [row[0], folded.title, folded.body])
        }
    }

    /// FTS5 indexes over folded copies of article titles and texts and of entity names and aliases
    /// ("Straße" is indexed as "strasse"), keyed by the rowid (`seq`) of their row.
    private static func createSearchTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE articleSearch USING fts5(
                    title, body, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
                    DELETE FROM articleSearch WHERE rowid = OLD.seq;
                END;
                CREATE VIRTUAL TABLE entitySearch USING fts5(
                    name, aliases, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
                CREATE TRIGGER entity_search_delete AFTER DELETE ON entity BEGIN
                    DELETE FROM entitySearch WHERE rowid = OLD.seq;
                END;
                """)
    }
}
