/// Something someone said, directly ("…") or reported ("teilte mit, dass …").
public struct Quote: Sendable, Hashable, Codable {
    /// The named speaker, if any.
    public var speaker: EntityRef?
    /// For unnamed sources, how the article describes them ("eine Person, die mit der
    /// Angelegenheit vertraut ist", "sources close to the company").
    public var speakerDescription: String?
    /// The speaker's role as stated ("Sprecherin", "chief executive").
    public var role: String?
    /// The organisation the speaker speaks for.
    public var organization: EntityRef?
    /// The quoted words (direct) or the reported content clause (reported).
    public var text: String
    /// True for words in quotation marks, false for reported speech.
    public var direct: Bool
    /// Where `text` stands in the article.
    public var range: TextRange
    public var evidence: Evidence

    public init(
        speaker: EntityRef?, speakerDescription: String? = nil, role: String? = nil,
        organization: EntityRef? = nil, text: String, direct: Bool, range: TextRange, evidence: Evidence
    ) {
        self.speaker = speaker
        self.speakerDescription = speakerDescription
        self.role = role
        self.organization = organization
        self.text = text
        self.direct = direct
        self.range = range
        self.evidence = evidence
    }
}
