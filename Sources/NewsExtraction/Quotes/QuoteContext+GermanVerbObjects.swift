import NewsModel

/// German words after a verb of saying that are not its speaker or content: the person spoken
/// to ("bestätigte dem Abgeordneten X"), a comparison ("vertritt wie Y die Ansicht") and the
/// verb's object ("kündigte einen Vorschlag an, der …").
extension QuoteContext {
    /// Whether the words at `index` (right after the verb) open an addressee in the dative or a
    /// comparison: "dem Abgeordneten X", "ihm", "gegenüber Y", "wie Y", "ebenso wie Y".
    func isGermanAddresseeOrComparison(at index: Int, before end: Int) -> Bool {
        guard language == .german, index < end, tokens[index].kind == .word else { return false }
        return Self.germanAddresseeOpeners.contains(tokens[index].lower)
    }

    /// Words that open a dative addressee or a comparison right after a verb.
    static let germanAddresseeOpeners: Set<String> = [
        "dem", "einem", "ihm", "ihnen", "gegenüber", "wie", "ebenso", "genauso",
    ]

    /// Whether the words between a verb and its content's comma hold an object: an indefinite
    /// or dative article followed by a capitalised noun within three words ("einen alternativen
    /// Vorschlag", "den Reportern").
    func hasGermanObjectPhrase(in range: Range<Int>, verb: Int) -> Bool {
        guard language == .german, !range.isEmpty else { return false }
        for index in range where tokens[index].kind == .word && Self.germanObjectArticles.contains(tokens[index].lower) {
            var probe = index + 1
            while probe < range.upperBound && probe - index <= 3 {
                if tokens[probe].kind == .word && tokens[probe].isCapitalized && mention(at: probe)?.kind != .person {
                    return true
                }
                probe += 1
            }
        }
        return false
    }

    /// Articles of an accusative or dative object ("einen", "eine", "den", "dem").
    static let germanObjectArticles: Set<String> = ["einen", "eine", "ein", "einem", "einer", "den", "dem"]
}
