import NewsModel

/// A sentence prepared for the deal rules: tokens, entity mentions folded into single items, numbers,
/// dates and clause boundaries.
struct SentenceView: Sendable {
    let sentence: Sentence
    let tokens: [FactToken]
    let items: [ClauseItem]
    let words: FactLexicon.Words
    let language: Language
    /// Quantities with their item index.
    let quantities: [(item: Int, quantity: Quantity)]
    /// Reads dates on demand (only clauses with a fact need them).
    let dateReader: DateReader
    /// Clause ranges of item indices.
    let clauses: [Range<Int>]
    /// Items whose mention is a genitive form of the entity's name ("Acmes").
    let possessiveMentions: Set<Int>
    /// Items whose "'s" belongs to the entity's own name ("Foster's" of "Foster's Group"): no genitive.
    let namePossessives: Set<Int>

    init(
        sentence: Sentence, tokens: [FactToken], mentions: [EntityMention], names: [EntityID: String], nameForms: FactAnalysis.NameForms,
        document: Document, lexicon: FactLexicon
    ) {
        self.sentence = sentence
        self.tokens = tokens
        language = document.language
        let words = lexicon.words(for: document.language)
        self.words = words
        var items: [ClauseItem] = []
        items.reserveCapacity(tokens.count)
        var tokenToItem = [Int](repeating: 0, count: tokens.count + 1)
        var index = 0
        var mentionIndex = 0
        while index < tokens.count {
            let token = tokens[index]
            while mentionIndex < mentions.count, max(mentions[mentionIndex].range.end, mentions[mentionIndex].tokenRange.end) <= token.range.start {
                mentionIndex += 1
            }
            if mentionIndex < mentions.count, mentions[mentionIndex].range.start < token.range.end {
                let mention = mentions[mentionIndex]
                let end = max(mention.range.end, mention.tokenRange.end)
                var last = index
                while last + 1 < tokens.count, tokens[last + 1].range.start < end { last += 1 }
                let coveredEnd = tokens[last].range.end
                var suffix = ""
                if coveredEnd > mention.range.end {
                    suffix = document.slice(TextRange(start: mention.range.end, end: coveredEnd)).lowercased()
                    // "X-Y" where Y is itself a name of the article ("Acme-Brix"): one combined company name.
                    if suffix.count > 2, suffix.hasPrefix("-"), nameForms.contains(String(suffix.dropFirst())) { suffix = "" }
                }
                for position in index...last { tokenToItem[position] = items.count }
                items.append(ClauseItem(tokens: index..<(last + 1), lower: mention.surface.lowercased(), mention: mention, suffix: suffix))
                index = last + 1
                mentionIndex += 1
            } else {
                tokenToItem[index] = items.count
                // One lookup gives the word's classes and whether it is a trigger word.
                let bits = words.classesAndTrigger(token.lower)
                items.append(
                    ClauseItem(
                        tokens: index..<(index + 1), lower: token.lower, mask: bits & ~FactLexicon.Words.triggerBit,
                        isTrigger: bits & FactLexicon.Words.triggerBit != 0))
                index += 1
            }
        }
        tokenToItem[tokens.count] = items.count
        Self.foldTickers(&items, words: words)
        self.items = items
        var possessive: Set<Int> = []
        var ownPossessive: Set<Int> = []
        // Items are read in place (a copied item retains its strings and mention).
        for position in items.indices where items[position].hasMention {
            guard let entity = items[position].mention?.entity, let name = names[entity]?.lowercased() else { continue }
            let lower = items[position].lower
            if lower != name, FactAffix.hasSuffix(lower, "s"), !FactAffix.hasSuffix(name, "s"), FactAffix.hasPrefix(lower, name) {
                possessive.insert(position)
            } else if Self.hasOwnPossessive(name, short: lower) {
                ownPossessive.insert(position)
            }
        }
        possessiveMentions = possessive
        namePossessives = ownPossessive
        let numberReader = NumberReader(lexicon: lexicon, language: document.language)
        quantities = numberReader.quantities(in: tokens).map { (tokenToItem[$0.tokens.lowerBound], $0) }
        dateReader = DateReader(lexicon: lexicon, anchor: document.publicationDate)
        clauses = Self.clauses(items, words: words, language: document.language)
    }

    /// "Acme Corp <ACME.N>": a ticker in angle brackets right after a company's name is that company's
    /// code, not a party of its own; it is read as a plain word.
    static func foldTickers(_ items: inout [ClauseItem], words: FactLexicon.Words) {
        guard items.count >= 4 else { return }
        // The mention test first: it reads a tag, where the bracket tests compare strings.
        for index in 2..<(items.count - 1) where items[index].hasMention && items[index - 1].lower == "<" && items[index + 1].lower == ">" {
            guard items[index - 2].isOrganisation, isTickerCode(items[index].mention?.surface ?? "") else { continue }
            items[index].mention = nil
            items[index].suffix = ""
            items[index].isTrigger = words.triggers.contains(items[index].lower)
        }
    }

    /// Whether a name is written like a ticker code: capitals, digits and dots, no space, at most 12 long.
    static func isTickerCode(_ surface: String) -> Bool {
        guard !surface.isEmpty, surface.unicodeScalars.count <= 12 else { return false }
        return surface.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" }
    }

    /// Splits at ";", ":", dashes, "but"/"aber"/"while"/"während", and at "and"/"und" before a verb.
    private static let germanSubordinators: WordSet = [
        "dass", "weil", "nachdem", "obwohl", "sodass", "damit", "falls", "sofern", "indem", "bevor", "wobei",
    ]

    /// The words `clauses` looks at, by what they do there (one table lookup per item).
    private enum ClauseWord: Sendable { case boundary, comma, stop, conjunction }

    private static let clauseWords: WordTable<ClauseWord> = {
        var entries: [String: ClauseWord] = [",": .comma, ".": .stop, "!": .stop, "?": .stop, "and": .conjunction, "und": .conjunction, "sowie": .conjunction]
        for word in [";", ":", "but", "aber", "while", "während", "whereas", "wohingegen", "--", "–", "—", "before", "because", "although", "when", "unless", "until"] {
            entries[word] = .boundary
        }
        return WordTable(entries)
    }()

    private static func clauses(_ items: [ClauseItem], words: FactLexicon.Words, language: Language) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        // "($2.3bn; £1.8bn)": a semicolon or colon inside brackets splits no clause.
        var bracketDepth = 0
        // Items are read in place (a copied item retains its strings and mention).
        for index in items.indices {
            var split = false
            if items[index].lower == "(" { bracketDepth += 1 } else if items[index].lower == ")" { bracketDepth = max(0, bracketDepth - 1) }
            switch clauseWords[items[index].lower] {
            case .boundary?:
                split = !items[index].hasMention && !(bracketDepth > 0 && (items[index].lower == ";" || items[index].lower == ":"))
            case .comma?:
                if language == .german, !items[index].hasMention, index > 0 {
                    let previous = items[index - 1].lower
                    let next = index + 1 < items.count ? items[index + 1].lower : ""
                    split = isVerb(previous, words) || Self.germanSubordinators.contains(next)
                }
            case .stop?:
                // A full stop the sentence splitter kept inside ("… agreed in 2000. Acme, whose …"): a boundary
                // when a name follows a number or a longer plain word (not "Mr." or "Corp.").
                if !items[index].hasMention, index > 0, index + 1 < items.count, !items[index - 1].hasMention,
                    items[index - 1].lower.count > 3 || items[index - 1].lower.first?.isNumber == true
                {
                    split = items[index + 1].hasMention
                }
            case .conjunction?:
                if !items[index].hasMention, index + 1 < items.count {
                    let next = items[index + 1].lower
                    split = isVerb(next, words) || next == "said" || next == "sagte" || next == "teilte"
                }
            case nil: break
            }
            if split {
                if index > start { result.append(start..<index) }
                start = index + 1
            }
        }
        if start < items.count { result.append(start..<items.count) }
        return result
    }

    static func isVerb(_ word: String, _ words: FactLexicon.Words) -> Bool { words.mask(word) & FactWordClass.verbMask != 0 }

    /// The clause holding an item.
    func clause(of item: Int) -> Range<Int> { clauses.first { $0.contains(item) } ?? 0..<items.count }

    /// The lower-case word at an item index, or "" outside the sentence.
    func word(_ index: Int) -> String { index >= 0 && index < items.count ? items[index].lower : "" }

    /// Whether an item is one of a lexicon category.
    func isA(_ category: FactWordClass, _ index: Int) -> Bool {
        // The mask first: it is 0 for mentions, and reading it copies nothing (the optional mention would).
        index >= 0 && index < items.count && items[index].mask & category.bit != 0 && !items[index].hasMention
    }

    /// The quantity that starts at an item ("15 pct", "120 mln dlrs"), if any.
    func quantity(at item: Int) -> Quantity? {
        quantities.first { $0.item == item }?.quantity
    }

    /// The quantities that start inside a range of items, in order.
    func quantities(in range: Range<Int>) -> [Quantity] {
        quantities.filter { range.contains($0.item) }.map(\.quantity)
    }

    /// Dates inside a range of items.
    func dates(in range: Range<Int>) -> [FoundDate] {
        guard !range.isEmpty, range.lowerBound < items.count else { return [] }
        let first = items[range.lowerBound].tokens.lowerBound
        let last = items[min(range.upperBound, items.count) - 1].tokens.upperBound
        return dateReader.dates(in: Array(tokens[first..<last]))
    }

    /// The preposition that governs an entity item: walks back over articles, adjectives and nouns,
    /// stopping at punctuation, numbers, verbs and other entities.
    func preposition(before index: Int) -> String? {
        var position = index - 1
        var steps = 0
        // Whether the word after the current one is a German article: "an der die Y" has two in a row, the
        // first a relative pronoun that the preposition governs ("X, an der die Y 30 Prozent hält").
        var articleAfter = false
        // Items are read in place (a copied item retains its strings and mention).
        while position >= 0, steps < 6 {
            if items[position].hasMention {
                let suffix = items[position].suffix
                if items[position].mention?.kind == .place, suffix.isEmpty || suffix.hasPrefix("-") {
                    // "by US surfwear firm X", "by New York investor X": a place names where the party is from.
                    position -= 1
                    steps += 1
                    continue
                }
                // "to X's Y unit": the genitive X is part of the phrase before Y.
                if !suffix.isEmpty && (suffix == "'s" || suffix == "’s") || isFollowedByPossessive(position) {
                    position -= 1
                    steps += 1
                    continue
                }
                return nil
            }
            let word = items[position].lower
            if word == "'s" || word == "’s" {
                position -= 1
                continue
            }
            if prepositions.contains(word) { return isGermanConjunctionAls(position) ? nil : word }
            let isArticle = Self.germanArticles.contains(word)
            if isArticle && articleAfter { return nil }
            if isArticle, opensUngovernedGermanPhrase(position, before: index) { return nil }
            articleAfter = isArticle
            if Self.transparent.contains(word) {
                position -= 1
                continue
            }
            if Self.clauseOpeners.contains(word) { return nil }
            let first = items[position].tokens.lowerBound
            if tokens[first].isPunctuation || tokens[first].startsWithDigit { return nil }
            // "of privately held X", "of wholly owned X": a participle used as an adjective.
            if word == "held" || word == "owned", Self.participleAdverbs.contains(self.word(position - 1)) {
                position -= 2
                steps += 2
                continue
            }
            if Self.isVerb(word, words) || words.triggers.contains(word) && !words.has(.unitnoun, word) { return nil }
            position -= 1
            steps += 1
        }
        return nil
    }

    /// German definite articles, which are also relative pronouns ("an der die Y …").
    private static let germanArticles: WordSet = ["der", "die", "das", "den", "dem", "des", "denen"]

    /// Words before "held" or "owned" that make it an adjective ("privately held", "wholly owned").
    private static let participleAdverbs: WordSet = ["privately", "publicly", "closely", "wholly", "family", "family-", "state", "majority"]

    /// Whether an item is a bracket or quote mark around a name.
    func transparent(_ index: Int) -> Bool { index >= 0 && index < items.count && Self.transparent.contains(items[index].lower) }

    /// Closing brackets and quote marks between a name and its "'s".
    static let closingMarks: WordSet = [">", ")", "\""]

    /// Whether "'s" follows an item, perhaps after closing brackets ("<X>'s").
    func isFollowedByPossessive(_ index: Int) -> Bool {
        var position = index + 1
        while position < items.count, Self.closingMarks.contains(items[position].lower) { position += 1 }
        guard position < items.count else { return false }
        let word = items[position].lower
        // Every answer below starts with "'" or "’" (byte 0x27 or 0xE2): other words are ruled out on one byte.
        guard let first = word.utf8.first, first == 0x27 || first == 0xE2 else { return false }
        if word == "'s" || word == "’s" { return true }
        return (word == "'" || word == "’") && position + 1 < items.count && items[position + 1].lower == "s"
    }

    private var prepositions: WordSet { language == .german ? Self.germanPrepositions : Self.englishPrepositions }

    /// Brackets and quote marks that Reuters and others put around names.
    static let transparent: WordSet = ["<", ">", "(", ")", "\"", "„", "“", "”", "»", "«", "'"]

    /// Words that open a relative clause: a preposition before them governs the antecedent, not what follows.
    static let clauseOpeners: WordSet = [
        "which", "who", "whom", "whose", "that", "welche", "welcher", "welches", "dessen", "deren",
        // Conjunctions: "…ahead of a bonus issue when X sold …" does not govern X by "of".
        "when", "while", "whereas", "because", "although", "unless", "dass", "weil", "nachdem", "obwohl", "wenn", "sodass",
    ]

    static let englishPrepositions: WordSet = [
        "in", "of", "from", "to", "by", "for", "with", "at", "on", "into", "about", "against", "between", "among",
        "than", "including", "like", "as", "through", "via", "under", "over",
    ]
    static let germanPrepositions: WordSet = [
        "an", "am", "von", "vom", "bei", "beim", "mit", "für", "durch", "in", "im", "auf", "über", "aus", "zu", "zum",
        "zur", "nach", "gegen", "um", "unter", "als", "wie", "vor", "hinter", "neben", "zwischen", "ans", "ins",
    ]
}
