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
