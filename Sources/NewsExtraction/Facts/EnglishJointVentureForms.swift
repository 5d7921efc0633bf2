import NewsModel

/// English joint ventures as holdings: "X, a 50-50 joint venture of A and B", "X is a joint venture between A and
/// B", "X, a joint venture with A" (the subject's partner is named elsewhere). Each named partner holds the venture;
/// an even split ("50-50", "50/50", "equally owned") of two partners gives each 50 pct.
struct EnglishJointVentureForms: Sendable {
    let view: SentenceView

    /// Words that split a venture evenly.
    private static let evenWords: WordSet = ["50-50", "50/50", "50:50", "fifty-fifty", "equally-owned", "equally", "evenly"]
    /// Words before "a"/"an" that make the venture the subject's: "X is a joint venture", "X, a joint venture".
    private static let copulas: WordSet = ["is", "was", "became", ","]

    /// The holdings that "joint venture" at `trigger` (the index of "venture") states.
    func stakes(at trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        let joint = trigger - 1
        guard view.word(joint) == "joint", ["of", "between"].contains(view.word(trigger + 1)) else { return [] }
        // "a (50-50) (owned) joint venture": the article, then at most two words.
        guard let article = view.span(max(clause.lowerBound, joint - 3), joint).last(where: { ["a", "an"].contains(view.word($0)) }) else { return [] }
        let even = view.span(article + 1, joint).contains { Self.evenWords.contains(view.word($0)) }
            || (view.span(article + 1, joint).contains { view.word($0) == "50" } && view.span(article + 1, joint).count >= 2)
        guard view.span(article + 1, joint).allSatisfy({ !view.items[$0].hasMention }) else { return [] }
        let lead = article - 1
        guard Self.copulas.contains(view.word(lead)) else { return [] }
        let venture: EntityID?
        if view.word(lead) == "," {
            guard lead - 1 >= clause.lowerBound, view.items[lead - 1].isOrganisation, !view.isPossessive(lead - 1) else { return [] }
            venture = view.items[lead - 1].entity
        } else {
            venture = view.subject(of: lead, in: clause, context: context)
        }
        guard let venture else { return [] }
        var partners: [EntityID] = []
        var position = trigger + 2
        while position < clause.upperBound, partners.count < 4 {
            while position < clause.upperBound, view.word(position) == "the" || view.transparent(position) { position += 1 }
            guard position < clause.upperBound, view.items[position].isOrganisation, !view.isPossessive(position), let partner = view.items[position].entity
            else { break }
            partners.append(partner)
            guard [",", "and"].contains(view.word(position + 1)) else { break }
            position += view.word(position + 2) == "and" ? 3 : 2
        }
        // "between A and B" needs two partners; "of A and B" too (one alone is "a joint venture of A's").
        guard partners.count >= 2, !partners.contains(venture) else { return [] }
        let percent: Double? = even && partners.count == 2 ? 50 : nil
        return partners.map { StakeCandidate(holder: $0, company: venture, percent: percent, since: nil, sentence: view.sentence.index) }
    }
}
