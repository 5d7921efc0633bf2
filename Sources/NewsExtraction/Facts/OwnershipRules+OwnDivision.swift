import NewsModel

/// "IBM said its Data Systems Division …", "Walker Corp will close its Mobile Communications Division": a unit
/// named with "Division" right after "its" or "their" is held by the pronoun's party; not after a sale word in the
/// clause ("sold its X Division to Y": the buyer's holding is read from the deal). English only.
extension OwnershipRules {
    /// The holding of the division at mention item `index`.
    func ownDivision(_ index: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .english, index > clause.lowerBound, view.items[index].isOrganisation,
            ["its", "their"].contains(view.word(index - 1)),
            view.tokens[view.items[index].tokens.upperBound - 1].text == "Division",
            let company = view.items[index].entity,
            !view.span(clause.lowerBound, index).contains(where: { view.isA(.sell, $0) || view.isA(.salenoun, $0) }),
            let holder = view.coordinatedOwner(ofPronoun: index - 1) ?? view.subject(of: index - 1, in: clause, context: context),
            holder != company,
            // "named X president of its Y Division": a person heads a division, the company holds it.
            !view.items.contains(where: { $0.entity == holder && $0.mention?.kind == .person })
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }
}
