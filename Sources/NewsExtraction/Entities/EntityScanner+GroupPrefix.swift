import NewsModel

extension EntityScanner {
    /// Romance and Slavic words for "group" that open a company name: "Grupo Velarca",
    /// "Groupe Tarnelle", "Gruppo Ostrani", "Grupa Lendor".
    static let groupPrefixes: Set<String> = ["Grupo", "Groupe", "Gruppo", "Grupa"]

    /// Names opened by a group word ("Grupo Velarca", "Groupe XYZ"): the group word and up to
    /// three following capitalised or all-capital words of the same sentence are one company.
    mutating func findGroupPrefixedNames() {
        let n = tokens.count
        // The flag and first-byte tests spare hashing every word of the article (a first "G" is capitalised).
        for i in 0..<n where tokens[i].isCapitalized && tokens[i].text.utf8.first == UInt8(ascii: "G") && tokens[i].isWord && isFree(i)
            && Self.groupPrefixes.contains(tokens[i].text)
        {
            var end = i + 1
            while end < n, end - i <= 3, tokens[end].sentence == tokens[i].sentence, isFree(end),
                isNameShaped(end) || tokens[end].isAllCaps,
                !EntityLexicons.isStopword(tokens[end].lower)
            {
                end += 1
            }
            guard end > i + 1 else { continue }
            add(span(i, end, kind: .company, strength: 2))
        }
    }
}
