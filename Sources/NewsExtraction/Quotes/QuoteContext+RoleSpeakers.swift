import NewsModel

/// Speakers named by a role: "sagte Staatsanwalt Hanno Quirl" (a German role noun before a name
/// the entity stage missed) and "the French president said" (an English role phrase that refers
/// back to the person the article introduced with that role).
extension QuoteContext {
    /// "Staatsanwalt Hanno Quirl", "Oberbürgermeisterin Tilla Quembeck": a capitalised German role
    /// noun, then two or three capitalised words that are no ordinary words. Returns the name
    /// without the role.
    func germanRoledName(in range: Range<Int>) -> Range<Int>? {
        guard language == .german, range.count >= 3, range.count <= 4 else { return nil }
        let role = tokens[range.lowerBound]
        guard role.kind == .word, role.isCapitalized, isGermanRoleNoun(role.lower) else { return nil }
        let name = (range.lowerBound + 1)..<range.upperBound
        guard (2...3).contains(name.count) else { return nil }
        for index in name {
            guard isUnmarkedNameWord(at: index) else { return nil }
            // The surname (the last word) must not be an ordinary German or English word; a given
            // name may be ("Jan", "Mark").
            if index == name.upperBound - 1
                && Self.isOrdinaryWord(document.slice(tokens[index].range), lower: tokens[index].lower)
            {
                return nil
            }
        }
        return name
    }

    /// Whether a lower-case German word is a role or office noun ("staatsanwalt", "landrat",
    /// "konzernchef").
    func isGermanRoleNoun(_ lower: String) -> Bool {
        lexicon.roleWord(in: lower) != nil || germanRoleCompound(lower) != nil
            || Self.germanOffices.contains(lower)
    }

    /// German offices and professions that stand before a name ("Staatsanwalt Jan Quirl").
    static let germanOffices: Set<String> = [
        "staatsanwalt", "staatsanwältin", "oberstaatsanwalt", "oberstaatsanwältin", "anwalt", "anwältin",
        "rechtsanwalt", "rechtsanwältin", "richter", "richterin", "landrat", "landrätin", "bürgermeister",
        "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "abgeordnete", "abgeordneter", "professor",
        "professorin", "ökonom", "ökonomin", "analyst", "analystin", "experte", "expertin", "botschafter",
        "botschafterin", "generalsekretär", "generalsekretärin", "kommissar", "kommissarin", "senator", "senatorin",
        "staatssekretär", "staatssekretärin", "ermittler", "ermittlerin", "polizeisprecher", "polizeisprecherin",
    ]

    /// The role word of an English "the" phrase with no name in it: this token or one of the
    /// next two ("the French president", "the prime minister"). `index` is the token after "the".
    func englishRoleHead(at index: Int, upper: Int) -> Int? {
        guard language == .english, index > 0, tokens[index - 1].lower == "the" else { return nil }
        var probe = index
        while probe < upper && probe - index < 3 && tokens[probe].kind == .word && mention(at: probe) == nil {
            if lexicon.roles.contains(tokens[probe].lower) { return probe }
            probe += 1
        }
        return nil
    }

    /// "the French president", "the prime minister" (English, no name in the phrase): the last
    /// person before the phrase who was introduced with that role word, right before the name
    /// ("French President Jacques Quellier") or in an apposition after it ("Jacques Quellier,
    /// the French president,"). `head` is the role word, `index` the token after the article.
    func englishRoleAnaphor(head: Int, at index: Int) -> EntityMention? {
        let word = tokens[head].lower
        let start = tokens[index].range.start
        var found: EntityMention?
        for mention in table.mentions {
            if mention.range.start >= start { break }
            guard mention.kind == .person, hasRoleWord(word, near: mention) else { continue }
            found = mention
        }
        return found
    }

    /// Whether the role word stands within three words before a person mention ("French President
    /// X") or in the apposition after it ("X, the French president").
    private func hasRoleWord(_ word: String, near mention: EntityMention) -> Bool {
        guard let first = document.tokenIndex(containing: mention.range.start),
            let last = document.tokenIndex(containing: max(mention.range.start, mention.range.end - 1))
        else { return false }
        var probe = first - 1
        while probe >= 0 && first - probe <= 3 && tokens[probe].kind == .word {
            if tokens[probe].lower == word { return true }
            probe -= 1
        }
        guard last + 2 < tokens.count, tokens[last + 1].isPunctuation(",") else { return false }
        probe = last + 2
        while probe < tokens.count && probe - last <= 5 && tokens[probe].kind == .word {
            if tokens[probe].lower == word { return true }
            probe += 1
        }
        return false
    }
}

extension QuoteContext {
    /// English roles that usually bring in someone new ("…," the spokesman said'): they never
    /// refer back to a person named before by ``englishRoleContinuation(at:upper:)``.
    static let newSpeakerRoles: WordSet = ["spokesman", "spokeswoman", "spokesperson", "official", "officer"]

    /// '"The talks have failed," the prime minister said' after a sentence about a person whose
    /// role the article never stated: the person named last, outside any quote, in this sentence
    /// or the two before it. A person whose known role is another one ("Ann Vell, the chairman,
    /// …  the analyst said") is someone else; so is a role with its own attribute ("the analyst
    /// at X"). `head` is the role word, `index` the token after the article.
    func englishRoleContinuation(head: Int, at index: Int, upper: Int) -> EntityMention? {
        guard !Self.newSpeakerRoles.contains(tokens[head].lower) else { return nil }
        if head + 1 < upper, Self.roleAttributeWords.contains(tokens[head + 1].lower) { return nil }
        let word = tokens[head].lower
        let start = tokens[index - 1].range.start
        let sentence = tokens[index].sentence
        // Backwards from the phrase, no further than two sentences back.
        let mentions = table.mentions
        var end = 0
        while end < mentions.count && mentions[end].range.start < start { end += 1 }
        var found: EntityMention?
        while end > 0 {
            end -= 1
            let mention = mentions[end]
            if mention.sentence + 2 < sentence { break }
            if mention.kind == .person && !isQuoted(mention) {
                found = mention
                break
            }
        }
        guard let person = found else { return nil }
        if let role = table.entity(person.entity)?.role ?? person.role, !role.lowercased().contains(word) {
            return nil
        }
        return person
    }

    /// Words that give a role its own attribute: "the analyst at X", "the head of Y".
    static let roleAttributeWords: WordSet = ["of", "at", "for", "with", "from", "in"]
}
