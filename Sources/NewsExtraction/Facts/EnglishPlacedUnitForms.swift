import NewsModel

/// English unit statements whose parts are set apart by a ticker, a place or a second possessor, which the shared
/// unit rules stop at: "X, an <Y> subsidiary", "X, a Y <YY> unit" (a bracketed parent); "Y's Hong Kong subsidiary X",
/// "Y's London-based unit X" (a place between the possessor and the unit noun); "X of Atlanta, the U.S. subsidiary
/// of Y" (a place in the apposition); "the X unit of Y's Z" (Z holds X, Y holds Z); "Y's <YY> Z" (a ticker between a
/// possessor and a company name).
struct EnglishPlacedUnitForms: Sendable {
    let view: SentenceView

    /// Unit nouns of one unit.
    private static let unitNouns: WordSet = ["unit", "subsidiary", "affiliate", "division"]
    /// What may follow the unit noun of "X, a Y unit": the end of the apposition.
    private static let appositionEnds: WordSet = ["", ".", ",", ";", ")", "that", "which"]
    /// Copulas of "X is a <Y> unit".
    private static let copulas: WordSet = ["is", "was", "became", "remains"]

    /// The holdings stated at the unit noun `trigger`.
    func stakes(atUnit trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        guard Self.unitNouns.contains(view.word(trigger)) else { return [] }
        var result: [StakeCandidate] = []
        if let found = bracketedParent(trigger, clause, context) { result.append(found) }
        if let found = possessorBeforePlace(trigger, clause, context) { result.append(found) }
        if let found = placedApposition(trigger, clause) { result.append(found) }
        result += unitOfPossessed(trigger, clause)
        return result
    }

    private func make(_ holder: EntityID, _ company: EntityID) -> StakeCandidate {
        StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }

    /// Whether the clause sells something before `index` (a unit sold is held only until the sale); "sales to X"
    /// is trade, not a sale of a company.
    private func sold(before index: Int, _ clause: Range<Int>) -> Bool {
        view.span(clause.lowerBound, index).contains { view.isA(.sell, $0) || view.isA(.salenoun, $0) && view.word($0) != "sales" }
    }

    /// The organisation whose name ends right before `end` (exclusive), reading "X <XX>" as X: its index.
    private func organisation(endingBefore end: Int) -> Int? {
        var name = end - 1
        if view.word(name) == ">" { name = view.nameBefore(closing: name) }
        guard name >= 0, name < view.items.count, view.items[name].isOrganisation, !view.isPossessive(name) else { return nil }
        return name
    }

    /// "X, an <Y> subsidiary, …", "X, a Y <YY> unit, …", "X is a <Y> unit": Y holds X.
    private func bracketedParent(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        let close = trigger - 1
        guard view.word(close) == ">", Self.appositionEnds.contains(view.word(trigger + 1)) else { return nil }
        let parent: Int
        let article: Int
        if view.word(close - 2) == "<", close >= 2, view.items[close - 1].isOrganisation {
            // "an <Y> subsidiary".
            parent = close - 1
            article = close - 3
        } else {
            // "a Y <YY> unit".
            parent = view.nameBefore(closing: close)
            guard parent < close - 1 else { return nil }
            article = parent - 1
        }
        guard parent >= 0, view.items[parent].isOrganisation, !view.isPossessive(parent), ["a", "an"].contains(view.word(article)),
            let holder = view.items[parent].entity, !sold(before: article, clause)
        else { return nil }
        var company: EntityID?
        if view.word(article - 1) == ",", let name = organisation(endingBefore: article - 1) {
            company = view.items[name].entity
        } else if Self.copulas.contains(view.word(article - 1)) {
            company = view.subject(of: article - 1, in: clause, context: context)
        }
        guard let company, company != holder else { return nil }
        return make(holder, company)
    }

    /// "Y's Hong Kong subsidiary X", "Y's London-based unit, X", "its U.S. subsidiary X": a place (and at most two
    /// plain words) between the possessor and the unit noun; the unit's name follows the noun.
    private func possessorBeforePlace(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        var next = trigger + 1
        if view.word(next) == "," { next += 1 }
        if view.word(next) == "<" { next += 1 }
        guard next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next), let company = view.items[next].entity else { return nil }
        var position = trigger - 1
        var places = 0
        while position > clause.lowerBound, trigger - position <= 4 {
            if view.items[position].hasMention {
                guard view.items[position].mention?.kind == .place else { break }
                places += 1
            } else if view.tokens[view.items[position].tokens.lowerBound].isPunctuation || ["its", "their"].contains(view.word(position)) || view.isA(.sell, position) {
                break
            }
            position -= 1
        }
        // Without a place the shared unit rule reads the phrase.
        guard places > 0, !sold(before: position, clause) else { return nil }
        let holder: EntityID?
        if ["its", "their"].contains(view.word(position)) {
            // "its" with its company named before it in the sentence; in "the X Division of its U.S. subsidiary" the
            // pronoun's company is not the division's subject.
            guard view.span(0, position).contains(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }), view.word(position - 1) != "of" else { return nil }
            holder = view.subject(of: position, in: clause, context: context)
        } else if view.items[position].isOrganisation, view.isPossessive(position) {
            holder = view.items[position].entity
        } else {
            holder = nil
        }
        guard let holder, holder != company else { return nil }
        return make(holder, company)
    }

    /// "X of Atlanta, the U.S. subsidiary of Y", "X, the Hong Kong unit of Y": a place in the apposition or after
    /// its head. In a clause that sells, only a buyer after "to" ("sold A to X of Atlanta, the U.S. unit of Y").
    private func placedApposition(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.word(trigger + 1) == "of", trigger + 2 < view.items.count, view.items[trigger + 2].isOrganisation, !view.isPossessive(trigger + 2),
            let holder = view.items[trigger + 2].entity
        else { return nil }
        // Back over places and plain words to the article that opens the apposition.
        var article = trigger - 1
        var places = 0
        while article > 0, trigger - article <= 4, !["a", "an", "the"].contains(view.word(article)) {
            if view.items[article].hasMention {
                guard view.items[article].mention?.kind == .place else { return nil }
                places += 1
            } else if view.tokens[view.items[article].tokens.lowerBound].isPunctuation {
                return nil
            }
            article -= 1
        }
        guard ["a", "an", "the"].contains(view.word(article)), view.word(article - 1) == "," else { return nil }
        // The head: "X, …" or "X of Place, …".
        var head = organisation(endingBefore: article - 1)
        if head == nil, article >= 4, view.items[article - 2].mention?.kind == .place, view.word(article - 3) == "of" {
            head = organisation(endingBefore: article - 3)
            places += 1
        }
        // Without a place the shared unit rule reads the phrase.
        guard places > 0, let head, let company = view.items[head].entity, company != holder else { return nil }
        if sold(before: head, clause) || sold(before: head, view.clause(of: head)) {
            guard view.word(head - 1) == "to" || view.word(head - 1) == "<" && view.word(head - 2) == "to" else { return nil }
        }
        return make(holder, company)
    }

    /// "the X unit of Y's Z": Z holds X and Y holds Z.
    private func unitOfPossessed(_ trigger: Int, _ clause: Range<Int>) -> [StakeCandidate] {
        let owner = trigger + 2
        var parent = owner + 1
        if view.word(parent) == "<" { parent += 1 }
        guard view.word(trigger + 1) == "of", parent < view.items.count, let name = organisation(endingBefore: trigger), view.word(name - 1) == "the",
            view.items[owner].isOrganisation, view.isPossessive(owner), view.items[parent].isOrganisation, !view.isPossessive(parent),
            let unit = view.items[name].entity, let group = view.items[owner].entity, let company = view.items[parent].entity,
            Set([unit, group, company]).count == 3, !sold(before: name, clause)
        else { return [] }
        return [make(company, unit), make(group, company)]
    }

    /// "Y's <YY> Z", "Y <YY>'s Z": a company named right after another's possessive with its ticker is the
    /// possessor's (not when Z qualifies a deal, a stake or an asset: "Y's <YY> Z bid", "Y's <YY> Z plant").
    func tickerPossessed(at open: Int, _ clause: Range<Int>) -> StakeCandidate? {
        let owner = open - 1
        guard owner >= clause.lowerBound, view.items[owner].isOrganisation, view.isPossessive(owner),
            let close = view.span(open + 1, min(clause.upperBound, open + 4)).first(where: { view.word($0) == ">" })
        else { return nil }
        // After "Y <YY>" the possessive mark follows the bracket.
        var next = close + 1
        if ["'s", "’s"].contains(view.word(next)) {
            next += 1
        } else if ["'", "’"].contains(view.word(next)), view.word(next + 1) == "s" {
            next += 2
        }
        guard next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next), !view.namesAssets(next),
            !view.isA(.takeovernoun, next + 1), !view.isA(.offernoun, next + 1), !view.isA(.stakenoun, next + 1),
            let holder = view.items[owner].entity, let company = view.items[next].entity, holder != company
        else { return nil }
        return make(holder, company)
    }
}
