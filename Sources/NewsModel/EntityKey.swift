import Foundation

/// The matching key of a name: what must be equal for two spellings to name the same entity.
///
/// Case, diacritics, punctuation and spaces are ignored, "ß" counts as "ss", a trailing
/// possessive ("'s") and trailing legal forms (Inc, Corp, AG, GmbH, Group, Holding, …) are dropped:
/// `EntityKey.of("Alibaba Group Holding Ltd") == EntityKey.of("alibaba")`.
public enum EntityKey {
    /// Legal-form and group words dropped from the end of a name before matching.
    public static let legalForms: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "ltd", "limited", "plc",
        "ag", "gmbh", "se", "sa", "nv", "llc", "lp", "group", "holding", "holdings", "kgaa", "kg",
        "bv", "spa", "ab", "asa", "oyj", "srl", "sarl", "pty", "gruppe", "konzern",
    ]

    /// Dropped from the end like a legal form, but only after two or more name words.
    public static let international = "international"

    /// The key of `name`; empty when the name holds nothing but legal forms and punctuation.
    public static func of(_ name: String) -> String {
        var words = words(of: name)
        if let last = words.last, last == "s", words.count > 1 { words.removeLast() }
        while words.count > 1, let last = words.last, legalForms.contains(last) { words.removeLast() }
        // "Raiffeisen Bank International" is "Raiffeisen Bank"; after a single word ("Zentor
        // International", often a unit of "Zentor Corp") the word stays part of the name.
        if words.count > 2, words.last == international {
            words.removeLast()
            while words.count > 1, let last = words.last, legalForms.contains(last) { words.removeLast() }
        }
        return words.joined()
    }

    /// The folded words of a name: lower case, no diacritics, "ß" as "ss", split at anything that
    /// is not a letter or digit ("'s" becomes a word "s").
    public static func words(of name: String) -> [String] {
        let folded = fold(name)
        return folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Lower case, diacritics removed, "ß" as "ss". Used for search as well.
    public static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ẞ", with: "SS")
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }
}
