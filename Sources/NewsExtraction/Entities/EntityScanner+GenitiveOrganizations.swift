import NewsModel

extension EntityScanner {
    /// "des Landgerichts Talburg" is the genitive of "Landgericht Talburg": one organisation. A
    /// German name of two or more words whose first word ends in "s" or "es" joins the group of
    /// the name without that ending, when the article names it too.
    mutating func mergeGenitiveOrganizations() {
        guard german else { return }
        var keys = Set<String>()
        var candidates: [Int] = []
        for (index, span) in spans.enumerated() where span.kind != .person && span.kind != .place {
            keys.insert(span.key)
            if span.end - span.start >= 2, span.canonical == nil, tokens[span.start].text.utf8.last == 0x73 {
                candidates.append(index)
            }
        }
        for index in candidates {
            let first = tokens[spans[index].start].text
            let rest = name(of: spans[index]).unicodeScalars.dropFirst(first.unicodeScalars.count)
            for cut in 1...2 where first.count > cut + 3 {
                let key = "org:" + NameKey.of(String(first.dropLast(cut)) + String(String.UnicodeScalarView(rest)))
                if key != spans[index].key, keys.contains(key) {
                    spans[index].key = key
                    spans[index].derived = true
                    break
                }
            }
        }
    }
}
