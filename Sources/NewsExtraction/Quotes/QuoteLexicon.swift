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
    /// German subjunctive forms ("sei", "habe", "würde").
    let konjunktiv: Set<String>
    /// Role nouns ("sprecherin", "spokesman").
    let roles: Set<String>
    /// Head words of unnamed sources ("person", "insider", "sources").
    let unnamedSources: Set<String>
    /// Words before a quoted title ("titel", "called").
    let titleCues: Set<String>
    /// Function words of both languages: never the head of a speaker phrase.
    let functionWords: Set<String>
    /// Cheap keys (first scalar and length) of every cue head: most words are ruled out by one
    /// integer lookup before any string is hashed.
    let headKeys: Set<Int>

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
        self.konjunktiv = Set(konjunktiv.map { $0.lowercased() })
        self.roles = Set(roles.map { $0.lowercased() })
        self.unnamedSources = Set(unnamedSources.map { $0.lowercased() })
        self.titleCues = Set(titleCues.map { $0.lowercased() })
        self.functionWords = Set(functionWords.map { $0.lowercased() })
        headKeys = Set((Array(germanCues.keys) + Array(englishCues.keys)).map(Self.key))
    }

    /// The prefilter key of a lower-case word.
    static func key(_ word: String) -> Int {
        Int(word.unicodeScalars.first?.value ?? 0) << 8 | min(word.utf8.count, 255)
    }

    /// The cues whose head is this lower-case word, in either language (German first).
    func cues(for word: String, language: Language) -> [Cue] {
        guard headKeys.contains(Self.key(word)) else { return [] }
        switch language {
        case .german: return germanCues[word] ?? englishCues[word] ?? []
        case .english: return englishCues[word] ?? []
        }
    }

    /// Whether a lower-case word ends in a role noun ("11 main-sprecherin" -> "sprecherin").
    func roleWord(in word: String) -> String? {
        if roles.contains(word) { return word }
        if word.utf8.contains(UInt8(ascii: "-")), let dash = word.lastIndex(of: "-") {
            let tail = String(word[word.index(after: dash)...])
            if roles.contains(tail) { return tail }
        }
        return nil
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
