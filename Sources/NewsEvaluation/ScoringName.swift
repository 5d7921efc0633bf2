import Foundation
import NewsModel

/// Name normalisation for scoring, exactly as `docs/annotation-guide.md` ("How predictions are
/// matched") states it: case, diacritics, punctuation, spaces, a trailing possessive "'s" and
/// trailing legal forms are ignored.
///
/// Kept separate from ``NewsModel/EntityKey`` on purpose: the extractor's matching key may be more
/// lenient (it also drops "International", "Konzern", …), and a scorer must not move when the
/// extractor does. Dotted legal forms ("N.V.", "S.A.") are recognised as well.
///
/// ```swift
/// ScoringName.key("Conseco, Inc.") == ScoringName.key("conseco")   // true
/// ScoringName.key("Alibaba's") == "alibaba"                        // true
/// ```
public enum ScoringName {
    /// The legal forms the guide names, plus their spelled-out forms.
    public static let legalForms: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "ag", "gmbh", "se", "sa",
        "nv", "llc", "group", "holding", "holdings",
    ]

    /// The comparison key of a name; empty only when the name has no letters or digits.
    public static func key(_ name: String) -> String {
        var folded = EntityKey.fold(name).trimmingCharacters(in: .whitespacesAndNewlines)
        folded = strippingPossessive(folded)
        var tokens = folded.split { $0.isWhitespace || $0 == "-" || $0 == "/" || $0 == "," }
            .map { token in String(token.filter { $0.isLetter || $0.isNumber }) }
            .filter { !$0.isEmpty }
        while tokens.count > 1, let last = tokens.last, legalForms.contains(last) {
            tokens.removeLast()
        }
        return tokens.joined()
    }

    /// The keys of several names, without empty keys.
    public static func keys<S: Sequence>(_ names: S) -> Set<String> where S.Element == String {
        Set(names.map(key).filter { !$0.isEmpty })
    }

    /// Drops a trailing "'s" (straight or typographic apostrophe) and any trailing punctuation.
    static func strippingPossessive(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, !last.isLetter, !last.isNumber { result.removeLast() }
        for suffix in ["'s", "’s", "`s", "´s"] where result.hasSuffix(suffix) {
            result.removeLast(suffix.count)
        }
        return String(result)
    }
}
