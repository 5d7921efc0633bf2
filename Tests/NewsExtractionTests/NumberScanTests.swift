import Testing

@testable import NewsExtraction

@Suite("NumberScan byte shortcuts")
struct NumberScanTests {
    @Test("plain ASCII numbers follow the language's thousands and decimal marks")
    func plainNumbers() {
        #expect(NumberScan.plainNumber("3.000", german: true) == .some(3000))
        #expect(NumberScan.plainNumber("3.000", german: false) == .some(3.0))
        #expect(NumberScan.plainNumber("37,6", german: true) == .some(37.6))
        #expect(NumberScan.plainNumber("1,234", german: false) == .some(1234))
        #expect(NumberScan.plainNumber("1.234.567", german: false) == .some(1_234_567))
        #expect(NumberScan.plainNumber("1.234,5", german: true) == .some(1234.5))
        #expect(NumberScan.plainNumber("12", german: false) == .some(12))
    }

    @Test("non-ASCII text is left to the Character code")
    func nonASCII() {
        #expect(NumberScan.plainNumber("٣٤", german: false) == .none)
        #expect(NumberScan.firstLetter(in: "3,5mrd") == "3,5mrd".firstIndex(of: "m"))
        #expect(NumberScan.firstLetter(in: "12µm") == "12µm".firstIndex(where: { $0.isLetter }))
    }

    @Test("the first letter of an ASCII token and the percent stem")
    func lettersAndStem() {
        let text = "3.3bn"
        #expect(NumberScan.firstLetter(in: text).map { String(text[$0...]) } == "bn")
        #expect(NumberScan.firstLetter(in: "1987") == nil)
        #expect(NumberScan.mayContainPercentStem("fünfzigprozentigen"))
        #expect(!NumberScan.mayContainPercentStem("fünfzigprozent"))
        #expect(!NumberScan.mayContainPercentStem("x"))
    }

    @Test("the reader gives the same quantities through the shortcuts")
    func readerAgrees() throws {
        let reader = NumberReader(lexicon: FactLexicon.shared, language: .german)
        #expect(reader.parse("2,5")?.value == 2.5)
        #expect(reader.parse("11-5/8")?.value == 11.625)
        #expect(reader.parse("3-4") == nil)
    }
}
