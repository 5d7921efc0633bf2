/// A title for an article that came without one (10kGNAD, some exports): its first sentence,
/// shortened at a word boundary.
enum HeadlineGuess {
    /// The longest title made: longer first sentences are cut at a space and end in "…".
    static let maximumLength = 100

    /// The first sentence of the first paragraph (up to ". ", "! " or "? "), at most
    /// ``maximumLength`` characters; nil when there is no text.
    static func from(_ paragraphs: [String]) -> String? {
        guard let first = paragraphs.first(where: { !$0.isEmpty }) else { return nil }
        var sentence = ""
        var previous: Character = " "
        for character in first {
            if character == " ", ".!?".contains(previous), sentence.count > 15 { break }
            sentence.append(character)
            previous = character
        }
        guard sentence.count > maximumLength else { return sentence }
        let cut = sentence.prefix(maximumLength - 1)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(words) + "…"
    }
}
