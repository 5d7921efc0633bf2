import NewsModel

extension EntityScanner {
    /// "Rolls Royce" … "RR", "Kestrel Varo Holding" … "KVH": an acronym in capitals that the article uses
    /// without brackets becomes a name of the one company or organisation of the article whose capitalised
    /// name words (legal forms left out) it spells. An acronym spelled by two names, or already a known
    /// name, is left alone. German text only.
    mutating func linkInitialsAcronyms(_ byKey: [String: String]) {
        // English text writes initials for products and new firms named after others ("MD-11", "PC Acquisition
        // Inc" next to "Purolator Courier"): German text only.
        guard german else { return }
        // The acronyms the text holds: free words in capitals of two to four letters.
        var acronyms = Set<String>()
        for i in tokens.indices where tokens[i].isAllCaps && isFree(i) && tokens[i].isWord && !isShouting(i) {
            let count = tokens[i].text.unicodeScalars.count
            if count >= 2, count <= 4, !tokens[i].hasDigit { acronyms.insert(tokens[i].text) }
        }
        guard !acronyms.isEmpty else { return }
        var groups: [String: String] = [:]
        var ambiguous = Set<String>()
        for index in spans.indices where spans[index].kind == .company || spans[index].kind == .organization {
            guard let initials = initials(of: spans[index]), acronyms.contains(initials) else { continue }
            if let group = groups[initials], group != spans[index].key { ambiguous.insert(initials) }
            groups[initials] = spans[index].key
        }
        for (initials, _) in groups where ambiguous.contains(initials) || byKey[NameKey.of(initials)] != nil { groups[initials] = nil }
        guard !groups.isEmpty else { return }
        // Only the acronym as written ("RR"), not a word with its key ("It" for "IT").
        for i in tokens.indices where tokens[i].isAllCaps && isFree(i) && tokens[i].isWord && !isShouting(i) {
            guard let group = groups[tokens[i].text], standsAlone(i) else { continue }
            var mention = span(i, i + 1, kind: kindOf(group), strength: 2)
            mention.key = group
            add(mention)
        }
    }

    /// Whether the acronym at `i` is a name on its own: no hyphen or further name word after it ("BA-Chef",
    /// "AM General").
    private func standsAlone(_ i: Int) -> Bool {
        let next = i + 1
        guard next < tokens.count, sameSentence(i, next) else { return true }
        if tokens[next].text == "-" || tokens[next].flags.contains(.attached) { return false }
        return !(tokens[next].isCapitalized && tokens[next].isWord && !isKnownWord(next))
    }

    /// The initials of a name of two to four capitalised words or hyphen parts (legal forms left out), or nil.
    private func initials(of span: EntitySpan) -> String? {
        var letters = ""
        for t in span.start..<span.end where tokens[t].isWord {
            guard tokens[t].isCapitalized, !tokens[t].isAllCaps else { return nil }
            if isLegalForm(t) { continue }
            // "Rolls-Royce": each part of a hyphen compound, all capitalised.
            for part in tokens[t].text.split(separator: "-") {
                guard let first = part.unicodeScalars.first, first.properties.isUppercase else { return nil }
                letters.unicodeScalars.append(first)
            }
        }
        let count = letters.unicodeScalars.count
        return count >= 2 && count <= 4 ? letters : nil
    }
}
