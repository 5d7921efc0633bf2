import BrowserCore
import NewsModel
import TestSupport
import Testing

@Suite struct TextWrapperTests {
    @Test func sanitisingKeepsSourceOffsets() {
        let pairs = TextWrapper.sanitizedWithOffsets("a\u{1B}[31mb\tc", base: 10)
        #expect(pairs.map(\.0) == ["a", "b", " ", "c"])
        #expect(pairs.map(\.1) == [10, 16, 17, 18])
    }

    @Test func wrapsAtSpacesAndBreaksLongWords() {
        #expect(TextWrapper.wrap("Hello world foo", width: 5) == ["Hello", "world", "foo"])
        #expect(TextWrapper.wrap("Donaudampfschiff", width: 6) == ["Donaud", "ampfsc", "hiff"])
        #expect(TextWrapper.wrap("東京 東京東京", width: 4) == ["東京", "東京", "東京"])
        #expect(TextWrapper.wrap("", width: 4) == [""])
    }

    @Test func readerLinesPointIntoTheArticleText() throws {
        let (article, facts) = BrowserFixtures.seed()
        let lines = TextWrapper.readerLines(for: article, width: 60)
        #expect(lines.allSatisfy { CharacterWidth.width(of: $0.text) <= 60 })
        let text = Array(article.text.unicodeScalars)
        for mention in facts.mentions {
            let line = try #require(lines.first { $0.offsets.contains(mention.range.start) })
            let index = try #require(line.offsets.firstIndex(of: mention.range.start))
            #expect(line.characters[index] == Character(text[mention.range.start]))
        }
    }
}
