/// The nouns and participles with which `OwnershipRules.stakes` starts a rule, in one table: one lookup
/// per word of a sentence tells which rule (if any) the word leads, instead of one lookup per rule.
extension OwnershipRules {
    /// The rule a word leads. The word lists are disjoint, so a word leads at most one rule.
    enum LeadWord: Sendable {
        /// "owner", "owners", "parent".
        case ownerOrParent
        /// "shareholder", "Großaktionär", …
        case shareholder
        /// German "Besitz", "Eigentum" ("im Besitz von Y").
        case possession
        /// German parent-company nouns ("Mutterkonzern").
        case parentNoun
        /// German owner nouns ("Inhaber", "Eigentümer").
        case ownerNoun
        /// Hyphenated ownership words read like "owned" ("majority-owned").
        case ownedCompound
        /// English "holding" ("a holding company of Y").
        case holding
        /// German "Teil" ("X ist ein Teil der Y").
        case partOf
    }

    /// German nouns for a parent company ("Mutterkonzern"); "Mutter" counts only in a compound ("X-Mutter Y").
    static let parentNounList = ["mutterkonzern", "muttergesellschaft", "mutterunternehmen", "konzernmutter", "mutterfirma", "mutterkonzerns"]

    /// Every lead word with its rule.
    static let leadWords: WordTable<LeadWord> = {
        var entries: [String: LeadWord] = [:]
        func add(_ words: [String], _ lead: LeadWord) {
            for word in words {
                precondition(entries[word] == nil, "Ownership lead word '\(word)' is listed for two rules.")
                entries[word] = lead
            }
        }
        add(["owner", "owners", "parent"], .ownerOrParent)
        add(
            [
                "shareholder", "stockholder", "großaktionär", "hauptaktionär", "mehrheitsaktionär", "anteilseigner", "mehrheitseigner",
                "haupteigner", "großeigner", "hauptanteilseigner", "mehrheitsgesellschafter", "hauptgesellschafter",
                "aktionär", "aktionärin", "großaktionärin", "hauptaktionärin", "mehrheitsaktionärin", "gesellschafter",
                "ankeraktionär", "ankeraktionärin", "kernaktionär", "kernaktionärin", "minderheitsaktionär", "minderheitsaktionärin",
                "minderheitseigner", "minderheitsgesellschafter", "mitgesellschafter", "einzelaktionär", "einzelaktionärin",
                "aktionäre", "großaktionäre", "hauptaktionäre", "mehrheitseignerin", "anteilseignerin", "gesellschafterin",
                "mehrheitsgesellschafterin",
            ], .shareholder)
        add(["besitz", "eigentum"], .possession)
        add(parentNounList, .parentNoun)
        add(
            [
                "inhaber", "eigentümer", "besitzer", "alleininhaber", "alleineigentümer", "mehrheitseigentümer", "haupteigentümer",
                "inhaberin", "eigentümerin", "besitzerin", "alleininhaberin", "alleineigentümerin", "mehrheitseigentümerin",
            ], .ownerNoun)
        add(["majority-owned", "minority-owned", "wholly-owned", "jointly-owned", "partly-owned"], .ownedCompound)
        add(["holding"], .holding)
        add(["teil"], .partOf)
        return WordTable(entries)
    }()
}
