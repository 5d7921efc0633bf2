import NewsModel

/// "A and B each own 50 pct of X", "A and B each hold 25 pct": the holding the rules read for the first holder
/// is each coordinated holder's too.
enum EnglishEachHolders {
    /// Verbs of holding after "each".
    private static let holdVerbs: WordSet = ["own", "owns", "owned", "hold", "holds", "held", "have", "has", "control", "controls"]

    /// The holdings of the other coordinated holders, given the sentence's holdings found so far.
    static func stakes(_ view: SentenceView, found: ArraySlice<StakeCandidate>) -> [StakeCandidate] {
        guard view.language == .english, !found.isEmpty else { return [] }
        var result: [StakeCandidate] = []
        for each in view.items.indices where view.items[each].lower == "each" && !view.items[each].hasMention {
            guard Self.holdVerbs.contains(view.word(each + 1)) else { continue }
            // The holders before "each": "A and B", "A, B and C" (up to four names).
            var holders: [EntityID] = []
            var position = each - 1
            while position >= 0, holders.count < 4, view.items[position].isParty, !view.isPossessive(position), let holder = view.items[position].entity {
                holders.append(holder)
                guard position >= 2, [",", "and"].contains(view.word(position - 1)) else { break }
                position -= 2
            }
            guard holders.count >= 2 else { continue }
            for stake in found where stake.sentence == view.sentence.index && holders.contains(stake.holder) {
                for holder in holders where holder != stake.holder && holder != stake.company
                    && !found.contains(where: { $0.holder == holder && $0.company == stake.company }) && !result.contains(where: { $0.holder == holder && $0.company == stake.company })
                {
                    var copy = stake
                    copy.holder = holder
                    result.append(copy)
                }
            }
        }
        return result
    }
}
