import NewsModel

extension SentenceView {
    /// "<Brixa Holding> which owns 37.5 pct of X", "Brixa Corp which holds X": a "which" right after an
    /// organisation's name (or the bracket that closes it), with no comma between, makes that organisation
    /// the subject of the relative clause. English only; the name must be no genitive ("X's unit which …").
    func commalessRelativeAntecedent(_ index: Int) -> EntityID? {
        guard language == .english, items[index].lower == "which", !items[index].hasMention, index >= 1 else { return nil }
        var name = index - 1
        if word(name) == ">" || word(name) == ")" {
            name -= 1
            // "Brixa Corp <BRX.N> which …": a ticker (plain words after folding) in the brackets; the name stands before them.
            if name >= 1, !items[name].hasMention, let open = span(max(0, name - 4), name + 1).last(where: { word($0) == "<" || word($0) == "(" }) {
                name = open - 1
            }
        }
        guard name >= 0, items[name].hasMention, items[name].isOrganisation, !isPossessive(name) else { return nil }
        return items[name].entity
    }
}
