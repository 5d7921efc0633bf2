import NewsModel

/// Scores predicted quotes against the Wikinews quotation annotations of one article.
///
/// Gold sets: direct = `Direct` annotations with a speaker; reported = `Indirect` and `Reported`
/// annotations with a speaker. Annotations without a speaker, and free indirect speech, are
/// optional: a prediction matching one is neither rewarded nor punished.
///
/// Detection: a prediction matches an annotation when the direct flag agrees, it covers at
/// least 60% of the words inside the annotation's quote spans, and it holds at most twice as
/// many words. One-to-one, maximum matching.
///
/// Attribution (detection + attribution): in addition the speaker must agree. The annotated
/// speaker text is reduced to its content words (articles, pronouns, prepositions and similar
/// function words dropped); the prediction is right when one of those words is a word of the
/// predicted speaker's name or aliases, or of its role or description. So "Innenminister Heribert
/// Rech (CDU)" is matched by a speaker "Heribert Rech" and "Der Staatsanwalt" only by a predicted
/// role or description containing "Staatsanwalt". A pronoun or anaphoric speaker ("Er",
/// "demnach") is first replaced by the nearest earlier annotated speaker of the same article
/// that is not one; when there is none, any named predicted speaker counts as right.
public struct WikinewsQuoteScorer: Sendable {
    /// Thresholds (the quote-coverage and length rules are the gold scorer's).
    public var rules: MatchingRules

    /// Creates a scorer with the guide's thresholds by default.
    public init(rules: MatchingRules = .guide) {
        self.rules = rules
    }

    /// Words that carry no identity of a speaker.
    public static let functionWords: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "er", "sie",
        "es", "ihr", "ihm", "ihn", "ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "seiner", "seinem", "seinen",
        "wir", "ich", "man", "uns", "von", "vom", "zum", "zur", "im", "in", "am", "an", "auf", "aus", "bei", "mit",
        "nach", "fur", "und", "oder", "sowie", "laut", "so", "demnach", "wonach", "dies", "diese", "dieser",
        "dieses", "jener", "jene", "welche", "welcher", "selbst", "auch", "the", "a", "an", "of", "he", "she", "it",
        "they", "we", "his", "her", "their",
    ]

    /// A quote found at the right place but given the wrong speaker.
    public struct Misattribution: Sendable, Hashable {
        /// The prediction.
        public var predicted: SpanQuote
        /// The annotation it found.
        public var gold: WikinewsAnnotation
    }

    /// Detection and attribution counts for direct and reported quotes.
    public struct Result: Sendable, Hashable {
        /// Direct quotes found.
        public var directDetection = Counts()
        /// Direct quotes found with the right speaker.
        public var directAttribution = Counts()
        /// Reported quotes found.
        public var reportedDetection = Counts()
        /// Reported quotes found with the right speaker.
        public var reportedAttribution = Counts()
        /// Required annotations no prediction found (detection level).
        public var missed: [WikinewsAnnotation] = []
        /// Predictions that matched no annotation (detection level).
        public var spurious: [SpanQuote] = []
        /// Found quotes whose predicted speaker does not agree, with the annotation they found.
        public var misattributed: [Misattribution] = []

        /// An empty result.
        public init() {}

        /// Sums results (micro-averaging).
        public static func + (lhs: Result, rhs: Result) -> Result {
            var sum = Result()
            sum.directDetection = lhs.directDetection + rhs.directDetection
            sum.directAttribution = lhs.directAttribution + rhs.directAttribution
            sum.reportedDetection = lhs.reportedDetection + rhs.reportedDetection
            sum.reportedAttribution = lhs.reportedAttribution + rhs.reportedAttribution
            sum.missed = lhs.missed + rhs.missed
            sum.spurious = lhs.spurious + rhs.spurious
            sum.misattributed = lhs.misattributed + rhs.misattributed
            return sum
        }
    }

    /// Scores one article: `annotations` are all annotations of that article.
    public func score(text: String, annotations: [WikinewsAnnotation], predicted: [SpanQuote]) -> Result {
        let words = WordSpans(text)
        let speakers = resolvedSpeakers(annotations)
        var result = Result()
        for direct in [true, false] {
            let predictions = predicted.filter { $0.direct == direct }
            var required: [(WikinewsAnnotation, [String]?)] = []
            var optional: [WikinewsAnnotation] = []
            for (index, annotation) in annotations.enumerated() where annotation.isDirect == direct {
                if annotation.hasSpeaker && (direct || annotation.isReported) {
                    required.append((annotation, speakers[index]))
                } else {
                    optional.append(annotation)
                }
            }
            let detection = count(predictions, required.map(\.0), optional, words: words) { _, _ in true }
            for (predictionIndex, goldIndex) in detection.pairs {
                if !speakerMatches(predictions[predictionIndex], goldWords: required[goldIndex].1) {
                    result.misattributed.append(
                        Misattribution(predicted: predictions[predictionIndex], gold: required[goldIndex].0))
                }
            }
            result.missed += detection.missed.map { required[$0].0 }
            result.spurious += detection.spurious.map { predictions[$0] }
            let attribution = count(predictions, required.map(\.0), optional, words: words) { prediction, gold in
                let index = required.firstIndex { $0.0 == gold }!
                return speakerMatches(prediction, goldWords: required[index].1)
            }
            if direct {
                result.directDetection = detection.counts
                result.directAttribution = attribution.counts
            } else {
                result.reportedDetection = detection.counts
                result.reportedAttribution = attribution.counts
            }
        }
        return result
    }

    /// Whether a prediction's span fits an annotation's spans (direct flag checked by the caller).
    public func spanMatches(_ prediction: SpanQuote, _ annotation: WikinewsAnnotation, words: WordSpans) -> Bool {
        let spans = annotation.quoteSpans.compactMap { $0.count == 2 ? TextRange(start: $0[0], end: $0[1]) : nil }
        let gold = words.words(inside: spans)
        let predictedWords = words.words(inside: [prediction.range])
        let goldSet = Set(gold)
        let held = predictedWords.filter { goldSet.contains($0) }.count
        guard !gold.isEmpty else { return prediction.range.overlaps(spans.first ?? TextRange(start: 0, end: 0)) }
        return Double(predictedWords.count) <= rules.maximumQuoteLengthRatio * Double(gold.count)
            && Double(held) / Double(gold.count) >= rules.minimumQuoteCoverage
    }

    /// Whether the predicted speaker agrees with the annotated speaker's content words; nil
    /// words mean an unresolvable pronoun (any named speaker agrees).
    public func speakerMatches(_ prediction: SpanQuote, goldWords: [String]?) -> Bool {
        guard let goldWords else { return !prediction.speakerNames.isEmpty }
        let predictedWords = Set((prediction.speakerNames + prediction.speakerDescriptions).flatMap(QuoteWords.words))
            .subtracting(Self.functionWords)
        return goldWords.contains { predictedWords.contains($0) }
    }

    /// The content words of a speaker text.
    public static func contentWords(_ speaker: String) -> [String] {
        QuoteWords.words(speaker).filter { !functionWords.contains($0) }
    }

    /// For each annotation, its speaker's content words, pronouns resolved to the nearest earlier
    /// named speaker of the article; nil when that is impossible.
    func resolvedSpeakers(_ annotations: [WikinewsAnnotation]) -> [[String]?] {
        let ordered = annotations.indices.sorted { annotations[$0].position < annotations[$1].position }
        var result: [[String]?] = Array(repeating: nil, count: annotations.count)
        var last: [String]?
        for index in ordered {
            let words = Self.contentWords(annotations[index].speaker)
            if words.isEmpty {
                result[index] = last
            } else {
                result[index] = words
                last = words
            }
        }
        return result
    }

    private struct Outcome {
        var counts: Counts
        /// (prediction index, required index) of each match.
        var pairs: [(Int, Int)]
        var missed: [Int]
        var spurious: [Int]
    }

    private func count(
        _ predictions: [SpanQuote], _ required: [WikinewsAnnotation], _ optional: [WikinewsAnnotation],
        words: WordSpans, extra: (SpanQuote, WikinewsAnnotation) -> Bool
    ) -> Outcome {
        let gold = required + optional
        let toGold = BipartiteMatching.match(left: predictions.count, right: gold.count, preferred: required.count) {
            spanMatches(predictions[$0], gold[$1], words: words) && ($1 >= required.count || extra(predictions[$0], gold[$1]))
        }
        let pairs = toGold.enumerated().compactMap { index, match in match.flatMap { $0 < required.count ? (index, $0) : nil } }
        let matchedGold = Set(pairs.map(\.1))
        let spurious = predictions.indices.filter { toGold[$0] == nil }
        let missed = required.indices.filter { !matchedGold.contains($0) }
        return Outcome(
            counts: Counts(truePositives: pairs.count, falsePositives: spurious.count, falseNegatives: missed.count),
            pairs: pairs, missed: missed, spurious: spurious)
    }
}
