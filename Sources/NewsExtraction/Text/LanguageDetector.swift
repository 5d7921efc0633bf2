import NewsModel

/// Tells German from English by counting function words that exist in only one of the two.
public enum LanguageDetector {
    /// The detected language of some lower-case words, or nil when the evidence is too thin
    /// (fewer than three function words, or no clear majority).
    public static func detect<S: Sequence>(lowercaseWords words: S) -> Language? where S.Element == String {
        let votes = TextLexicons.stopwordVotes
        return decide(votes: words.lazy.map { word -> Int8? in word.utf8.count > 10 ? nil : votes[word] })
    }

    /// The decision of ``detect(lowercaseWords:)`` from each word's vote (+1 German, -1 English,
    /// 0 both, nil for no function word), in text order.
    static func decide<S: Sequence>(votes: S) -> Language? where S.Element == Int8? {
        var german = 0
        var english = 0
        var seen = 0
        for vote in votes {
            seen += 1
            if seen > 400 { break }
            guard let vote else { continue }
            if vote > 0 { german += 1 } else if vote < 0 { english += 1 }
            if german + english >= 12 && (german >= 3 * english || english >= 3 * german) { break }
        }
        guard german + english >= 3 else { return nil }
        if german >= 2 * english { return .german }
        if english >= 2 * german { return .english }
        return nil
    }

    /// The detected language of a text, or nil when unclear.
    public static func detect(_ text: String) -> Language? {
        let words = text.split { !$0.isLetter && $0 != "'" }.lazy.map { $0.lowercased() }
        return detect(lowercaseWords: words)
    }
}
