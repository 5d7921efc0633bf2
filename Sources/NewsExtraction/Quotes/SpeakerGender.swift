import NewsResources

/// The gender a text shows for a person, used only to keep a personal pronoun ("er", "she") from
/// standing for a person of the other one.
enum SpeakerGender: Sendable {
    case female, male

    /// Given names that tell a gender, loaded once from `Resources/Lexicons/quotes-names-*.txt`.
    struct Names: Sendable {
        let female: Set<String>
        let male: Set<String>

        static let shared = Names(
            female: Set(NewsResources.lexicon("quotes-names-female.txt")),
            male: Set(NewsResources.lexicon("quotes-names-male.txt")))
    }

    /// The gender a personal pronoun asks for ("er", "he": male; "sie", "she": female).
    static func of(pronoun: String) -> SpeakerGender? {
        switch pronoun {
        case "er", "he": .male
        case "sie", "she": .female
        default: nil
        }
    }

    /// The gender a role shows: "Sprecherin", "spokeswoman" (female), "spokesman" (male).
    static func of(role: String, german: Bool) -> SpeakerGender? {
        let lower = role.lowercased()
        if lower.hasSuffix("woman") || lower.hasSuffix("women") { return .female }
        if lower.hasSuffix("man") || lower.hasSuffix("men") { return .male }
        if german && lower.count > 4 && (lower.hasSuffix("in") || lower.hasSuffix("innen")) { return .female }
        return nil
    }

    /// The gender a written name shows by one of its first two words ("Anna Berg", "Dr. Paul Kern").
    static func of(name: String, names: Names = .shared) -> SpeakerGender? {
        var looked = 0
        for word in NameWords.spaceOrHyphenParts(name) where !word.hasSuffix(".") {
            let lower = word.lowercased()
            if names.female.contains(lower) { return .female }
            if names.male.contains(lower) { return .male }
            looked += 1
            if looked == 2 { break }
        }
        return nil
    }
}
