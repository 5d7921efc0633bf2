import NewsModel

extension EntityScanner {
    /// Legal forms written in lower case with dots or in several tokens, which the legal-form rule
    /// does not take: "Brelvo s.r.o.", "Tarvik a.s.", "Fiorvo s.p.a.", "Polmex sp. z o.o.",
    /// "Danvik A/S", "Halder Ges.m.b.H.", "Halder Handels m.b.H.". The capitalised name right
    /// before the form and the form make a company; a name already found there grows over it.
    mutating func findForeignLegalForms() {
        // The forms depend on the tokens alone: found first, in a non-mutating pass (a call from
        // this mutating loop per token would copy the scanner each time).
        let forms = foreignLegalFormEnds()
        guard !forms.isEmpty else { return }
        var next = 0
        let n = tokens.count
        var i = 1
        while i < n {
            defer { i += 1 }
            while next < forms.count && forms[next].start < i { next += 1 }
            guard next < forms.count else { break }
            i = forms[next].start
            let formEnd = forms[next].end
            guard !isShouting(i), sameSentence(i - 1, i),
                (i..<formEnd).allSatisfy({ isFree($0) })
            else { continue }
            let before = i - 1
            if owner[before] >= 0 {
                let index = owner[before]
                guard spans[index].end == i, spans[index].kind != .place, spans[index].kind != .person else { continue }
                spans[index].end = formEnd
                spans[index].nameEnd = tokens[formEnd - 1].range.end
                spans[index].kind = .company
                spans[index].canonical = nil
                for t in i..<formEnd { owner[t] = index }
                i = formEnd - 1
                continue
            }
            let start = nameStart(before: i, connectors: false)
            guard start < i, (start..<i).allSatisfy({ isFree($0) }),
                (start..<i).contains(where: { !EntityLexicons.isStopword(tokens[$0].lower) && !isRoleOrCue(tokens[$0].lower) })
            else { continue }
            add(span(start, formEnd, kind: .company, strength: 3))
            i = formEnd - 1
        }
    }

    /// The starts (from token 1 on) and ends of the tokens' foreign legal forms, in order.
    func foreignLegalFormEnds() -> [(start: Int, end: Int)] {
        var found: [(start: Int, end: Int)] = []
        for i in 1..<max(1, tokens.count) {
            if let end = foreignLegalFormEnd(at: i) { found.append((i, end)) }
        }
        return found
    }

    /// Lower-case legal forms written with dots, without the dots ("s.r.o." is "sro").
    static let dottedLegalForms: Set<String> = [
        "sro", "as", "spa", "sa", "srl", "sas", "doo", "dd", "kft", "bv", "nv", "mbh", "gmbh", "ks", "vos", "oy",
    ]

    /// The end of a foreign legal form starting at token `i`, or nil: one dotted lower-case token
    /// ("s.r.o."), or "sp. z o.o.", "spol. s r.o.", "A/S", "Ges.m.b.H." written without spaces.
    @inline(__always) func foreignLegalFormEnd(at i: Int) -> Int? {
        let n = tokens.count
        // A number ("1.5") is no form: its digits never spell one.
        guard tokens[i].isWord, !tokens[i].isNumber else { return nil }
        // Every form below has at most four scalars when capitalised ("Spol", "A", "Ges") and at
        // most eight otherwise ("s.r.o."); a token's lower case is never shorter than the token.
        let range = tokens[i].range
        if range.end - range.start > (tokens[i].isCapitalized ? 4 : 8) { return nil }
        // A lower-case token is "sp"/"spol" (its first scalar "s") or has a dot (read on the scalars).
        if !tokens[i].isCapitalized, document.scalars[range.start] != "s",
            !document.scalars[range.start..<range.end].contains(".")
        {
            return nil
        }
        // Every form below starts with "s"/"S", "A" or "G", or is not capitalised: the first scalar
        // (the text's first, read on the scalars) decides for most tokens before the token is copied.
        let firstScalar = document.scalars[range.start]
        let opensAForm = firstScalar == "s" || firstScalar == "S" || firstScalar == "A" || firstScalar == "G"
        if !opensAForm && tokens[i].isCapitalized { return nil }
        let token = tokens[i]
        let first = token.text.utf8.first ?? 0
        func joined(_ a: Int, _ b: Int) -> Bool { b < n && tokens[a].range.end == tokens[b].range.start }
        func spaced(_ a: Int, _ b: Int) -> Bool { b < n && tokens[a].range.end < tokens[b].range.start && sameSentence(a, b) }
        // "sp. z o.o.", "spol. s r.o."
        if first == UInt8(ascii: "s") || first == UInt8(ascii: "S"), token.lower == "sp" || token.lower == "spol", i + 3 < n, tokens[i + 1].text == ".", joined(i, i + 1),
            spaced(i + 1, i + 2), spaced(i + 2, i + 3), ["z", "s"].contains(tokens[i + 2].lower),
            ["o.o.", "r.o."].contains(tokens[i + 3].lower)
        {
            return i + 4
        }
        // "A/S"
        if token.text == "A", i + 2 < n, tokens[i + 1].text == "/", tokens[i + 2].text == "S", joined(i, i + 1),
            joined(i + 1, i + 2)
        {
            return i + 3
        }
        // "Ges.m.b.H."
        if token.text == "Ges", i + 2 < n, tokens[i + 1].text == ".", joined(i, i + 1), joined(i + 1, i + 2),
            tokens[i + 2].lower == "m.b.h."
        {
            return i + 3
        }
        // "s.r.o.", "a.s.", "s.p.a.", "m.b.H.": a lower-case first letter and dots.
        guard !token.isCapitalized, token.lower.utf8.contains(0x2E), token.lower.utf8.count <= 8 else { return nil }
        let bare = String(token.lower.filter { $0 != "." })
        guard Self.dottedLegalForms.contains(bare) else { return nil }
        return i + 1
    }
}
