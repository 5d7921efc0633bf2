import NewsModel

/// English lists of a company's shareholders: "X's other principal shareholders are A, with 35 pct, and B, with
/// 25 pct", "Other X shareholders include A <AA>, B and C". Each listed party holds the company, with the percent
/// named after it ("with N pct", "(N pct)") if any.
enum EnglishShareholderLists {
    /// The plural nouns that lead the list.
    private static let nouns: WordSet = ["shareholders", "stockholders"]
    /// The verbs between the noun and the list ("were" tells a past list: none).
    private static let verbs: WordSet = ["are", "include", "includes", "included"]
    /// Adjectives between the company and the noun.
    private static let adjectives: WordSet = ["other", "principal", "major", "main", "largest", "biggest", "big", "leading", "key", "institutional", "current", "existing"]
    /// At most this many holders are read from one list.
    private static let maximumHolders = 8

    /// The holdings the sentence lists.
    static func stakes(_ view: SentenceView) -> [StakeCandidate] {
        guard view.language == .english else { return [] }
        var result: [StakeCandidate] = []
        for index in view.items.indices where !view.items[index].hasMention && nouns.contains(view.items[index].lower) {
            guard verbs.contains(view.word(index + 1)), let company = listedCompany(before: index, view) else { continue }
            result += holders(from: index + 2, of: company, view)
        }
        return result
    }

    /// The company whose shareholders the noun at `noun` names: a possessive or plain name right before the noun and
    /// its adjectives ("X's other principal shareholders", "Other X shareholders").
    private static func listedCompany(before noun: Int, _ view: SentenceView) -> EntityID? {
        var position = noun - 1
        while position > 0, noun - position <= 3, !view.items[position].hasMention, adjectives.contains(view.word(position)) { position -= 1 }
        if view.word(position) == ">", let open = view.tickerStart(before: position + 1) { position = open - 1 }
        guard position >= 0, position < noun, view.items[position].isOrganisation else { return nil }
        return view.items[position].entity
    }

    /// The parties listed from `start` on, each with the percent after it.
    private static func holders(from start: Int, of company: EntityID, _ view: SentenceView) -> [StakeCandidate] {
        var result: [StakeCandidate] = []
        var position = start
        while result.count < maximumHolders, position < view.items.count {
            if view.word(position) == "the" { position += 1 }
            guard position < view.items.count, view.items[position].isParty, !view.isPossessive(position), let holder = view.items[position].entity else { break }
            position += 1
            // A ticker after the name: "A <AA>".
            if view.word(position) == "<", let close = view.span(position, min(view.items.count, position + 5)).first(where: { view.word($0) == ">" }) {
                position = close + 1
            }
            // "A, with 35.01 pct", "A with 35 pct", "A (35 pct)".
            var percent: Double?
            var next = position
            if view.word(next) == "," || view.word(next) == "(" { next += 1 }
            if view.word(next) == "with" { next += 1 }
            if next > position, let stated = view.quantity(at: next)?.percent, stated > 0, stated <= 100 {
                percent = stated
                position = next + 1
                while position < view.items.count, ["pct", "percent", "%", ")"].contains(view.word(position)) { position += 1 }
            }
            if holder != company {
                result.append(StakeCandidate(holder: holder, company: company, percent: percent, since: nil, sentence: view.sentence.index))
            }
            // The list goes on after ",", "and" or ", and".
            guard [",", "and"].contains(view.word(position)) else { break }
            position += 1
            if view.word(position) == "and" { position += 1 }
        }
        return result
    }
}
