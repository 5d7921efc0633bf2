import NewsModel
import NewsResources

/// The word lists the fact rules use, loaded once from `Resources/Lexicons/` (deals-*.txt,
/// numbers-units.txt, dates-months.txt).
///
/// A class with constant properties: the readers and sentence views that keep the lexicon hold one
/// reference, so copying them retains one object instead of every table.
final class FactLexicon: Sendable {
    /// Word forms by category ("buy", "sell", "stakenoun", …) for one language.
    struct Words: Sendable {
        var byCategory: [String: Set<String>] = [:]
        /// Every form of every category.
        var triggers: WordSet = []
        /// The words without which no rule can fire: the cheap first test of a sentence.
        var strongTriggers: WordSet = []
        /// "has", "have", "had": a holding only with a percent.
        var haveForms: WordSet = []
        /// The forms of the "buyernoun" category, as a set for one lookup per word.
        var buyerNouns: WordSet = []
        /// The first test in one lookup: ``strongBit`` for trigger words, ``percentBit`` for percent and stake
        /// words, ``haveBit`` for words that count only beside a percent or stake word.
        var firstTest = WordTable<UInt8>([:])
        static let strongBit: UInt8 = 1
        static let percentBit: UInt8 = 2
        static let haveBit: UInt8 = 4
        static let bothBits: UInt8 = percentBit | haveBit
        /// For words that count only with a word next to them ("pay … for", "holding in", "the X deal … close"):
        /// ``FirstTestNeighbours`` reads the neighbours.
        static let neighbourBit: UInt8 = 8

        /// For each pair of leading ASCII letters (26 × 26), whether a trigger-like word starts with it: lets
        /// the first test skip most words without hashing them.
        var leadingPairs = [Bool](repeating: false, count: 26 * 26)

        /// For each first byte other than a lower-case ASCII letter, whether a trigger-like word may start
        /// with it: no punctuation mark or digit but those of the lexicon ("%") needs a lookup. Bytes of
        /// non-ASCII scalars, and ";" and "`" (which have non-ASCII equivalents), always may.
        var otherFirstBytes: [Bool] = (0..<256).map { $0 >= 0x80 || $0 == 0x3B || $0 == 0x60 }

        /// Whether a lower-case word may be a trigger, percent or stake word (false means surely not).
        @inline(__always) func mayTrigger(_ word: String) -> Bool {
            var iterator = word.utf8.makeIterator()
            guard let first = iterator.next() else { return false }
            guard first >= 97, first <= 122 else { return otherFirstBytes[Int(first)] }
            guard let second = iterator.next() else { return true }
            guard second >= 97, second <= 122 else { return true }
            return leadingPairs[Int(first - 97) * 26 + Int(second - 97)]
        }

        /// Whether a lower-case word belongs to a category.
        func has(_ category: FactWordClass, _ word: String) -> Bool { (masks[word] ?? 0) & category.bit != 0 }

        /// The classes of a word, as bits of ``FactWordClass``, and ``triggerBit`` for the words of
        /// ``triggers`` (a byte-hashed table: no `Hasher`).
        var masks = WordTable<UInt32>([:])

        /// The bit of ``masks`` for a word of ``triggers``: above every ``FactWordClass`` bit.
        static let triggerBit: UInt32 = 1 << 31

        /// The class bits of a lower-case word (0 if none).
        func mask(_ word: String) -> UInt32 { (masks[word] ?? 0) & ~Self.triggerBit }

        /// The class bits of a lower-case word with ``triggerBit`` when it is one of ``triggers``: both
        /// answers in one lookup.
        func classesAndTrigger(_ word: String) -> UInt32 { masks[word] ?? 0 }
    }

    let english: Words
    let german: Words
    /// Scale word → factor ("mln" → 1e6).
    let scales: WordTable<Double>
    /// Currency word → ISO code ("dlrs" → "USD").
    let currencies: WordTable<String>
    /// Month name → 1…12.
    let months: WordTable<Int>
    /// Weekday name → 1 (Sunday) … 7.
    let weekdays: WordTable<Int>

    /// The lexicon loaded from the bundled files.
    static let shared = FactLexicon(
        english: NewsResources.lexicon("deals-en.txt"), german: NewsResources.lexicon("deals-de.txt"),
        units: NewsResources.lexicon("numbers-units.txt"), dates: NewsResources.lexicon("dates-months.txt"))

    init(english: [String], german: [String], units: [String], dates: [String]) {
        self.english = FactLexicon.words(english)
        self.german = FactLexicon.words(german)
        var scales: [String: Double] = [:]
        var currencies: [String: String] = [:]
        for line in units {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count >= 3 else { continue }
            if parts[0] == "scale", let factor = Double(parts[1]) {
                for word in parts.dropFirst(2) { scales[word] = factor }
            } else if parts[0] == "currency" {
                for word in parts.dropFirst(2) { currencies[word] = parts[1] }
            }
        }
        var months: [String: Int] = [:]
        var weekdays: [String: Int] = [:]
        for line in dates {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count >= 3, let number = Int(parts[1]) else { continue }
            for word in parts.dropFirst(2) {
                if parts[0] == "month" { months[word] = number } else if parts[0] == "weekday" { weekdays[word] = number }
            }
        }
        self.scales = WordTable(scales)
        self.currencies = WordTable(currencies)
        self.months = WordTable(months)
        self.weekdays = WordTable(weekdays)
    }

    /// The deal words of a language.
    func words(for language: Language) -> Words { language == .german ? german : english }

    private static func words(_ lines: [String]) -> Words {
        var words = Words()
        var masks: [String: UInt32] = [:]
        for line in lines {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count >= 2 else { continue }
            words.byCategory[parts[0], default: []].formUnion(parts.dropFirst())
            if let wordClass = FactWordClass(name: parts[0]) {
                for form in parts.dropFirst() { masks[form, default: 0] |= wordClass.bit }
            }
        }
        var triggers: Set<String> = []
        var strongTriggers: Set<String> = []
        let structural: Set<String> = ["passiveaux", "perfectaux", "planned", "rumoured", "announced", "completed", "negation", "pronoun", "companyword", "reduce", "have", "relationlead"]
        for (category, forms) in words.byCategory where !structural.contains(category) {
            triggers.formUnion(forms)
        }
        let weak: Set<String> = ["sharenoun", "companyword", "complete", "raise", "reduce", "have"]
        for (category, forms) in words.byCategory where !structural.contains(category) && !weak.contains(category) {
            strongTriggers.formUnion(forms)
        }
        strongTriggers.subtract(["interest", "interests", "holding", "holdings", "investment", "aktien", "paket", "sales", "have", "has", "had"])
        // "Y controls X", "gained control of X", "offered 5 bln dlrs for X", "X, part of the Y group", "a joint venture of A and B" (EnglishRelationForms).
        strongTriggers.formUnion(["owned", "controlled", "controls", "control", "offered", "part", "venture"])
        // Words that count only next to a percent or a stake noun.
        // "take", "hold", "combine" and "raise" count only next to a percent, a stake noun, "over" or "control".
        let conditional: Set<String> = [
            "take", "takes", "took", "taking", "taken", "hold", "holds", "held", "combine", "combines", "combined",
        ]
        strongTriggers.subtract(conditional)
        let haveForms = words.byCategory["have", default: []].union(words.byCategory["raise", default: []])
            .union(words.byCategory["reduce", default: []]).union(conditional)
            // "paid 12 mln dlrs for 8.6 pct of X": a payment next to a percent (EnglishStakePurchaseForms).
            .union(["paid", "pays", "spent"])
        let percentWords = words.byCategory["stakenoun", default: []].union(["pct", "percent", "%", "prozent", "over", "control", "with"])
        var firstTest: [String: UInt8] = [:]
        for word in strongTriggers { firstTest[word, default: 0] |= Words.strongBit }
        for word in percentWords { firstTest[word, default: 0] |= Words.percentBit }
        for word in haveForms { firstTest[word, default: 0] |= Words.haveBit }
        for word in FirstTestNeighbours.words { firstTest[word, default: 0] |= Words.neighbourBit }
        for word in strongTriggers.union(haveForms).union(percentWords).union(FirstTestNeighbours.words) {
            let bytes = Array(word.utf8)
            if bytes.count >= 2, (97...122).contains(bytes[0]), (97...122).contains(bytes[1]) {
                words.leadingPairs[Int(bytes[0] - 97) * 26 + Int(bytes[1] - 97)] = true
            }
            if let first = bytes.first, !(97...122).contains(first) { words.otherFirstBytes[Int(first)] = true }
        }
        // A word that starts with a non-ASCII scalar may be equivalent to one that starts with an ASCII mark
        // and a combining one ("≠" and "=" + U+0338): then every first byte may start a trigger word.
        if strongTriggers.union(haveForms).union(percentWords).union(FirstTestNeighbours.words).contains(where: { ($0.utf8.first ?? 0) >= 0x80 }) {
            words.otherFirstBytes = [Bool](repeating: true, count: 256)
        }
        words.triggers = WordSet(triggers)
        precondition(FactWordClass.allCases.count < 31, "The word classes must leave the trigger bit free.")
        for word in triggers { masks[word, default: 0] |= Words.triggerBit }
        words.masks = WordTable(masks)
        words.strongTriggers = WordSet(strongTriggers)
        words.haveForms = WordSet(haveForms)
        words.buyerNouns = WordSet(words.byCategory["buyernoun", default: []])
        words.firstTest = WordTable(firstTest)
        return words
    }
}
