import NewsModel

/// How text is folded for the FTS5 indexes and how user queries become FTS5 patterns.
///
/// SQLite's `unicode61` tokenizer removes diacritics but keeps "ß", so both the indexed text and
/// the query are folded with ``EntityKey/fold(_:)`` first: "Straße" is indexed as "strasse", and
/// "STRASSE", "straße" and "Strasse" all find it.
enum SearchText {
    /// ``EntityKey/fold(_:)``, with a fast path for ASCII text, where folding is lower-casing.
    static func fold(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : EntityKey.fold(text)
    }

    /// The folded copy of a text that goes into an FTS5 column.
    static func indexed(_ text: String) -> String { fold(text) }

    /// A name as the entity index holds it: folded words separated by single spaces
    /// ("Müller & Söhne AG" is "muller sohne ag").
    static func name(_ name: String) -> String { NameInfo(name).searchForm }

    /// The separator between aliases in the entity index's `aliases` column (U+001F, which the
    /// tokenizer treats as a separator), also put before the first alias.
    static let aliasSeparator = "\u{1F}"

    /// The `aliases` column of the entity index: each folded alias after a separator.
    static func aliases(_ aliases: [String]) -> String {
        aliases.map { aliasSeparator + name($0) }.joined()
    }

    /// The FTS5 pattern for a user query: every word must occur as a word prefix, in any column.
    /// Nil when the query holds no letters or digits. Quotes and operators in the query are plain
    /// text: only letters and digits reach the pattern, each inside a quoted string.
    ///
    /// `pattern(for: "Über* \"see")` is `"uber"* "see"*`.
    static func pattern(for query: String) -> String? {
        let words = NameInfo(query).words
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }
}
