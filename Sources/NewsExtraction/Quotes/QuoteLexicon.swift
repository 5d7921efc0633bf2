import NewsModel
import NewsResources

/// The word lists the quote rules use, loaded once from `Resources/Lexicons/quotes-*.txt`.
///
/// Only general language lives here (speech verbs, subjunctive forms, role nouns, words for
/// unnamed sources, title cues); no list names a company or a person.
struct QuoteLexicon: Sendable {
    /// A speech cue: a head word and, for separable verbs, a particle later in the clause.
    struct Cue: Sendable, Hashable {
        var head: String
        var particle: String?
        /// A weak cue ("glaubt", "expects") needs "dass"/"that" or a subjunctive before its clause counts.
        var isWeak: Bool = false
    }

    /// Speech cues by head word, per language.
    let germanCues: [String: [Cue]]
    let englishCues: [String: [Cue]]
    /// The same cues in byte-hashed tables (no `Hasher`, no allocation for ASCII words).
    private let germanCueTable: WordTable<[Cue]>
    private let englishCueTable: WordTable<[Cue]>
    /// German subjunctive forms ("sei", "habe", "würde").
    let konjunktiv: WordSet
    /// Role nouns ("sprecherin", "spokesman").
    let roles: WordSet
    /// Head words of unnamed sources ("person", "insider", "sources").
    let unnamedSources: WordSet
    /// Words before a quoted title ("titel", "called").
    let titleCues: WordSet
    /// Function words of both languages: never the head of a speaker phrase.
    let functionWords: WordSet
    /// Cheap keys (first and last byte and length, see ``key(_:)``) of every cue head, as bits:
    /// most words are ruled out by one bit test before any string is hashed (a shared bit only
    /// costs a lookup).
    private let headKeys: [UInt64]

    /// The lexicon shipped with newsbrowse.
    static let shared = QuoteLexicon(
        germanCueLines: NewsResources.lexicon("quotes-speech-verbs-de.txt"),
        englishCueLines: NewsResources.lexicon("quotes-speech-verbs-en.txt"),
        konjunktiv: NewsResources.lexicon("quotes-konjunktiv-de.txt"),
        roles: NewsResources.lexicon("quotes-roles.txt"),
        unnamedSources: NewsResources.lexicon("quotes-unnamed-sources.txt"),
        titleCues: NewsResources.lexicon("quotes-title-cues.txt"),
        functionWords: NewsResources.lexicon("text-stopwords-de.txt") + NewsResources.lexicon("text-stopwords-en.txt"))

    init(
        germanCueLines: [String], englishCueLines: [String], konjunktiv: [String], roles: [String],
        unnamedSources: [String], titleCues: [String], functionWords: [String] = []
    ) {
        germanCues = Self.cues(germanCueLines)
        englishCues = Self.cues(englishCueLines)
        germanCueTable = WordTable(germanCues)
        englishCueTable = WordTable(englishCues)
        self.konjunktiv = WordSet(konjunktiv.map { $0.lowercased() })
        self.roles = WordSet(roles.map { $0.lowercased() })
        self.unnamedSources = WordSet(unnamedSources.map { $0.lowercased() })
        self.titleCues = WordSet(titleCues.map { $0.lowercased() })
        self.functionWords = WordSet(functionWords.map { $0.lowercased() })
        var headKeys = [UInt64](repeating: 0, count: Self.keyBits / 64)
        for head in Array(germanCues.keys) + Array(englishCues.keys) {
            let key = Self.key(head)
            headKeys[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.headKeys = headKeys
    }

    private static let keyBits = 1 << 14

    /// The prefilter key of a lower-case word: its first and last UTF-8 byte and its length in
    /// bytes, mixed into ``keyBits`` bits. (The first byte and the length alone let most words of
    /// a text through: "sale" shares them with "said".)
    @inline(__always) static func key(_ word: String) -> Int {
        let utf8 = word.utf8
        guard let first = utf8.first else { return 0 }
        return key(first: first, last: utf8[utf8.index(before: utf8.endIndex)], count: utf8.count)
    }

    /// ``key(_:)`` of a word given by its first and last UTF-8 byte and its length in bytes.
    @inline(__always) static func key(first: UInt8, last: UInt8, count: Int) -> Int {
        var mixed = UInt32(first) &* 0x9E37_79B1 ^ UInt32(last) &* 0x85EB_CA77
        mixed ^= UInt32(truncatingIfNeeded: count) &* 0xC2B2_AE3D
        mixed ^= mixed >> 15
        return Int(mixed) & (keyBits - 1)
    }

    /// Whether the lower-case word of these UTF-8 bytes heads a cue in the language:
    /// `!cues(for: word, language: language).isEmpty`, read on the bytes (no `String` passed on,
    /// one bit test for most words).
    @inline(__always) func hasCues(utf8 bytes: UnsafeBufferPointer<UInt8>, language: Language) -> Bool {
        guard let first = bytes.first else { return false }
        let key = Self.key(first: first, last: bytes[bytes.count - 1], count: bytes.count)
        // The bit test inlined at the caller: most words end here, with no call.
        guard headKeys[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
        return hasCuesInTables(utf8: bytes, language: language)
    }

    /// ``hasCues(utf8:language:)`` after the prefilter let the word through: the table lookups.
    private func hasCuesInTables(utf8 bytes: UnsafeBufferPointer<UInt8>, language: Language) -> Bool {
        switch language {
        case .german: return germanCueTable.contains(utf8: bytes) || englishCueTable.contains(utf8: bytes)
        case .english: return englishCueTable.contains(utf8: bytes)
        }
    }

    /// The cues whose head is this lower-case word, in either language (German first).
    func cues(for word: String, language: Language) -> [Cue] {
        let key = Self.key(word)
        guard headKeys[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return [] }
        switch language {
        case .german: return germanCueTable[word] ?? englishCueTable[word] ?? []
        case .english: return englishCueTable[word] ?? []
        }
    }

    /// Whether a lower-case word ends in a role noun ("11 main-sprecherin" -> "sprecherin").
    func roleWord(in word: String) -> String? {
        if roles.contains(word) { return word }
        if Self.hasHyphen(word), let dash = word.lastIndex(of: "-") {
            let tail = String(word[word.index(after: dash)...])
            if roles.contains(tail) { return tail }
        }
        return nil
    }

    /// Whether a word holds a hyphen, read on its contiguous bytes: iterating `utf8` through the
    /// generic sequence costs several times more.
    @inline(__always) static func hasHyphen(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "-")) }
            ?? word.utf8.contains(UInt8(ascii: "-"))
    }

    private static func cues(_ lines: [String]) -> [String: [Cue]] {
        var result: [String: [Cue]] = [:]
        for line in lines {
            let isWeak = line.hasPrefix("~")
            let parts = line.lowercased().drop { $0 == "~" }.split(separator: " ").map(String.init)
            guard let head = parts.first else { continue }
            let cue = Cue(head: head, particle: parts.count > 1 ? parts[parts.count - 1] : nil, isWeak: isWeak)
            result[head, default: []].append(cue)
        }
        return result
    }
}
