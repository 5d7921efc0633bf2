import NewsEvaluation
import NewsModel
import Testing

@Suite struct WikinewsQuoteScorerTests {
    let scorer = WikinewsQuoteScorer()
    let text = "Der Staatsanwalt sagte: „Wir klagen den Mann morgen an.“ Er sagte, das sei gut so."

    /// The scalar range of the first occurrence of `s` in the text.
    func span(_ s: String) -> TextRange {
        let length = s.unicodeScalars.count
        let offset = (0...text.unicodeScalars.count - length).first {
            text.substring(in: TextRange(start: $0, end: $0 + length)) == s
        }!
        return TextRange(start: offset, end: offset + length)
    }

    func annotation(_ type: String, _ speaker: String, _ quote: String, speakerText: String? = nil) -> WikinewsAnnotation {
        let q = span(quote)
        let s = speakerText.map(span)
        return WikinewsAnnotation(
            articleID: "a", split: "test", type: type, speaker: speaker, quote: quote, quoteSpans: [[q.start, q.end]],
            speakerSpans: s.map { [[$0.start, $0.end]] } ?? [])
    }

    var gold: [WikinewsAnnotation] {
        [
            annotation("Direct", "Der Staatsanwalt", "Wir klagen den Mann morgen an.", speakerText: "Der Staatsanwalt"),
            annotation("Indirect", "Er", "das sei gut so", speakerText: "Er sagte"),
        ]
    }

    @Test func detectsAndAttributesByRole() {
        let predicted = [
            SpanQuote(direct: true, range: span("Wir klagen den Mann morgen an."), speakerDescriptions: ["Staatsanwalt"]),
            SpanQuote(direct: false, range: span("das sei gut so"), speakerDescriptions: ["der Staatsanwalt"]),
        ]
        let result = scorer.score(text: text, annotations: gold, predicted: predicted)
        #expect(result.directDetection == Counts(truePositives: 1))
        #expect(result.directAttribution == Counts(truePositives: 1))
        #expect(result.reportedDetection == Counts(truePositives: 1))
        #expect(result.reportedAttribution == Counts(truePositives: 1))
    }

    @Test func aNameDoesNotMatchADescription() {
        let predicted = [SpanQuote(direct: true, range: span("Wir klagen den Mann morgen an."), speakerNames: ["Hans Meier"])]
        let result = scorer.score(text: text, annotations: gold, predicted: predicted)
        #expect(result.directDetection == Counts(truePositives: 1))
        #expect(result.directAttribution == Counts(falsePositives: 1, falseNegatives: 1))
    }

    @Test func listsMissedSpuriousAndMisattributedQuotes() {
        let predicted = [
            SpanQuote(direct: true, range: span("Wir klagen den Mann morgen an."), speakerNames: ["Hans Meier"]),
            SpanQuote(direct: false, range: span("Der Staatsanwalt sagte")),
        ]
        let result = scorer.score(text: text, annotations: gold, predicted: predicted)
        #expect(result.misattributed.map(\.gold.speaker) == ["Der Staatsanwalt"])
        #expect(result.missed.map(\.type) == ["Indirect"])
        #expect(result.spurious.map(\.range) == [span("Der Staatsanwalt sagte")])
    }

    @Test func wrongDirectFlagOrTooLittleTextIsNoMatch() {
        let predicted = [
            SpanQuote(direct: false, range: span("Wir klagen den Mann morgen an.")),
            SpanQuote(direct: true, range: span("Wir klagen")),
        ]
        let result = scorer.score(text: text, annotations: gold, predicted: predicted)
        #expect(result.directDetection == Counts(falsePositives: 1, falseNegatives: 1))
        #expect(result.reportedDetection == Counts(falsePositives: 1, falseNegatives: 1))
    }

    @Test func aSpanMuchLongerThanTheQuoteIsNoMatch() {
        let predicted = [SpanQuote(direct: false, range: TextRange(start: 0, end: text.unicodeScalars.count))]
        #expect(scorer.score(text: text, annotations: gold, predicted: predicted).reportedDetection.truePositives == 0)
    }

    @Test func speakerlessAnnotationsAreOptional() {
        let annotations = [annotation("Direct", "", "Wir klagen den Mann morgen an.")]
        let predicted = [SpanQuote(direct: true, range: span("Wir klagen den Mann morgen an."))]
        #expect(scorer.score(text: text, annotations: annotations, predicted: predicted).directDetection == Counts())
    }

    @Test func pronounSpeakersResolveToTheLastNamedSpeaker() {
        let annotations = [
            annotation("Direct", "Innenminister Heribert Rech (CDU)", "Wir klagen den Mann morgen an.", speakerText: "Der Staatsanwalt"),
            annotation("Indirect", "Er", "das sei gut so", speakerText: "Er sagte"),
        ]
        let right = [SpanQuote(direct: false, range: span("das sei gut so"), speakerNames: ["Heribert Rech", "Rech"])]
        let wrong = [SpanQuote(direct: false, range: span("das sei gut so"), speakerNames: ["Erwin Teufel"])]
        #expect(scorer.score(text: text, annotations: annotations, predicted: right).reportedAttribution == Counts(truePositives: 1))
        #expect(scorer.score(text: text, annotations: annotations, predicted: wrong).reportedAttribution.truePositives == 0)
    }

    @Test func contentWordsDropFunctionWords() {
        #expect(WikinewsQuoteScorer.contentWords("Der Staatsanwalt") == ["staatsanwalt"])
        #expect(WikinewsQuoteScorer.contentWords("Er").isEmpty)
    }
}
