import NewsModel
import NewsResources

/// Well-known names kept as data: each line a canonical name and its aliases. Names are matched
/// as whole token sequences, case-sensitively.
struct Gazetteer: Sendable {
    /// One known name: its tokens, the canonical name it stands for and the kind.
    struct Entry: Sendable {
        let tokens: [String]
        let canonical: String
        let kind: EntityKind
        /// The number of tokens and the second token ("" for names of one token), kept inline:
        /// matching rules out most entries without loading `tokens`.
        let count: Int
        let second: String

        init(tokens: [String], canonical: String, kind: EntityKind) {
            self.tokens = tokens
            self.canonical = canonical
            self.kind = kind
            count = tokens.count
            second = tokens.count > 1 ? tokens[1] : ""
        }
    }

    /// Entries by the text of their first token, longest first.
    let byFirstToken: WordTable<[Entry]>
    /// First tokens that start with a lower-case letter ("adidas", "dpa").
    let lowercaseFirstTokens: WordSet
    /// The first UTF-8 byte and length of each of `lowercaseFirstTokens`, as bits (see
    /// ``mayBeLowercaseFirstToken(_:)``).
    private let lowercaseFirstShapes: [UInt64]
    /// Whether an entry of `lowercaseFirstTokens` holds a scalar canonically equal to ASCII
    /// (KELVIN SIGN …): then no word is ruled out on its bytes.
    private let lowercaseFirstExotic: Bool
    /// Words that are a known place on their own (an entry of one token, of kind place).
    let singleTokenPlaces: WordSet

    /// Whether a token's text (of `scalarCount` scalars) may be one of `lowercaseFirstTokens`:
    /// false for most words of a text after one bit test on their first byte and length; true
    /// means "look it up". Only an ASCII word (as many bytes as scalars) is ruled out on its bytes:
    /// `WordSet` compares ASCII words byte by byte, another word may equal an entry canonically.
    @inline(__always) func mayBeLowercaseFirstToken(_ text: String, scalarCount: Int) -> Bool {
        let shape = Self.shape(text)
        if lowercaseFirstShapes[shape >> 6] & (1 << UInt64(shape & 63)) != 0 { return true }
        return lowercaseFirstExotic || text.utf8.count != scalarCount
    }

    /// A word's first UTF-8 byte and length, folded into 1024 bits.
    @inline(__always) private static func shape(_ word: String) -> Int {
        let utf8 = word.utf8
        return (Int(utf8.first ?? 0) &* 31 &+ utf8.count) & 1023
    }

    init(files: [(String, EntityKind)]) {
        var map: [String: [Entry]] = [:]
        for (file, kind) in files {
            for line in NewsResources.lexicon(file) {
                let names = line.split(separator: "|").map(Self.trimmed)
                guard let canonical = names.first, !canonical.isEmpty else { continue }
                for name in names where !name.isEmpty {
                    let scalars = Array(name.unicodeScalars)
                    let tokens = Tokenizer.tokenize(scalars).map { raw -> String in
                        var view = String.UnicodeScalarView()
                        view.append(contentsOf: scalars[raw.start..<raw.end])
                        return String(view)
                    }
                    guard let first = tokens.first else { continue }
                    map[first, default: []].append(Entry(tokens: tokens, canonical: canonical, kind: kind))
                    // "Süddeutschen Zeitung", "Internationalen Währungsfonds", "beim Roten Kreuz": declined
                    // adjectives; "des Roten Kreuzes", "des Obersten Gerichtshofs": with a genitive noun.
                    for variant in Self.declinedVariants(tokens) {
                        map[variant[0], default: []].append(Entry(tokens: variant, canonical: canonical, kind: kind))
                    }
                }
            }
        }
        for key in map.keys { map[key]!.sort { $0.tokens.count > $1.tokens.count } }
        byFirstToken = WordTable(map)
        let lowercaseFirst = map.keys.filter { $0.first?.isLowercase == true }
        lowercaseFirstTokens = WordSet(lowercaseFirst)
        var shapes = [UInt64](repeating: 0, count: 16)
        for token in lowercaseFirst {
            let shape = Self.shape(token)
            shapes[shape >> 6] |= 1 << UInt64(shape & 63)
        }
        lowercaseFirstShapes = shapes
        lowercaseFirstExotic = lowercaseFirst.contains { token in
            token.unicodeScalars.contains { [0x212A, 0x037E, 0x1FEF].contains($0.value) }
        }
        singleTokenPlaces = WordSet(
            map.filter { $0.value.contains { $0.kind == .place && $0.tokens.count == 1 } }.keys)
    }

    /// A field without the blanks around it: tabs and space separators (Unicode category Zs), the
    /// characters Foundation's `CharacterSet.whitespaces` holds.
    static func trimmed(_ field: Substring) -> String {
        let scalars = field.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isBlank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// The dative/genitive form of a German adjective that starts a name ("Europäische" and
    /// "Europäischer" give "Europäischen"), or nil for other words.
    static func declined(_ word: String) -> String? {
        guard let first = word.unicodeScalars.first, ScalarClass.isUpper(first), word.unicodeScalars.count >= 6 else {
            return nil
        }
        for inflection in ["e", "er", "es"] where word.hasSuffix(inflection) {
            let stem = String(word.dropLast(inflection.count))
            guard stem.hasSuffix("isch") || stem.hasSuffix("lich") || stem.hasSuffix("al") || stem.hasSuffix("sch") else {
                continue
            }
            return stem + "en"
        }
        return nil
    }

    /// The declined forms of a name of more than one word that opens with a capitalised adjective
    /// ("Rotes Kreuz" gives "Roten Kreuz", "Roten Kreuzs" and "Roten Kreuzes"; "Europäische
    /// Zentralbank" gives "Europäischen Zentralbank"): the lead in its dative/genitive form, the last
    /// word as written and with a genitive ending. A form that no text uses is never matched.
    static func declinedVariants(_ tokens: [String]) -> [[String]] {
        guard tokens.count > 1, let lead = declinedLead(tokens[0]), let last = tokens.last,
            let lastFirst = last.unicodeScalars.first, ScalarClass.isUpper(lastFirst)
        else {
            // The adjectives of the narrower test also lead names whose last word is no noun.
            guard tokens.count > 1, let declined = declined(tokens[0]) else { return [] }
            return [[declined] + tokens.dropFirst()]
        }
        let stem = [lead] + tokens.dropFirst().dropLast()
        var variants = [stem + [last]]
        // "Kreuz" gives "Kreuzes", "Gerichtshof" "Gerichtshofs"; a last word that ends in "s" keeps its form.
        if !last.hasSuffix("s") { variants += [stem + [last + "s"], stem + [last + "es"]] }
        return variants
    }

    /// Any capitalised word of at least four scalars that ends in "e", "er" or "es", with that ending
    /// made "en" ("Rotes", "Oberster", "Vereinte", "Europäische"): the lead of a gazetteer name, where
    /// only the whole declined name matches (``declined(_:)`` is the narrower test for adjectives alone).
    static func declinedLead(_ word: String) -> String? {
        guard let first = word.unicodeScalars.first, ScalarClass.isUpper(first), word.unicodeScalars.count >= 4 else {
            return nil
        }
        for inflection in ["es", "er", "e"] where word.hasSuffix(inflection) {
            return String(word.dropLast(inflection.count)) + "en"
        }
        return nil
    }

    /// The longest entry matching the tokens at `start` (tokens before `count`). The last token
    /// may also match by the first part of a hyphen compound (``EntityScanner/head(of:)``);
    /// the flag tells whether it did.
    func match(at start: Int, count: Int, tokens: [Token]) -> (Entry, Int, Bool)? {
        var candidates = byFirstToken[tokens[start].text]
        if candidates == nil, let head = EntityScanner.head(of: tokens[start]) { candidates = byFirstToken[head] }
        guard let candidates else { return nil }
        // Read in place: copying an entry would retain (and so load) its arrays.
        let found: (Int, Bool)? = candidates.withUnsafeBufferPointer { entries in
            for k in entries.indices where start + entries[k].count <= count {
                let last = entries[k].count - 1
                // The second token first (the test of the loop below at offset 1).
                if last >= 1, tokens[start + 1].text != entries[k].second,
                    last != 1 || EntityScanner.head(of: tokens[start + 1]) != entries[k].second
                {
                    continue
                }
                var ok = true
                var viaHead = false
                for offset in 0...last {
                    let index = start + offset
                    let word = entries[k].tokens[offset]
                    if tokens[index].text == word { continue }
                    if offset == last, EntityScanner.head(of: tokens[index]) == word {
                        viaHead = true
                        continue
                    }
                    ok = false
                    break
                }
                if ok { return (k, viaHead) }
            }
            return nil
        }
        guard let (k, viaHead) = found else { return nil }
        return (candidates[k], candidates[k].count, viaHead)
    }
}
