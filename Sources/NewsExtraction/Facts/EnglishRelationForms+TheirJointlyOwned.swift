import NewsModel

extension EnglishRelationForms {
    /// "A had talks with B on their jointly owned unit C", "A and B said their jointly owned C …": each party of
    /// the clause before "their" (its subjects and the partner after "with") holds C. Needs two such parties.
    func theirJointlyOwned(_ trigger: Int, _ clause: Range<Int>) -> [StakeCandidate] {
        guard view.word(trigger) == "owned", ["jointly", "co-"].contains(view.word(trigger - 1)), view.word(trigger - 2) == "their" else { return [] }
        // The company: the first organisation within four words after "owned", with no other name between.
        guard let company = view.span(trigger + 1, min(clause.upperBound, trigger + 5)).first(where: { view.items[$0].hasMention }),
            view.items[company].isOrganisation, let held = view.items[company].entity
        else { return [] }
        var owners: [EntityID] = []
        for index in view.span(clause.lowerBound, trigger - 2) where view.items[index].isOrganisation {
            guard let entity = view.items[index].entity, entity != held, !owners.contains(entity),
                view.isSubjectCandidate(index) || view.preposition(before: index) == "with"
            else { continue }
            owners.append(entity)
        }
        guard owners.count >= 2 else { return [] }
        return owners.map { StakeCandidate(holder: $0, company: held, percent: nil, since: nil, sentence: view.sentence.index) }
    }
}
