import NewsModel

/// "meint der Quellwerk-Chef": a definite German compound of an organisation's name and a role
/// refers back to the person of that organisation introduced before with that role.
extension QuoteContext {
    /// The person a definite "<Organisation>-<Rolle>" at `index` refers to: the last person
    /// before it whose organisation is that one and whose role ends in the compound's role ("der
    /// Quellwerk-Sprecher" needs a "Sprecher"); a "Chef" or "Chefin" also names the person whose
    /// role is a chief's ("CEO", "Vorstandschef", "chief executive").
    func definiteCompoundRolePerson(at index: Int) -> EntityMention? {
        guard language == .german, index > 0, index < tokens.count else { return nil }
        // Cheap first: a hyphenated word after "der"/"die" that holds an organisation's name.
        let token = tokens[index]
        guard token.kind == .word, QuoteLexicon.hasHyphen(token.lower),
            ["der", "die"].contains(tokens[index - 1].lower),
            let organization = mention(at: index), organization.kind != .person,
            let role = lexicon.roleWord(in: token.lower)
        else { return nil }
        let isChief = Self.chiefRoleTails.contains(role)
        return lastMention(before: organization.range.start) { mention in
            guard mention.kind == .person, let entity = table.entity(mention.entity),
                entity.organization?.id == organization.entity
            else { return false }
            let personRole = (entity.role ?? mention.role ?? "").lowercased()
            return personRole.hasSuffix(role) || (isChief && Self.chiefRoles.contains(where: { personRole.hasSuffix($0) }))
        }
    }

    /// Role tails that mean the head of an organisation.
    static let chiefRoleTails: Set<String> = ["chef", "chefin"]
    /// Roles of the head of an organisation, lower case.
    static let chiefRoles = [
        "ceo", "chef", "chefin", "vorsitzender", "vorsitzende", "chief executive", "präsident", "präsidentin",
        "geschäftsführer", "geschäftsführerin",
    ]
}

extension QuoteContext {
    /// "…, erklärte der SPD-Politiker", "sagte die Grünen-Abgeordnete": a definite
    /// "<Organisation>-<Mitglied>" compound (a member noun, not an office held by one person)
    /// refers back to the last person of the fitting gender named in this sentence or the two
    /// before it, outside any quote.
    func definiteMemberNounPerson(at index: Int) -> EntityMention? {
        guard language == .german, index > 0, index < tokens.count else { return nil }
        let token = tokens[index]
        let article = tokens[index - 1].lower
        guard token.kind == .word, article == "der" || article == "die", QuoteLexicon.hasHyphen(token.lower),
            let organization = mention(at: index), organization.kind != .person,
            let hyphen = token.lower.lastIndex(of: "-")
        else { return nil }
        let tail = String(token.lower[token.lower.index(after: hyphen)...])
        let female = article == "die"
        guard let base = Self.memberNounBase(tail, female: female), Self.memberNouns.contains(base) else { return nil }
        let wanted: SpeakerGender = female ? .female : .male
        let sentence = token.sentence
        let mentions = table.mentions
        var end = 0
        while end < mentions.count && mentions[end].range.start < token.range.start { end += 1 }
        while end > 0 {
            end -= 1
            let mention = mentions[end]
            if mention.sentence + 2 < sentence { break }
            guard mention.kind == .person, !isQuoted(mention) else { continue }
            if let gender = gender(of: mention), gender != wanted { continue }
            return mention
        }
        return nil
    }

    /// The masculine base of a member noun: "politikerin" -> "politiker" (with "die"), the word
    /// itself with "der". Nil for a feminine article before a masculine form.
    static func memberNounBase(_ tail: String, female: Bool) -> String? {
        guard female else { return tail }
        if tail == "frau" { return tail }
        if tail.hasSuffix("in") && memberNouns.contains(String(tail.dropLast(2))) { return String(tail.dropLast(2)) }
        // "die Abgeordnete", "die Vorsitzende": the same form for both.
        return tail.hasSuffix("e") ? tail : nil
    }

    /// Nouns for a member of an organisation or party ("Politiker", "Abgeordnete", "Mann").
    static let memberNouns: Set<String> = [
        "politiker", "abgeordnete", "abgeordneter", "mann", "frau", "experte", "funktionär", "urgestein",
        "mitglied", "spitzenkandidat", "kandidat", "parlamentarier", "ökonom", "veteran", "expert",
    ]
}
