import NewsModel

/// One token of a ``Document``: a word (letters and digits, hyphen compounds such as
/// "Alibaba-Gründer" kept whole), a number ("37,6", "3.000", "1.5", "11-5/8"), a possessive "'s",
/// or a single punctuation scalar.
public struct Token: Sendable, Hashable {
    /// Where the token stands (normalised offsets of the ``Document``).
    public let range: TextRange
    /// The token as written (normalised text).
    public let text: String
    /// The token in lower case: what lexicon lookups use.
    public let lower: String
    /// The sentence it belongs to (index into ``Document/sentences``).
    public let sentence: Int
    /// What the token is made of.
    public let flags: Flags

    /// Creates a token.
    public init(range: TextRange, text: String, lower: String, sentence: Int, flags: Flags) {
        self.range = range
        self.text = text
        self.lower = lower
        self.sentence = sentence
        self.flags = flags
    }

    /// Properties of a token's characters.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        /// Creates flags from raw bits.
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Starts with a letter or digit.
        public static let word = Flags(rawValue: 1 << 0)
        /// Starts with an upper-case letter.
        public static let capitalized = Flags(rawValue: 1 << 1)
        /// Has letters, all of them upper case ("USA", "AG", "U.S.").
        public static let allCaps = Flags(rawValue: 1 << 2)
        /// Digits with separators only ("37,6", "3.000", "11-5/8").
        public static let number = Flags(rawValue: 1 << 3)
        /// Contains at least one digit ("7Eleven", "3M", "1987").
        public static let hasDigit = Flags(rawValue: 1 << 4)
        /// A single punctuation or symbol scalar (".", ",", "„", "%", "$").
        public static let punctuation = Flags(rawValue: 1 << 5)
        /// A hyphen compound ("Alibaba-Gründer", "US-Marktplatz").
        public static let hyphenated = Flags(rawValue: 1 << 6)
        /// Upper case after lower case inside the word ("YouTube", "eBay", "PayPal").
        public static let innerCapital = Flags(rawValue: 1 << 7)
        /// The English possessive "'s" (or "’s") split off a word.
        public static let possessive = Flags(rawValue: 1 << 8)
        /// A quotation mark: „ “ ” " » « ‚ ‘ ’ '.
        public static let quote = Flags(rawValue: 1 << 9)
        /// Directly attached to the previous token (no space between).
        public static let attached = Flags(rawValue: 1 << 10)
        /// A line break stands between the previous token and this one.
        public static let afterNewline = Flags(rawValue: 1 << 11)
    }

    /// Starts with a letter or digit.
    public var isWord: Bool { flags.contains(.word) }
    /// Starts with an upper-case letter.
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    /// Has letters, all upper case.
    public var isAllCaps: Bool { flags.contains(.allCaps) }
    /// Digits with separators only.
    public var isNumber: Bool { flags.contains(.number) }
    /// A single punctuation or symbol scalar.
    public var isPunctuation: Bool { flags.contains(.punctuation) }
    /// A quotation mark.
    public var isQuote: Bool { flags.contains(.quote) }
    /// Contains a digit.
    public var hasDigit: Bool { flags.contains(.hasDigit) }
}

extension Token {
    /// Makes a token from a raw span of the scalars.
    init(raw: RawToken, scalars: [Unicode.Scalar], sentence: Int) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[raw.start..<raw.end])
        let text = String(view)
        var isASCIILower = true
        for scalar in scalars[raw.start..<raw.end] where scalar.value >= 0x80 || (scalar.value >= 0x41 && scalar.value <= 0x5A) {
            isASCIILower = false
            break
        }
        self.init(
            range: TextRange(start: raw.start, end: raw.end), text: text, lower: isASCIILower ? text : text.lowercased(),
            sentence: sentence, flags: raw.flags)
    }
}
