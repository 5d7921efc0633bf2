import NewsModel

/// German role phrases that refer back to a person introduced with another form of the role:
/// "Premierminister X … sagte der Regierungschef", "Gewerkschaftsschef X … so der Gewerkschaftschef",
/// "der venezolanische Präsident X … so der venezolanische Präsident", "Bürgermeister X … sagte
/// das Stadtoberhaupt". The exact role ("der Minister" after "Innenminister X") is rule 2c of
/// ``speaker(in:anchor:strongOnly:noFallback:)``; this one runs after it.
extension QuoteContext {
    /// The person a definite German role phrase in the range refers to: "der"/"die"/"das", up to
    /// two lower-case adjectives ("der deutsche Innenminister"), a role noun with no name or
    /// attribute after it; the last person outside quotes, of the fitting gender, whose known
    /// role is a form of that role (``germanRolesAgree(nounKey:role:)``). `order` is the speaker search
    /// order of the range.
    func germanRoleVariantPerson(order: [Int], lower: Int, upper: Int) -> EntityMention? {
        guard language == .german else { return nil }
        for index in order where index > lower && spanAt[index] == nil {
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, mention(at: index) == nil,
                let article = articleBeforeRole(at: index, lower: lower)
            else { continue }
            if index + 1 < upper, Self.attributeOpeners.contains(tokens[index + 1].lower) || tokens[index + 1].isCapitalized {
                continue
            }
            let noun = token.lower
            let nounKey = Self.germanRoleKey(noun)
            guard isGermanRoleNoun(noun) || Self.germanGenericRoleKeys[nounKey] != nil else { continue }
            let female = article == "die" && noun.hasSuffix("in")
            let male = article == "der"
            let table = self.table
            let found = lastMention(before: token.range.start) { mention in
                guard mention.kind == .person, let role = table.entity(mention.entity)?.role ?? mention.role else {
                    return false
                }
                return Self.germanRolesAgree(nounKey: nounKey, role: role)
            }
            guard let person = found, !isQuoted(person) else { continue }
            if let gender = gender(of: person), (female && gender != .female) || (male && gender != .male) { continue }
            return person
        }
        return nil
    }

    /// The article of a role noun at `index`: right before it, or before one or two lower-case
    /// adjectives ("der venezolanische Präsident", "die frühere Ministerin").
    private func articleBeforeRole(at index: Int, lower: Int) -> String? {
        var probe = index - 1
        var adjectives = 0
        while probe >= lower, adjectives <= 2 {
            let word = tokens[probe]
            guard word.kind == .word else { return nil }
            if Self.germanRoleArticles.contains(word.lower) { return word.lower }
            guard !word.isCapitalized, word.lower.hasSuffix("e") || word.lower.hasSuffix("en") else { return nil }
            adjectives += 1
            probe -= 1
        }
        return nil
    }

    /// Whether a role noun of the text and a person's known role name the same office: the same
    /// word up to hyphens, a feminine "-in" and a linking "s" ("Gewerkschaftschef" and
    /// "Gewerkschaftsschef"); one the tail of the other ("der Bundesinnenminister" and
    /// "Innenminister"); or a generic noun for that office ("der Regierungschef" for a
    /// "Premierminister", "das Stadtoberhaupt" for a "Bürgermeister").
    /// `nounKey` is the noun's ``germanRoleKey(_:)``.
    static func germanRolesAgree(nounKey: String, role: String) -> Bool {
        // "Vorsitzender des Verbands", "Chef der Velmar AG": the office is the first word.
        let firstWord = role.split(separator: " ").first.map(String.init) ?? role
        let roleKey = germanRoleKey(firstWord.lowercased())
        guard nounKey.count >= 4, roleKey.count >= 4 else { return false }
        if nounKey == roleKey || roleKey.hasSuffix(nounKey) { return true }
        // "der Bundesinnenminister" for an "Innenminister"; a "Vizepräsident" is not the "Präsident".
        if nounKey.hasSuffix(roleKey), !germanDeputyPrefixes.contains(where: { nounKey.hasPrefix($0) }) { return true }
        if germanRoleSynonymKeys.contains(where: { $0.contains(nounKey) && $0.contains(roleKey) }) { return true }
        return germanGenericRoleKeys[nounKey]?.contains(roleKey) ?? false
    }

    /// A role word with hyphens, a feminine "-in" and the linking "s" before a role head taken
    /// out: "Gewerkschafts-Chefin" → "gewerkschaftchef".
    static func germanRoleKey(_ lower: String) -> String {
        var key = lower.replacingOccurrences(of: "-", with: "")
        if key.hasSuffix("in"), key.count >= 6 {
            let base = String(key.dropLast(2))
            if germanRoleKeyHeads.contains(where: { base.hasSuffix($0) }) { key = base }
        }
        if key.hasSuffix("vorsitzender") { key.removeLast() }
        for head in germanRoleKeyHeads where key.hasSuffix(head) {
            // "Gewerkschaftschef", "Gewerkschaftsschef" (a doubled "s" in some texts).
            var prefix = key.dropLast(head.count)
            var dropped = 0
            while prefix.count > 3, prefix.hasSuffix("s"), dropped < 2 {
                prefix = prefix.dropLast()
                dropped += 1
            }
            key = String(prefix) + head
            break
        }
        return key
    }

    /// Articles before a role noun that refers back.
    static let germanRoleArticles: Set<String> = ["der", "die", "das"]

    /// Heads of German role compounds: those of ``germanRoleCompound(_:)`` and offices whose
    /// compounds name one person ("Oberbürgermeister", "Bundeskanzler").
    static let germanRoleKeyHeads =
        germanRoleHeads + ["leiter", "kanzler", "premier", "bürgermeister", "gouverneur", "kommissar"]

    /// Two words for the same office.
    static let germanRoleSynonyms: [Set<String>] = [
        ["premier", "premierminister"],
        ["vorstandschef", "vorstandsvorsitzende", "konzernchef"],
    ]

    /// Prefixes of a deputy's or a former holder's office.
    static let germanDeputyPrefixes = ["vize", "ehren", "ex", "alt", "stellvertret"]

    /// ``germanRoleSynonyms`` as role keys.
    static let germanRoleSynonymKeys: [Set<String>] = germanRoleSynonyms.map { Set($0.map(germanRoleKey)) }

    /// ``germanGenericRoles`` as role keys.
    static let germanGenericRoleKeys: [String: Set<String>] = Dictionary(
        uniqueKeysWithValues: germanGenericRoles.map { (germanRoleKey($0.key), Set($0.value.map(germanRoleKey))) })

    /// Generic nouns for an office and the roles they stand for.
    static let germanGenericRoles: [String: Set<String>] = [
        "regierungschef": ["premier", "premierminister", "ministerpräsident", "kanzler", "bundeskanzler"],
        "stadtoberhaupt": ["bürgermeister", "oberbürgermeister", "stadtchef"],
        "stadtchef": ["bürgermeister", "oberbürgermeister"],
        "landeschef": ["landeshauptmann", "ministerpräsident"],
        "staatschef": ["präsident", "staatspräsident"],
        "konzernchef": ["chef", "ceo", "vorstandschef", "vorstandsvorsitzende", "geschäftsführer"],
        "firmenchef": ["chef", "ceo", "vorstandschef", "vorstandsvorsitzende", "geschäftsführer", "firmengründer"],
        "unternehmenschef": ["chef", "ceo", "vorstandschef", "vorstandsvorsitzende", "geschäftsführer"],
    ]
}
