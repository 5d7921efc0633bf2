import NewsModel
import Testing

@Suite struct UntrustedTextTests {
    @Test func removesEscapeSequencesAndControls() {
        #expect(UntrustedText.sanitized("a\u{1B}]0;evil title\u{07}b") == "ab")
        #expect(UntrustedText.sanitized("\u{1B}[2J\u{1B}[1;1Hhi") == "hi")
        #expect(UntrustedText.sanitized("x\u{1B}]52;c;ZXZpbA==\u{1B}\\y") == "xy")
        #expect(UntrustedText.sanitized("tab\there\u{0}\u{7F}") == "tab here")
        #expect(UntrustedText.sanitized("\u{9B}31mred") == "red")
    }

    @Test func keepsPrintableText() {
        #expect(UntrustedText.sanitized("„Übersee“ – 東京 ✓") == "„Übersee“ – 東京 ✓")
    }
}
