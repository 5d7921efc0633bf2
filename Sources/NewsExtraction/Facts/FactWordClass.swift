/// The word classes of the deal lexicons (`deals-*.txt`), one bit each, so that a rule's test
/// "is this word a buy verb?" is one dictionary lookup per word and a mask test.
enum FactWordClass: Int, CaseIterable, Sendable {
    case buy, sell, merge, raise, reduce, hold, have, entry, complete
    case takeovernoun, salenoun, offernoun, mergernoun, stakenoun, sharenoun, unitnoun, ownedsuffix
    case passiveaux, perfectaux, planned, rumoured, announced, completed, negation, pronoun, companyword
    /// Verbs that sell only with a particle ("gibt X an Y ab"); not verbs for clause splitting ("bekannt gab, …").
    case particlesell
    /// Verbs that buy only as "sich … sichern" with a stake or percent ("sichert sich 25 Prozent der X").
    case reflexivebuy
    /// English words that lead a frame of `EnglishRelationForms` and have no other class ("controls", "deal",
    /// "approach"): a structural class, for the rules' cheap mask test only.
    case relationlead

    /// The class's bit.
    var bit: UInt32 { 1 << UInt32(rawValue) }

    /// The class named in a lexicon line ("buy", "stakenoun").
    init?(name: String) {
        guard let found = Self.allCases.first(where: { "\($0)" == name }) else { return nil }
        self = found
    }

    /// Verbs and verb-like words: clause boundaries and stops for the preposition walk.
    static let verbMask: UInt32 = [FactWordClass.buy, .sell, .merge, .raise, .reduce, .entry, .hold, .complete, .passiveaux, .perfectaux, .planned, .have]
        .reduce(0) { $0 | $1.bit }

    /// Nouns that name a deal or a holding.
    static let nounMask: UInt32 = [FactWordClass.takeovernoun, .salenoun, .mergernoun, .offernoun, .stakenoun, .unitnoun, .sharenoun]
        .reduce(0) { $0 | $1.bit }
}
