import NewsModel

extension OwnershipRules {
    /// Punctuation that opens an apposition after a name: "X, owner of Y", "X - owner of Y".
    private static let appositionMarks: Set<String> = [",", "-", "–", "—", "("]
    /// Words between the article and "owner"/"parent" in such an apposition.
    private static let ownerDescriptions: Set<String> = ["newly", "formed", "new", "ultimate", "majority", "main", "sole", "controlling"]

    /// "Federlin - owner of Quarry's and Brandle's - will …", "Federlin, the owner of Quarry's, said", "Y, the parent
    /// company of X, said":
    /// an apposition "owner of Y (and Z)" right after a company names what the company holds. English
    /// only; the owned names follow "of" at once, joined by "and" or commas.
    func appositionOwner(_ trigger: Int, _ clause: Range<Int>) -> [StakeCandidate] {
        // "Y, the parent company of X" too.
        let of = ["company", "group"].contains(view.word(trigger + 1)) && view.word(trigger) == "parent" ? trigger + 2 : trigger + 1
        guard view.language == .english, ["owner", "parent"].contains(view.word(trigger)), view.word(of) == "of" else { return [] }
        var mark = trigger - 1
        // "the newly formed parent of X", "the majority owner of X".
        while mark > trigger - 3, Self.ownerDescriptions.contains(view.word(mark)) { mark -= 1 }
        if mark >= 0, ["the", "a"].contains(view.word(mark)) { mark -= 1 }
        var holderIndex = mark - 1
        // "Y <YT>, the parent of X": the ticker in brackets after the name.
        if holderIndex >= 2, [">", ")"].contains(view.word(holderIndex)),
            let open = view.span(max(0, holderIndex - 4), holderIndex).last(where: { ["<", "("].contains(view.word($0)) })
        {
            holderIndex = open - 1
        }
        guard holderIndex >= 0, Self.appositionMarks.contains(view.word(mark)),
            view.items[holderIndex].isOrganisation, let holder = view.items[holderIndex].entity
        else { return [] }
        var result: [StakeCandidate] = []
        var index = of + 1
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
