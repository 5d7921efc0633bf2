import NewsModel

extension EntityScanner {
    /// Endings of a plural company head after a town's adjective ("Stadtwerke", "Verkehrsbetrieben", "Bergbahnen").
    static let townWorksHeads: [String] = ["werke", "werken", "betriebe", "betrieben", "bahnen"]

    /// "Die Felsberger Wasserwerke gehören zu 51 Prozent der Y", "49 Prozent an den Grazer Stadtwerken": a
    /// capitalised adjective in "-er" (a town's, known or not) and a plural compound whose head is a works or an
    /// operator is one company's name when it fills a party slot of an ownership or deal phrase. Without the
    /// slot the pair is left to the other rules ("Hamburger Betriebe klagen").
    mutating func findGermanTownWorksNames() {
        let n = tokens.count
        var i = 0
        while i + 1 < n {
            defer { i += 1 }
            let token = tokens[i]
            guard token.isWord, token.isCapitalized, !token.isAllCaps, !token.flags.contains(.hyphenated), token.text.utf8.count >= 5,
                token.lower.hasSuffix("er"), sameSentence(i, i + 1)
            else { continue }
            let head = tokens[i + 1]
            guard head.isWord, head.isCapitalized, !head.isAllCaps, !head.flags.contains(.hyphenated), isFree(i + 1) else { continue }
            let lower = head.lower
            // A compound: "Wasserwerke", not "Werke" or "Betriebe" alone.
            guard let ending = Self.townWorksHeads.first(where: { lower.hasSuffix($0) }), lower.utf8.count >= ending.utf8.count + 3 else { continue }
            // The adjective is free or a place of its own ("Grazer" read as the town).
            if !isFree(i) {
                guard owner[i] >= 0, spans[owner[i]].kind == .place, spans[owner[i]].start == i, spans[owner[i]].end == i + 1 else { continue }
            }
            guard isOwnershipSlot(i) || isOwnershipSlot(i + 1) else { continue }
            if owner[i] >= 0 {
                spans[owner[i]].strength = -1
                owner[i] = -1
            }
            add(span(i, i + 2, kind: .company, strength: 1))
            i += 1
        }
    }
}
