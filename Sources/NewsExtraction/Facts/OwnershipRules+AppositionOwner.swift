import NewsModel

extension OwnershipRules {
    /// Punctuation that opens an apposition after a name: "X, owner of Y", "X - owner of Y".
    private static let appositionMarks: Set<String> = [",", "-", "–", "—", "("]

    /// "Federlin - owner of Quarry's and Brandle's - will …", "Federlin, the owner of Quarry's, said":
    /// an apposition "owner of Y (and Z)" right after a company names what the company holds. English
    /// only; the owned names follow "of" at once, joined by "and" or commas.
    func appositionOwner(_ trigger: Int, _ clause: Range<Int>) -> [StakeCandidate] {
        guard view.language == .english, view.word(trigger) == "owner", view.word(trigger + 1) == "of" else { return [] }
        var mark = trigger - 1
        if mark >= 0, ["the", "a"].contains(view.word(mark)) { mark -= 1 }
        let holderIndex = mark - 1
        guard holderIndex >= 0, Self.appositionMarks.contains(view.word(mark)),
            view.items[holderIndex].isOrganisation, let holder = view.items[holderIndex].entity
        else { return [] }
        var result: [StakeCandidate] = []
        var index = trigger + 2
        while index < view.items.count, view.items[index].isOrganisation, let company = view.items[index].entity {
            if company != holder {
                result.append(StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index))
            }
            // "Y and Z", "Y, Z and W".
            guard index + 2 < view.items.count, [",", "and"].contains(view.word(index + 1)) else { break }
            index += view.word(index + 2) == "and" ? 3 : 2
        }
        return result
    }
}
