import GRDB

/// The rows of the contentless article index (`articleSearch`, schema v3): the folded title and
/// text of each article, keyed by the article's `seq`.
///
/// The index keeps no copy of the text, so removing an article's terms needs the very values
/// that were indexed: they are folded again from the stored title and paragraphs, the same way
/// (``folded(title:paragraphs:)``) as when the article went in.
enum ArticleSearchRows {
    /// The folded title and text of an article as stored (`paragraphs` is the JSON array).
    static func folded(title: String, paragraphs: String) -> (title: String, body: String) {
        let text = StoredFormats.strings(paragraphs).joined(separator: "\n\n")
        return (SearchText.indexed(title), SearchText.indexed(text))
    }

    /// Removes the terms of the stored article `id` from the index (call before deleting its row).
    static func remove(articleID id: String, _ db: Database) throws {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT seq, title, paragraphs FROM article WHERE id = ?"), arguments: [id])
        else { return }
        let folded = folded(title: row[1], paragraphs: row[2])
        try db.cachedStatement(
            sql: "INSERT INTO articleSearch (articleSearch, rowid, title, body) VALUES ('delete', ?, ?, ?)"
        ).execute(arguments: [row[0], folded.title, folded.body])
    }
}
