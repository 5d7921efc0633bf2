import NewsModel

/// German quotes whose speaker is only a description: the description must name someone who can
/// speak, a person or a body ("die Polizei", "der Experte"), or be a source phrase ("nach
/// eigenen Angaben", "Medienberichten zufolge"), not a stray noun phrase the fallback took for a
/// subject ("der Natur Wert", "den Anschuldigungen", "das Mittel").
extension QuoteContext {
    /// Whether a speaker guess may speak: always for a named entity, a role, an organisation, a
    /// pronoun, an unnamed source word or English; for a German description, when its head noun
    /// ends like a noun for people or bodies.
    func isPlausibleGermanSpeaker(_ guess: SpeakerGuess) -> Bool {
        guard language == .german, guess.entity == nil, guess.organization == nil, guess.role == nil,
            let description = guess.description
        else { return true }
        let words = description.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map { String($0) }
        let lowered = words.map { $0.lowercased() }
        if lowered.count == 1, Self.speakingPronounsDE.contains(lowered[0]) { return true }
        if lowered.contains(where: { lexicon.unnamedSources.contains($0) || lexicon.roleWord(in: $0) != nil }) {
            return true
        }
        // A word of the phrase ends like a noun for people or bodies: a speaker.
        var hasSourceNoun = false
        for (word, lower) in zip(words, lowered) {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            if Self.speakerNounEndings.contains(where: { lower.hasSuffix($0) }) { return true }
            // "die FAS", "die USA": an acronym is a name.
            if word.count >= 2, word.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) { return true }
            if Self.sourceNounHeads.contains(lower) || Self.nonSpeakerEndings.contains(where: { lower.hasSuffix($0) }) {
                hasSourceNoun = true
            }
        }
        // "nach eigenen Angaben", "Medienberichten zufolge": a source phrase stands for its source.
        if hasSourceNoun { return true }
        // "der Natur Wert", "den Anschuldigungen", "diesem Entwurf": a common noun after an article
        // or an adjective, with no speaker noun, speaks for nobody. A bare capitalised word may be
        // a name the entity stage missed ("sagte Quirlbauer") and is kept.
        guard let firstScalar = words.first?.unicodeScalars.first, let first = lowered.first else { return false }
        return firstScalar.properties.isUppercase && !Self.determiners.contains(first)
            && !Self.possessivesAndDemonstratives.contains(first)
    }

    /// "laut dem Generaldirektor", "dem Minister zufolge": a dative article before the role noun at
    /// `index` in a source phrase, which refers back like "der Generaldirektor".
    func isDativeSource(role index: Int) -> Bool {
        guard language == .german, index >= 2, tokens[index - 1].lower == "dem" else { return false }
        return tokens[index - 2].lower == "laut" || tokens[index - 2].lower == "nach"
            || (index + 1 < tokens.count && tokens[index + 1].lower == "zufolge")
    }

    /// Words that stand before a noun like an article ("diesem Entwurf", "ihren Berechnungen").
    static let possessivesAndDemonstratives: Set<String> = [
        "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenem", "jenen", "sein", "seine", "seinem",
        "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "unser", "unsere", "unserem", "unseren",
        "kein", "keine", "keinem", "keinen", "keiner",
    ]

    /// Pronouns that stand for a speaker ("erklärten sie", "heißt es").
    static let speakingPronounsDE: Set<String> = ["er", "sie", "es", "wir", "ich", "man", "ihr"]

    /// Nouns of a source that are not themselves the speaker: the speaker follows them.
    static let sourceNounHeads: Set<String> = [
        "angaben", "informationen", "einschätzung", "meinung", "ansicht", "aussagen", "aussage", "worten",
        "darstellung", "auskunft", "auffassung", "sicht",
    ]

    /// Endings of German nouns for sources that are documents or reports ("Polizeiangaben",
    /// "Medienberichten", "Statistik", "Pressemitteilung"): a source phrase, not a stray noun.
    static let nonSpeakerEndings = [
        "angaben", "berichten", "bericht", "berichte", "informationen", "meldungen", "meldung", "aussagen",
        "schätzungen", "schätzung", "mitteilung", "erklärung", "stellungnahme", "statistik", "studie", "umfrage",
        "daten", "zahlen", "prognose", "prognosen", "einschätzung",
    ]

    /// Endings of German nouns for people and for bodies that speak.
    static let speakerNounEndings = [
        // People: "Sprecher", "Händlern", "Chefin", "Direktor", "Präsident", "Jurist", "Beamte".
        "er", "ern", "ers", "in", "innen", "or", "oren", "ors", "ent", "enten", "ant", "anten", "ist", "isten", "eur",
        "eure", "euren", "oge", "ogen", "beamte", "beamten", "befragte", "befragten", "angestellte", "angestellten",
        "abgeordnete", "abgeordneten", "angehörige", "angehörigen", "experte", "experten", "kollege", "kollegen",
        "zeuge", "zeugen", "mitglied", "mitglieder", "kräfte", "leute", "chef", "chefs",
        // Bodies: "Polizei", "Ministerium", "Gericht", "Staatsanwaltschaft", "Zeitung", "Komitee".
        "amt", "amts", "ämter", "behörde", "behörden", "polizei", "gericht", "gerichts", "ministerium", "ministeriums",
        "kommission", "verband", "verbands", "verbandes", "partei", "regierung", "zeitung", "agentur", "rat", "rats",
        "rates", "ausschuss", "institut", "instituts", "stiftung", "schaft", "bank", "konzern", "konzerns",
        "unternehmen", "unternehmens", "firma", "gruppe", "fraktion", "koalition", "opposition", "verwaltung",
        "direktion", "leitung", "kammer", "union", "bund", "bundes", "büro", "sender", "senders", "blatt", "magazin",
        "portal", "dienst", "dienstes", "team", "komitee", "hof", "hofs", "stelle", "armee", "militär", "gremium",
        "senat", "parlament", "vorstand", "vorstands", "botschaft", "organisation", "vereinigung", "verein",
        "netzwerk", "bündnis", "allianz", "zentrale", "kanzlei", "kirche", "liga", "klub", "club", "medien",
        "presse", "institution", "rathaus", "heer", "truppen", "gewerkschaft", "sekretariat", "präsidium",
        "stadt", "gemeinde", "führung", "universität", "papst", "arzt", "ärzte", "ressort", "botschaft",
        // Found among the phrases an earlier list dropped ("die Küstenwache", "der Staatsanwalt").
        "mann", "männer", "frau", "frauen", "walt", "wälte", "coach", "kandidat", "ose", "osen", "äne", "änen", "yst",
        "ysten", "är", "ären", "ar", "haupt", "wache", "wehr", "fernsehen", "rundfunk", "radio", "zeitschrift",
        "haus", "zentrum", "kasse", "parteien", "organisationen", "plattform", "familie", "familien", "mönche",
        "passagiere", "gast", "gäste", "bub", "kind", "kinder", "verteidigung", "anklage", "justiz", "exekutive",
        "bahn", "taliban", "duo", "vatikan", "palast", "kurie", "branche", "industrie", "holding", "medium",
        "spitze", "streife", "verordnete", "verordneten", "sachverständige", "sachverständigen", "angeklagte",
        "angeklagten", "geretteten", "opfer", "delegation", "vertretung", "mission", "kommando", "seite", "seiten",
    ]
}
