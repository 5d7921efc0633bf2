import Foundation
import NewsModel

/// Guesses whether a text is German or English by counting common function words.
///
/// Quick and good enough for news: `LanguageGuesser.guess("Der Konzern übernimmt die Firma")`
/// is `.german`. Looks at the first 400 words; a tie goes to English unless the text has
/// German letters (ä, ö, ü, ß).
public enum LanguageGuesser {
    /// The more likely language of `text`.
    public static func guess(_ text: String) -> Language {
        var german = 0
        var english = 0
        var words = 0
        var umlauts = false
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            words += 1
            if words > 400 { break }
            let lower = word.lowercased()
            if germanWords.contains(lower) { german += 1 }
            if englishWords.contains(lower) { english += 1 }
            if !umlauts, lower.contains(where: { "äöüß".contains($0) }) { umlauts = true }
        }
        if german != english { return german > english ? .german : .english }
        return umlauts ? .german : .english
    }

    /// Maps a language field ("de", "de-DE", "German", "en-us") to a language; nil for others.
    public static func language(named field: String) -> Language? {
        let lower = field.lowercased().trimmingCharacters(in: .whitespaces)
        if lower == "german" || lower == "deutsch" || lower.hasPrefix("de-") || lower.hasPrefix("de_") || lower == "de" {
            return .german
        }
        if lower == "english" || lower.hasPrefix("en-") || lower.hasPrefix("en_") || lower == "en" { return .english }
        return nil
    }

    private static let germanWords: Set<String> = [
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "mit", "von", "zu", "den",
        "dem", "des", "für", "auf", "sich", "im", "auch", "es", "wird", "werden", "hat", "nach", "bei", "aus",
        "wie", "noch", "sie", "über", "dass", "sind", "wurde", "oder", "aber", "vor", "zum", "zur", "um", "sagte",
    ]
    private static let englishWords: Set<String> = [
        "the", "and", "of", "to", "is", "that", "for", "it", "with", "as", "on", "by", "at", "from", "be",
        "are", "has", "have", "said", "this", "which", "not", "or", "its", "would", "were", "been", "he",
        "she", "they", "but", "after", "about", "their", "than", "company", "shares",
    ]
}
