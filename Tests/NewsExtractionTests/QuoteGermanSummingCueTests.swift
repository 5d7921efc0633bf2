import NewsExtraction
import NewsModel
import Testing

/// "…, bilanziert X", "…, ärgert sich X", "X richtete dem Minister aus, …": German verbs of summing
/// up, complaining and passing on a message are cues. Invented names throughout.
@Suite struct QuoteGermanSummingCueTests {
    static func quotes(_ text: String) -> [Quote] {
        let article = Article(id: "probe", title: "Probe", paragraphs: ["Probe", text], language: .german)
        return RuleBasedExtractor().extract(from: article).quotes
    }

    static func speaker(_ text: String, of content: String) -> String? {
        quotes(text).first { $0.text.hasPrefix(content) }?.speaker?.name
    }

    @Test func summingUpAfterTheContentIsACue() {
        for verb in ["bilanziert", "resümiert", "ärgert sich", "schildert", "unterstreicht"] {
            let text = "Die Velmar AG legte am Montag Zahlen vor. Das Projekt ist gescheitert, \(verb) Thomas Falkensteg."
            #expect(Self.speaker(text, of: "Das Projekt ist gescheitert") == "Thomas Falkensteg", "\(verb): \(Self.quotes(text))")
        }
    }

    @Test func aMessagePassedOnIsReportedSpeech() {
        let text = "Thomas Falkensteg richtete dem Minister aus, man sehe sich vor Gericht wieder."
        #expect(Self.speaker(text, of: "man sehe sich vor Gericht") == "Thomas Falkensteg", "\(Self.quotes(text))")
    }

    @Test func aLawsuitWithoutAClauseIsNoQuote() {
        let text = "Die Velmar AG klagt gegen den Bescheid der Behörde. Thomas Falkensteg mahnt zur Eile."
        #expect(Self.quotes(text).isEmpty, "\(Self.quotes(text))")
    }
}
