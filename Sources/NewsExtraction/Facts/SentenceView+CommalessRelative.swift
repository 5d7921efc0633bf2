import NewsModel

extension SentenceView {
    /// Verbs of holding right after "which": "which owns", "which holds", "which is (70 pct) owned by".
    private static let relativeHoldingVerbs: WordSet = ["owns", "holds", "controls", "has", "is", "was"]

    /// "<Brixa Holding> which owns 37.5 pct of X", "Brixa Corp which is 50 pct owned by Y": a "which" right after
    /// an organisation's name (or the bracket that closes it), with no comma between, makes that organisation
    /// the subject of a holding verb after it ("which is" only before "owned", "held" or "controlled" in the
    /// next four words). English only; the name must be no genitive ("X's unit which …").
    func commalessRelativeAntecedent(_ index: Int) -> EntityID? {
        guard language == .english, items[index].lower == "which", !items[index].hasMention, index >= 1,
            Self.relativeHoldingVerbs.contains(word(index + 1))
        else { return nil }
        if word(index + 1) == "is" || word(index + 1) == "was" {
            guard span(index + 2, min(items.count, index + 6)).contains(where: { ["owned", "held", "controlled"].contains(word($0)) }) else { return nil }
        }
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
