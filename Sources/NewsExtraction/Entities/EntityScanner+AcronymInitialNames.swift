extension EntityScanner {
    /// "Tamsin Bank International (TBI)", "Vorlander Landesbank Tirol (VLT)", "Vorlander Bank Tirol (VBT)": a company
    /// or organisation found in part right before a bracketed acronym of three to six capitals grows over the words
    /// whose initials the acronym spells: free name words, and a place, whose own span is dropped. The acronym is
    /// then an alias of the whole name (the alias step). Function words ("der", "of") may stand between the words. A
    /// gazetteer name keeps its extent.
    mutating func extendNamesOverAcronymInitials() {
        let n = tokens.count
        var open = 2
        while open + 2 < n {
            defer { open += 1 }
            // Cheap checks first: "(", an all-caps word, ")".
            guard tokens[open + 1].isAllCaps, tokens[open].isPunctuation, tokens[open].text == "(", tokens[open + 2].text == ")",
                sameSentence(open - 1, open + 2)
            else { continue }
            let capitals = Array(tokens[open + 1].text.unicodeScalars)
            guard capitals.count >= 3, capitals.count <= 6, capitals.allSatisfy({ ScalarClass.isUpper($0) }) else { continue }
            guard let window = initialsWindow(before: open, capitals: capitals) else { continue }
            let company = window.company
            spans[company].start = window.start
            spans[company].end = open
            spans[company].nameStart = tokens[window.start].range.start
            spans[company].nameEnd = tokens[open - 1].range.end
            for place in window.places { spans[place].strength = -1 }
            for token in window.start..<open { owner[token] = company }
        }
    }

    /// The words before the bracket at `open` whose initials are `capitals`, walked back from the last: the start,
    /// the one company or organisation span inside them and the one-word place spans to drop. Nil unless the
    /// window holds one such span and at least one word beyond it.
    private func initialsWindow(before open: Int, capitals: [Unicode.Scalar]) -> (start: Int, company: Int, places: [Int])? {
        var k = capitals.count - 1
        var j = open - 1
        var company: Int?
        var places: [Int] = []
        var outside = 0
        while j >= 0, sameSentence(j, open - 1) {
            let token = tokens[j]
            let matches = token.isWord && token.isCapitalized && !token.isAllCaps
                && token.lower.unicodeScalars.first == Character(capitals[k]).lowercased().unicodeScalars.first
            if !matches {
                guard j < open - 1, isFree(j), Self.acronymFillers.contains(token.lower) else { return nil }
                j -= 1
                continue
            }
            let span = owner[j]
            if span < 0 {
                guard isNameShaped(j), !EntityLexicons.isStopword(token.lower) else { return nil }
                outside += 1
            } else if spans[span].kind == .place, spans[span].start == j, spans[span].end == j + 1 {
                places.append(span)
                outside += 1
            } else if spans[span].kind == .company || spans[span].kind == .organization, company == nil || company == span,
                // A known name keeps its own extent ("Fiat Chrysler Automobiles (FCA)" stays the gazetteer's Fiat).
                spans[span].canonical == nil
            {
                company = span
            } else {
                return nil
            }
            if k == 0 { break }
            k -= 1
            j -= 1
        }
        guard k == 0, j >= 0, let company, outside > 0, spans[company].start >= j, spans[company].end <= open else { return nil }
        return (j, company, places)
    }
}
