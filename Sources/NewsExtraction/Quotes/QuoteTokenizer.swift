import NewsModel

/// Splits a ``Document`` into ``QuoteToken``s in one pass over its scalars.
///
/// Words are runs of letters and digits, with inner hyphens, apostrophes, and dots or commas
/// between digits ("Alibaba-Gründer", "37,6", "U.S."). Everything else that is not a space is
/// one punctuation token.
enum QuoteTokenizer {
    /// The quotation marks the rules know.
    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201E, 0x201C, 0x201D, 0x00BB, 0x00AB, 0x201A, 0x2018, 0x2019, 0x201F, 0x2039, 0x203A: true
        default: false
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// The tokens of a document, each with its sentence index.
    static func tokens(of document: Document) -> [QuoteToken] {
        let scalars = document.scalars
        let count = scalars.count
        var tokens: [QuoteToken] = []
        tokens.reserveCapacity(count / 5)
        var sentence = 0
        let sentences = document.sentences
        var index = 0
        while index < count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            // Between sentences (or before the first word of one), a token belongs to the next sentence.
            while sentence + 1 < sentences.count
                && (sentences[sentence + 1].range.start <= index || sentences[sentence].range.end <= index)
            {
                sentence += 1
            }
            if isWordScalar(scalar) {
                let start = index
                index += 1
                while index < count {
                    let next = scalars[index]
                    if isWordScalar(next) {
                        index += 1
                        continue
                    }
                    // Inner joiners: hyphen, apostrophe, a dot or comma between digits, "U.S."-style dots.
                    if index + 1 < count && isWordScalar(scalars[index + 1]) {
                        let previous = scalars[index - 1]
                        let following = scalars[index + 1]
                        let isDigitJoin =
                            (next == "." || next == ",") && ("0"..."9").contains(previous)
                            && ("0"..."9").contains(following)
                        let isHyphen = next == "-" || next == "\u{2011}"
                        let isApostrophe = next == "'" || next == "\u{2019}"
                        if isDigitJoin || isHyphen || (isApostrophe && following.properties.isLowercase) {
                            index += 2
                            continue
                        }
                    }
                    break
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<index])
                let text = String(view)
                tokens.append(
                    QuoteToken(
                        kind: .word, range: TextRange(start: start, end: index), lower: text.lowercased(),
                        isCapitalized: scalar.properties.isUppercase, first: scalar, sentence: sentence))
            } else {
                let kind: QuoteToken.Kind = isQuoteMark(scalar) ? .quoteMark : .punctuation
                tokens.append(
                    QuoteToken(
                        kind: kind, range: TextRange(start: index, end: index + 1), lower: String(scalar),
                        isCapitalized: false, first: scalar, sentence: sentence))
                index += 1
            }
        }
        return tokens
    }
}
