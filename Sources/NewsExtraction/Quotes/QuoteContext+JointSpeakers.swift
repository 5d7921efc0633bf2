import NewsModel

extension QuoteContext {
    /// "Mr Arlen and Mr Brisk issued a statement saying …": of people joined by "and", the
    /// first-named speaks for both. Returns the first person of the chain that ends with
    /// `mention` (found at token `index`, no earlier than token `lower`) and one of its tokens.
    func firstOfJoinedPeople(_ mention: EntityMention, at index: Int, from lower: Int) -> (EntityMention, Int) {
        var current = mention
        var at = index
        while true {
            var start = at
            while start - 1 >= lower, let earlier = self.mention(at: start - 1), earlier.range == current.range { start -= 1 }
            var k = start - 1
            if k >= lower, tokens[k].lower == "." { k -= 1 }
            if k >= lower, Self.jointTitles.contains(tokens[k].lower) { k -= 1 }
            guard k - 1 >= lower, ["and", "und", "&"].contains(tokens[k].lower) else { return (current, at) }
            k -= 1
            guard let previous = self.mention(at: k), previous.kind == .person, previous.entity != current.entity else {
                return (current, at)
            }
            current = previous
            at = k
        }
    }

    /// Titles before a surname ("Mr", "Frau").
    static let jointTitles: Set<String> = ["mr", "mrs", "ms", "dr", "herr", "frau"]
}

extension QuoteContext {
    /// "The Quillton Times and the Harbour Herald say …", "X Corp and Y Fund Inc told …": of
    /// companies or organisations joined by "and" right before the cue, the first-named speaks for
    /// both (as with people). Returns the first company of the chain that ends with `mention`.
    func firstOfJoinedOrganizations(_ mention: EntityMention, at index: Int, from lower: Int) -> EntityMention {
        var current = mention
        var at = index
        for _ in 0..<3 {
            var start = at
            while start - 1 >= lower, let earlier = self.mention(at: start - 1), earlier.range == current.range { start -= 1 }
            var k = start - 1
            // "the", and the German articles ("Die X AG und die Y Bank geben … bekannt").
            if k >= lower, ["the", "der", "die", "das"].contains(tokens[k].lower) { k -= 1 }
            guard k - 1 >= lower, ["and", "und"].contains(tokens[k].lower) else { return current }
            k -= 1
            guard let previous = self.mention(at: k), previous.kind == .company || previous.kind == .organization,
                previous.entity != current.entity
            else { return current }
            current = previous
            at = k
        }
        return current
    }
}
