import NewsModel

/// Word wrapping by cell width, keeping the source offset of every character.
public enum TextWrapper {
    /// The text sanitised (`UntrustedText.sanitized`), each character paired with the scalar
    /// offset (plus `base`) it came from in the original text.
    public static func sanitizedWithOffsets(_ text: String, base: Int = 0) -> [(Character, Int)] {
        let original = Array(text.unicodeScalars)
        let clean = UntrustedText.sanitized(text)
        var scalarOffsets: [Int] = []
        scalarOffsets.reserveCapacity(original.count)
        var index = 0
        for scalar in clean.unicodeScalars {
            while index < original.count {
                let candidate = original[index]
                let matches =
                    candidate == scalar
                    || (scalar == " " && (candidate == "\t" || candidate == "\n" || candidate == "\r"))
                if matches { break }
                index += 1
            }
            scalarOffsets.append(base + min(index, max(0, original.count - 1)))
            index += 1
        }
        var result: [(Character, Int)] = []
        var position = 0
        for character in clean {
            result.append((character, position < scalarOffsets.count ? scalarOffsets[position] : base))
            position += character.unicodeScalars.count
        }
        return result
    }

    /// Wraps characters into lines of at most `width` cells, breaking at spaces where possible.
    public static func wrap(_ characters: [(Character, Int)], width: Int, kind: TextLine.Kind = .body) -> [TextLine] {
        guard width > 0 else { return [] }
        var lines: [TextLine] = []
        var current: [(Character, Int)] = []
        var currentWidth = 0
        var lastSpace: Int?

        func emit(_ chunk: ArraySlice<(Character, Int)>) {
            var trimmed = chunk
            while let last = trimmed.last, last.0 == " " { trimmed.removeLast() }
            lines.append(TextLine(characters: trimmed.map(\.0), offsets: trimmed.map(\.1), kind: kind))
        }

        for item in characters {
            let w = CharacterWidth.of(item.0)
            if w == 0 { continue }
            if current.isEmpty, item.0 == " " { continue }
            if currentWidth + w > width, !current.isEmpty {
                if let space = lastSpace, space > 0 {
                    emit(current[..<space])
                    current = Array(current[(space + 1)...])
                } else {
                    emit(current[...])
                    current = []
                }
                while let first = current.first, first.0 == " " { current.removeFirst() }
                currentWidth = current.reduce(0) { $0 + CharacterWidth.of($1.0) }
                lastSpace = current.lastIndex(where: { $0.0 == " " })
                if current.isEmpty, item.0 == " " { continue }
                if currentWidth + w > width, !current.isEmpty {
                    emit(current[...])
                    current = []
                    currentWidth = 0
                    lastSpace = nil
                }
            }
            if item.0 == " " { lastSpace = current.count }
            current.append(item)
            currentWidth += w
        }
        if !current.isEmpty { emit(current[...]) }
        return lines
    }

    /// Wraps plain text (no offsets) into strings of at most `width` cells.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let items = UntrustedText.sanitized(text).map { ($0, -1) }
        let wrapped = wrap(items, width: width)
        return wrapped.isEmpty ? [""] : wrapped.map(\.text)
    }

    /// The reader's lines for an article: title, a meta line, then each paragraph, with a blank
    /// line between paragraphs. Offsets point into ``NewsModel/Article/text``.
    public static func readerLines(for article: Article, width: Int) -> [TextLine] {
        guard width > 0 else { return [] }
        var lines = wrap(UntrustedText.sanitized(article.title).map { ($0, -1) }, width: width, kind: .title)
        let meta = [article.date.map { String($0.prefix(10)) }, article.source, article.language.rawValue]
            .compactMap { $0 }.joined(separator: " · ")
        lines += wrap(UntrustedText.sanitized(meta).map { ($0, -1) }, width: width, kind: .meta)
        var base = 0
        for paragraph in article.paragraphs {
            lines.append(TextLine(characters: [], offsets: [], kind: .blank))
            lines += wrap(sanitizedWithOffsets(paragraph, base: base), width: width)
            base += paragraph.unicodeScalars.count + 2
        }
        return lines
    }
}
