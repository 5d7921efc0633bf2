import NewsModel
import NewsResources

/// The lexicons and gazetteers of the entity stage, loaded once on first use.
enum EntityLexicons {
    /// Well-known companies, organisations, places and people.
    static let gazetteer = Gazetteer(files: [
        ("entities-companies.txt", .company), ("entities-organizations.txt", .organization),
        ("entities-places.txt", .place), ("entities-people.txt", .person),
    ])
    /// Legal forms ("gmbh", "inc", "nv"), lower case without dots.
    static let legalForms = lowerSet("entities-legal-forms.txt")
    /// Words before a company name ("Konzern", "Marktplatz", "carmaker", "shares of").
    static let companyCues = WordList(lines: NewsResources.lexicon("entities-company-cues.txt"))
    /// Words before an organisation name ("Zeitung", "agency").
    static let organizationCues = WordList(lines: NewsResources.lexicon("entities-organization-cues.txt"))

    /// The kind of name a cue word introduces ("Konzern" a company, "Zeitung" an organisation), or
    /// nil when the word is no cue; a word on both lists counts as a company cue.
    static func kind(ofCue lower: String) -> EntityKind? {
        if companyCues.matches(lower) { return .company }
        if organizationCues.matches(lower) { return .organization }
        return nil
    }
    /// German words that name an organisation on their own ("Finanzministerium").
    static let organizationWords = WordList(lines: NewsResources.lexicon("entities-organization-words.txt"))
    /// Last parts of German institution names that need a qualifier ("-agentur", "-verband").
    static let institutionWords = WordList(lines: NewsResources.lexicon("entities-institution-words.txt"))
    /// Words that start an organisation name before a complement ("Bundesagentur für Arbeit").
    static let organizationHeads = WordList(lines: NewsResources.lexicon("entities-organization-heads.txt"))
    /// Words after a company name ("said it", "shares", "'s unit").
    static let companyAfterCues = WordList(lines: NewsResources.lexicon("entities-company-after-cues.txt"))
    /// Roles of people ("Gründer", "Sprecherin", "chief executive", "-chef").
    static let roles = WordList(lines: NewsResources.lexicon("entities-roles.txt"))
    /// Nouns for laws and rules ("Gesetz", "-verordnung"): a compound of a name with one is no alias.
    static let lawNouns = WordList(lines: NewsResources.lexicon("entities-law-nouns.txt"))
    /// Last parts of compounds whose first part is a company ("Tochter", "Ableger").
    static let companyCompounds = lowerSet("entities-company-compounds.txt")
    /// Given names, as written.
    static let firstNames = WordSet(NewsResources.lexicon("entities-first-names.txt"))
    /// Capitalised ordinary German words, as written.
    static let commonGerman = ByteHashSet(NewsResources.lexicon("entities-common-de.txt"))
    /// Capitalised words frequent in German news but missing from the dictionary ("Gläubiger").
    static let frequentGerman = ByteHashSet(NewsResources.lexicon("entities-frequent-de.txt"))
    /// Both German lists in lower case: what the ends of compounds are checked against.
    static let germanNounsLower = ByteHashSet(
        NewsResources.lexicon("entities-common-de.txt", lowercased: true)
            + NewsResources.lexicon("entities-frequent-de.txt", lowercased: true))
    /// Determiners: a capitalised word right after one is a noun phrase, not a bare name.
    static let determiners: WordSet = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
        "keinen", "keinem", "keiner", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jeden",
        "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere",
        "im", "am", "zum", "zur", "vom", "beim", "ins",
    ]
    /// Ordinary English words, lower case.
    static let commonEnglish = WordSet(NewsResources.lexicon("entities-common-en.txt"))
    /// Words that end company names ("Industries", "Bank", "Werke"), lower case.
    static let companyWords = lowerSet("entities-company-words.txt")
    /// Words that end names of things other than people ("Cup", "Hills", "Foundation"), lower case.
    static let nonPersonHeads = lowerSet("entities-non-person-heads.txt")
    /// Nationality adjectives ("Swedish", "American"), as written.
    static let demonyms = WordSet(NewsResources.lexicon("entities-demonyms.txt"))
    /// Endings of German common nouns ("-ung", "-heit", plural "-en"): an unknown word ending so is
    /// not taken for a company by the weakest rule.
    static let germanNounEndings: [String] = [
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "tät", "ismus", "nis",
        "nisse", "en", "e", "ern", "chen", "lein", "enz", "anz", "ik", "ie", "ur", "ät", "ei", "um", "weg",
    ]

    /// Whether a word ends like a German common noun.
    static func hasGermanNounEnding(_ lower: String) -> Bool {
        germanNounEndings.contains { lower.utf8.count > $0.utf8.count + 2 && lower.hasSuffix($0) }
    }

    /// The endings of ``germanNounEndings`` of three letters or more, without the plural "-ern":
    /// derivational endings that mark a common noun more surely than "-e" or "-en" ("Buche" may be a
    /// surname, "Gründung" is none).
    static let longGermanNounEndings: [String] = germanNounEndings.filter { $0.count >= 3 && $0 != "ern" }

    /// Whether a word ends like a German common noun by one of ``longGermanNounEndings``.
    static func hasLongGermanNounEnding(_ lower: String) -> Bool {
        longGermanNounEndings.contains { lower.utf8.count > $0.utf8.count + 2 && lower.hasSuffix($0) }
    }

    /// Articles that open an apposition ("X, einem …", "X, a …").
    static let appositionArticles: WordSet = [
        "ein", "eine", "einem", "einer", "eines", "der", "die", "das", "dem", "des", "a", "an", "the",
    ]

    /// Words that join coordinated names ("und", "or", ",").
    static let connectors: WordSet = ["und", "oder", "and", "or", ",", "sowie"]
    /// Name particles inside people's names ("von", "van", "de").
    static let nameParticles: WordSet = [
        "von", "van", "de", "der", "den", "du", "da", "di", "del", "la", "le", "zu", "ter", "bin", "al", "el", "dos", "das", "il",
    ]

    static func lowerSet(_ file: String) -> WordSet { WordSet(NewsResources.lexicon(file, lowercased: true)) }

    /// Whether a lower-case word is a function word of either language.
    static func isStopword(_ lower: String) -> Bool { TextLexicons.stopwordVotes[lower] != nil }
}
