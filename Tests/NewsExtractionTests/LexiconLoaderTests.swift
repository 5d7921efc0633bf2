import NewsResources
import Testing

/// The byte-level lexicon line reader: comments, blank lines, trimming, line ends, non-ASCII text.
@Suite struct LexiconLoaderTests {
    private func lines(_ text: String, lowercased: Bool = false) -> [String] {
        var text = text
        return text.withUTF8 { NewsResources.lexiconLines($0, lowercased: lowercased) }
    }

    @Test func dropsCommentsAndBlankLinesAndTrimsSpacesAndTabs() {
        let text = "# header\n\n  Jörn Übelacker \t\n\t# indented comment\nfoo#bar\n   \n\tLast"
        #expect(lines(text) == ["Jörn Übelacker", "foo#bar", "Last"])
    }

    @Test func splitsOnCarriageReturnsAndOtherLineBreaks() {
        #expect(lines("eins\r\nzwei\rdrei\u{0B}vier\u{0C}fünf\r\n") == ["eins", "zwei", "drei", "vier", "fünf"])
    }

    @Test func keepsNonASCIIWhitespaceAndTextExactly() {
        // A no-break space is content, not trimmed; combining marks stay as written.
        #expect(lines("\u{00A0}Straße\u{00A0}\nCafe\u{0301}\n") == ["\u{00A0}Straße\u{00A0}", "Cafe\u{0301}"])
    }

    @Test func lowerCasesASCIIAndNonASCIILinesLikeString() {
        let text = "ÄRZTEKAMMER\nZebra-Werk GmbH\n# KEEP\nÖl"
        #expect(lines(text, lowercased: true) == ["ÄRZTEKAMMER", "Zebra-Werk GmbH", "Öl"].map { $0.lowercased() })
        #expect(lines(text, lowercased: true) == ["ärztekammer", "zebra-werk gmbh", "öl"])
    }

    @Test func lowerCasesLatin1LettersBytewiseExactlyLikeString() {
        let words = ["ÀÉÎÕÜÞ×ß", "MÜLLER-LÜDENSCHEID", "Ωmega ÄRGER", "İstanbul", "A\u{0301}BC"]
        #expect(lines(words.joined(separator: "\n"), lowercased: true) == words.map { $0.lowercased() })
        #expect(lines("ÀÉÎÕÜÞ×ß", lowercased: true) == ["àéîõüþ×ß"])
    }

    @Test func emptyTextHasNoLines() {
        #expect(lines("").isEmpty)
        #expect(lines("\n\n# only comments\n").isEmpty)
    }
}
