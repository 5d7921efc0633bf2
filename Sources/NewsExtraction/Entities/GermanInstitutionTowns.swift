import NewsModel
import NewsResources

extension EntityScanner {
    /// Towns of German-speaking countries that name an institution after its word ("Landgericht
    /// Bamberg", "Sparkasse Bayreuth"). The German word list holds most of them as ordinary
    /// capitalised words, so without this list the institution rules take them for nouns.
    static let institutionTowns = WordSet(NewsResources.lexicon("entities-towns-de.txt"))

    /// Whether token `i` is a known German, Austrian or Swiss town standing alone (capitalised,
    /// not glued to the word before it, not part of a hyphen compound): read only right after an
    /// institution word that is named with its town.
    func isInstitutionTown(_ i: Int) -> Bool {
        let token = tokens[i]
        guard german, token.isCapitalized, token.isWord, !token.isAllCaps, !token.flags.contains(.hyphenated),
            !token.flags.contains(.attached)
        else { return false }
        return Self.institutionTowns.contains(token.text)
    }
}
