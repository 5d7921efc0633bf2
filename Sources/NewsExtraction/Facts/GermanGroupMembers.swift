import NewsModel

/// German statements of a group and its members: "Zur Y gehören X und Z", "Y, zu der X und Z gehören",
/// "die Y-Töchter X und Z", "die italienische Mutter Y" and "die Y-Tochter" standing for the article's company.
extension GermanDealRules {
    /// The companies listed from `index` on: "X und Z", "X, Z sowie W".
    private func listed(from index: Int, _ clause: Range<Int>) -> [EntityID] {
        guard index < clause.upperBound, view.items[index].isOrganisation, let first = view.items[index].entity else { return [] }
        return [first] + coordinatedNames(from: index, clause)
    }

    /// The first organisation at or after `index`, past articles only.
    private func organisationAt(_ index: Int, _ clause: Range<Int>) -> Int? {
        var position = index
        while position < clause.upperBound, Self.appositionArticles.contains(view.word(position)) { position += 1 }
        return position < clause.upperBound && view.items[position].isOrganisation ? position : nil
    }

    /// Whether an entity id names a company rather than an organisation, place or person (ids carry their
    /// kind as a prefix: "organization:…").
    func isCompanyID(_ id: EntityID) -> Bool {
        !["organization:", "place:", "person:"].contains { id.hasPrefix($0) }
    }

    /// Holdings of a group in each of its listed members.
    func groupMembers(_ context: RoleContext) -> [StakeCandidate] {
        var found: [StakeCandidate] = []
        func add(_ holder: EntityID, _ companies: [EntityID]) {
            for company in companies where company != holder {
                found.append(StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index))
            }
        }
        for clause in view.clauses {
            // "Zur Y gehören X und Z".
            if ["zur", "zum"].contains(view.word(clause.lowerBound)), clause.lowerBound + 2 < clause.upperBound,
                view.items[clause.lowerBound + 1].isOrganisation, let holder = view.items[clause.lowerBound + 1].entity,
                ["gehören", "gehört", "gehörten", "gehörte"].contains(view.word(clause.lowerBound + 2)),
                let first = organisationAt(clause.lowerBound + 3, clause)
            {
                add(holder, listed(from: first, clause))
            }
            for index in clause {
                // "Y, zu der X und Z gehören": more than one member (one is read by the ownership rules).
                if view.word(index) == ",", ["zu", "zum"].contains(view.word(index + 1)), ["der", "dem", "denen"].contains(view.word(index + 2)),
                    index > clause.lowerBound, view.items[index - 1].isOrganisation, let holder = view.items[index - 1].entity,
                    let first = organisationAt(index + 3, clause)
                {
                    let members = listed(from: first, clause)
                    let end = (first..<clause.upperBound).first { view.word($0).hasPrefix("gehör") }
                    if members.count >= 2, end != nil { add(holder, members) }
                }
                // "die Y-Töchter X und Z".
                if let holder = view.items[index].entity, ["-töchter", "-tochterfirmen", "-tochtergesellschaften"].contains(view.items[index].suffix),
                    let first = organisationAt(index + 1, clause), first == index + 1
                {
                    add(holder, listed(from: first, clause))
                }
                // "die Y-Tochter" with no name after it: the article's company, told by a definite article.
                // Only a company's unit (not "die Österreich-Tochter des Konzerns", whose parent is the genitive),
                // and only a company topic.
                if let holder = view.items[index].entity, view.items[index].suffix == "-tochter", view.items[index].mention?.kind == .company,
                    ["die", "der"].contains(view.word(index - 1)), index + 1 < clause.upperBound, !view.items[index + 1].hasMention,
                    !view.transparent(index + 1), !["des", "der", "von", "vom"].contains(view.word(index + 1)),
                    let topic = context.topic, isCompanyID(topic), topic != holder, !clause.contains(where: { view.items[$0].entity == topic })
                {
                    add(holder, [topic])
                }
                // "die italienische Mutter Y": Y is the parent of the article's company.
                if view.word(index) == "mutter", !view.items[index].hasMention, index + 1 < clause.upperBound,
                    view.items[index + 1].isOrganisation, let holder = view.items[index + 1].entity,
                    ["die", "der", "ihre", "seine", "ihrer", "seiner"].contains(view.word(index - 1)) || view.tokens[view.items[index - 1].tokens.lowerBound].text.unicodeScalars.first?.properties.isLowercase == true,
                    let topic = context.topic, isCompanyID(topic), topic != holder
                {
                    add(holder, [topic])
                }
            }
        }
        return found
    }
}
