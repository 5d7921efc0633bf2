import NewsModel

/// How ingest reads files: which language to assume, which date to give undated articles, and
/// how large one text may be.
public struct ImportOptions: Sendable, Hashable {
    /// Which language articles get.
    public enum LanguageChoice: Sendable, Hashable {
        /// The language the source states, else the one ``LanguageGuesser`` finds.
        case auto
        /// This language for every article, whatever the source says.
        case fixed(Language)
    }

    /// 50 MB: the default limit for one text file, feed, JSON file or JSON Lines record.
    public static let defaultMaximumBytes = 50 * 1024 * 1024

    public var language: LanguageChoice
    /// The date ("YYYY-MM-DD") given to articles whose source has none, e.g. plain-text files.
    public var defaultDate: String?
    /// The largest file (for JSON Lines: the largest single line) that is read, in bytes.
    public var maximumBytes: Int

    /// Creates options; by default the language is detected, no date is added and the limit is 50 MB.
    public init(language: LanguageChoice = .auto, defaultDate: String? = nil, maximumBytes: Int = defaultMaximumBytes) {
        self.language = language
        self.defaultDate = defaultDate
        self.maximumBytes = maximumBytes
    }
}
