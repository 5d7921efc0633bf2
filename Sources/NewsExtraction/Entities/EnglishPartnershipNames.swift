import NewsModel

/// English names without a legal form that their shape still marks: partners' names with their
/// acronym in brackets ("Sainsway and Norwell (S&N)", the acronym then an alias) and one name word
/// before "International" ("Transfield International").
extension EntityScanner {
    /// "Sainsway and Norwell (S&N)", "Brisco, Lane and Hart (BLH)": name words joined by "and" or "&"
    /// right before a bracketed acronym made of their initials are one company; the acronym is a
    /// name of it. English only; every word must be free.
    /// Returns the closing bracket's token when a name was found, so that the scan goes on after it.
    mutating func partnershipAcronym(open: Int) -> Int? {
        let n = tokens.count
        guard open >= 2, open < n - 2, tokens[open].text == "(", isFree(open - 1), isNameShaped(open - 1) else { return nil }
        // The acronym: capitals, "&" and full stops, at most five tokens, then ")".
        var close = open + 1
        var capitals: [Unicode.Scalar] = []
        while close < n, close - open <= 5, tokens[close].text != ")" {
            let text = tokens[close].text
            if text == "&" || text == "." {
                close += 1
                continue
            }
            guard tokens[close].isWord, isFree(close), text.unicodeScalars.allSatisfy({ ScalarClass.isUpper($0) || $0 == "." }) else { break }
            capitals += text.unicodeScalars.filter { ScalarClass.isUpper($0) }
            close += 1
        }
        guard close < n, tokens[close].text == ")", capitals.count >= 2, capitals.count <= 5, sameSentence(open - 1, close) else { return nil }
        // Walk back over one name word per capital, from the last; "and", "&" and commas may join them.
        var k = capitals.count - 1
        var j = open - 1
        var start = -1
        var joined = false
        while j >= 0, sameSentence(j, open), isFree(j) {
            let token = tokens[j]
            if isNameShaped(j), !token.isAllCaps, token.lower.unicodeScalars.first == Character(capitals[k]).lowercased().unicodeScalars.first {
                if k == 0 {
                    start = j
                    break
                }
                k -= 1
            } else if j < open - 1, token.lower == "and" || token.text == "&" || token.text == "," {
                joined = joined || token.text != ","
            } else {
                break
            }
            j -= 1
        }
        guard start >= 0, joined, !isSentenceInitial(start) || !isOrdinary(tokens[start].text, lower: tokens[start].lower),
            let index = add(span(start, open, kind: .company, strength: 2))
        else { return nil }
        // The acronym names the same company.
        var mention = span(open + 1, close, kind: .company, strength: 2)
        mention.key = groupKey(spans[index])
        spans[index].key = mention.key
        add(mention)
        return close
    }

    /// "Transfield International" (token `i` is "International"): one free name word (not ordinary, a place, a given name or a
    /// demonym) right before a capitalised "International" that no further name word follows
    /// ("Heathrow International Airport", "International Monetary Fund" are left alone).
    mutating func internationalName(at i: Int) {
        let n = tokens.count
        guard i >= 1, tokens[i].text == "International", isFree(i), isFree(i - 1),
            sameSentence(i - 1, i), isNameShaped(i - 1), !tokens[i - 1].isAllCaps, !isShouting(i)
        else { return }
        let word = tokens[i - 1].text
        guard !isOrdinary(word, lower: tokens[i - 1].lower), !isPlace(word), !EntityLexicons.firstNames.contains(word),
            !EntityLexicons.demonyms.contains(word), !tokens[i - 1].flags.contains(.possessive), !isRoleOrCue(tokens[i - 1].lower)
        else { return }
        if i + 1 < n, sameSentence(i, i + 1), isNameShaped(i + 1) || isLegalForm(i + 1) { return }
        if i >= 2, sameSentence(i - 2, i), isNameShaped(i - 2), !isSentenceInitial(i - 1) { return }
        add(span(i - 1, i + 1, kind: .company, strength: 2))
    }

    /// One pass over the tokens of an English text for the names these shapes mark: unit names
    /// (``unitName(at:)``), partners with their acronym (``partnershipAcronym(open:)``) and names
    /// before "International" (``internationalName(at:)``). Only the token's flags and length are read
    /// first ("unit" 4, "division" 8, "affiliate" 9, "subsidiary" 10, "International" 13 scalars, an
    /// opening bracket), then its first byte, so that most tokens cost a few comparisons.
    mutating func findEnglishShapedNames() {
        guard !german else { return }
        let n = tokens.count
        var i = 1
        while i < n {
            let flags = tokens[i].flags
            if flags.contains(.punctuation) {
                if tokens[i].text.utf8.first == UInt8(ascii: "("), let close = partnershipAcronym(open: i) { i = close }
            } else if flags.contains(.word) {
                let length = tokens[i].range.end - tokens[i].range.start
                if length == 4 || (length >= 8 && length <= 10) {
                    let expected: UInt8 = length == 4 ? 0x75 : length == 8 ? 0x64 : length == 9 ? 0x61 : 0x73
                    if let byte = tokens[i].text.utf8.first, byte | 0x20 == expected { unitName(at: i) }
                } else if length == 13, flags.contains(.capitalized), tokens[i].text.utf8.first == UInt8(ascii: "I") {
                    internationalName(at: i)
                }
            }
            i += 1
        }
    }
}
