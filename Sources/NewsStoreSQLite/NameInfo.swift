import NewsModel

/// The matching forms of one name, computed once: its folded words, its ``EntityKey`` and the forms
/// the search index and the quote matcher use.
///
/// Equal to what ``EntityKey/of(_:)`` and ``EntityKey/words(of:)`` return, with a fast path for
/// ASCII text (where folding is lower-casing).
struct NameInfo {
    /// The name as given.
    let name: String
    /// Folded words: lower case, no diacritics, "ß" as "ss".
    let words: [String]
    /// The words without a trailing possessive "s" and trailing legal forms.
    let coreWords: [String]

    init(_ name: String) {
        self.name = name
        let folded = SearchText.fold(name)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the letters and digits are exactly A-Z, a-z and 0-9; split the bytes.
            words = folded.utf8.split { byte in
                !((0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte))
            }.map { String(Substring($0)) }
        } else {
            words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        var core = words
        if core.count > 1, core.last == "s" { core.removeLast() }
        while core.count > 1, let last = core.last, EntityKey.legalForms.contains(last) { core.removeLast() }
        coreWords = core
        key = core.joined()
        hasLongKey = key.count >= 3
    }

    /// ``EntityKey/of(_:)`` of the name (the core words joined), computed once: the resolver
    /// asks for it several times per name.
    let key: String

    /// Whether ``key`` has three characters or more.
    private let hasLongKey: Bool

    /// The folded words joined by spaces, as the entity index holds names.
    var searchForm: String { words.joined(separator: " ") }

    /// The core words joined by spaces, to find the name inside a sentence.
    var coreForm: String { coreWords.joined(separator: " ") }

    /// Whether the name may merge entities through an alias: a key of three characters or more
    /// and, for people, at least two words.
    func isDistinctive(for kind: EntityKind) -> Bool {
        hasLongKey && (kind != .person || words.count >= 2)
    }
}
