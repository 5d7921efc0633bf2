import NewsResources

/// The lexicons of the text-preparation stage, loaded once.
enum TextLexicons {
    /// Abbreviations after which a sentence never ends ("Dr", "Prof", "Mr", "St", "Nr"), lower case,
    /// without the dot.
    static let titleAbbreviations = WordSet(lowerSet("text-abbreviations-title.txt"))
    /// Abbreviations after which a sentence ends only before a sentence-starting function word
    /// ("Inc", "Mio", "z.B", "Jan"), lower case, without the final dot.
    static let abbreviations = WordSet(lowerSet("text-abbreviations.txt"))
    /// German stopwords (lower case), for language detection and sentence starts.
    static let germanStopwords: Set<String> = lowerSet("text-stopwords-de.txt")
    /// English stopwords (lower case), for language detection and sentence starts.
    static let englishStopwords: Set<String> = lowerSet("text-stopwords-en.txt")
    /// Month names and their abbreviations (lower case), German and English.
    static let months = WordSet(lowerSet("text-months.txt"))

    /// +1 for a German-only function word, -1 for an English-only one, 0 for both.
    static let stopwordVotes: WordTable<Int8> = {
        var votes: [String: Int8] = [:]
        for word in germanStopwords { votes[word] = 1 }
        for word in englishStopwords { votes[word] = votes[word] == nil ? -1 : 0 }
        return WordTable(votes)
    }()

    static func lowerSet(_ file: String) -> Set<String> {
        Set(NewsResources.lexicon(file, lowercased: true))
    }
}
