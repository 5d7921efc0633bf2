import NewsModel

/// "Der Generalanwalt kritisierte das Quellwerk-Gesetz": an organisation's name inside a compound
/// for a thing names no body the role belongs to.
extension QuoteContext {
    /// Whether the German word at `index` is a hyphen compound of the organisation `mention` and a
    /// thing ("das Quellwerk-Gesetz", "die Quellwerk-Aktie"), not a body or a person ("der
    /// Quellwerk-Konzern", "die Quellwerk-Tochter", "der Quellwerk-Sprecher"), nor a source
    /// ("nach Quellwerk-Angaben": the organisation speaks), nor a name with a hyphen of its own.
    func isThingCompound(_ index: Int, mention: EntityMention) -> Bool {
        guard language == .german, mention.range.end < tokens[index].range.end else { return false }
        let lower = tokens[index].lower
        guard QuoteLexicon.hasHyphen(lower), let dash = lower.lastIndex(of: "-") else { return false }
        let tail = String(lower[lower.index(after: dash)...])
        guard tail.count >= 3, lexicon.roleWord(in: lower) == nil, !EntityLexicons.companyWords.contains(tail),
            !EntityLexicons.companyCues.matches(tail), !EntityLexicons.organizationCues.matches(tail)
        else { return false }
        guard !Self.speakerNounEndings.contains(where: { tail.hasSuffix($0) }),
            !Self.nonSpeakerEndings.contains(where: { tail.hasSuffix($0) }),
            !Self.bodyCompoundTails.contains(where: { tail.hasPrefix($0) }),
            !Self.sourceCompoundTails.contains(where: { tail.hasSuffix($0) })
        else { return false }
        // "Quellwerk-Music", "Quellwerk-Deutschland": a tail that is no ordinary German word, or a
        // place, is part of a name.
        let written = document.slice(tokens[index].range)
        guard let writtenDash = written.lastIndex(of: "-") else { return false }
        let writtenTail = String(written[written.index(after: writtenDash)...])
        return EntityLexicons.commonGerman.contains(writtenTail)
            && !EntityLexicons.gazetteer.singleTokenPlaces.contains(writtenTail)
    }

    /// Compound tails for a source that speaks for the organisation ("laut einer Quellwerk-Quelle",
    /// "so die Quellwerk-Analyse", "aus Quellwerk-Kreisen") or for its envoy.
    static let sourceCompoundTails = [
        "quelle", "quellen", "analyse", "aussendung", "ausgabe", "interview", "kreise", "kreisen", "papier", "dokument", "schreiben",
        "brief", "sendung", "website", "webseite", "gesandte", "gesandten", "delegierte", "delegierten",
    ]

    /// Compound tails that name a part of a company ("das Quellwerk-Werk", "das Quellwerk-Management").
    static let bodyCompoundTails = ["werk", "standort", "filiale", "sparte", "management", "chefetage"]
}

extension QuoteContext {
    /// "Der Generalanwalt kritisierte …", "Die Gutachterin warnte …": an office or profession
    /// noun after a definite article at the start of the clause is its subject, a speaker even
    /// when the quote lexicon does not list it as a role. Returns the noun, lower case.
    func clauseInitialOffice(at index: Int, lower: Int) -> String? {
        guard language == .german, index >= 1, index - 1 == lower || (index >= 2 && tokens[index - 2].isClauseBoundary),
            Self.definiteArticles.contains(tokens[index - 1].lower), tokens[index].kind == .word,
            tokens[index].isCapitalized, mention(at: index) == nil
        else { return nil }
        // "Der Vorstand der Quellwerk AG": an attribute names the body, which speaks as itself.
        if index + 1 < tokens.count, Self.attributeOpeners.contains(tokens[index + 1].lower) { return nil }
        let word = tokens[index].lower
        guard EntityLexicons.roles.matches(word) || Self.germanOffices.contains(word) else { return nil }
        return word
    }
}
