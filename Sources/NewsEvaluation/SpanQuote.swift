import NewsModel

/// A predicted quote as the Wikinews scorer sees it: where it stands and who said it.
public struct SpanQuote: Sendable, Hashable {
    /// True for words in quotation marks.
    public var direct: Bool
    /// Where the quote stands in the article text (Unicode-scalar offsets).
    public var range: TextRange
    /// The speaker's name and aliases; empty when no speaker was named.
    public var speakerNames: [String]
    /// Role and description of the speaker ("Sprecherin", "der Staatsanwalt"), if any.
    public var speakerDescriptions: [String]

    /// Creates a span quote.
    public init(direct: Bool, range: TextRange, speakerNames: [String] = [], speakerDescriptions: [String] = []) {
        self.direct = direct
        self.range = range
        self.speakerNames = speakerNames
        self.speakerDescriptions = speakerDescriptions
    }

    /// The quotes of an extractor's output; a speaker's names include its entity's aliases.
    public static func from(_ facts: ArticleFacts) -> [SpanQuote] {
        var byID: [EntityID: Entity] = [:]
        for entity in facts.entities where byID[entity.id] == nil { byID[entity.id] = entity }
        return facts.quotes.map { quote in
            let names = quote.speaker.map { ref in [ref.name] + (byID[ref.id]?.allNames ?? []) } ?? []
            let roles = quote.speaker.flatMap { byID[$0.id]?.role }
            return SpanQuote(
                direct: quote.direct, range: quote.range, speakerNames: names,
                speakerDescriptions: [quote.role, quote.speakerDescription, roles].compactMap { $0 })
        }
    }
}
