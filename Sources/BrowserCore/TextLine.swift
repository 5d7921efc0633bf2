/// One wrapped line of article text: sanitised characters and, for each, the Unicode-scalar
/// offset in ``NewsModel/Article/text`` it came from (-1 for lines that are not article text).
public struct TextLine: Sendable, Hashable {
    /// The sanitised characters.
    public var characters: [Character]
    /// The scalar offset of each character's first scalar, or -1.
    public var offsets: [Int]
    /// What kind of line this is, for styling.
    public var kind: Kind

    /// What a line shows.
    public enum Kind: Sendable, Hashable {
        case title, meta, body, blank
    }

    /// Creates a line.
    public init(characters: [Character], offsets: [Int], kind: Kind) {
        self.characters = characters
        self.offsets = offsets
        self.kind = kind
    }

    /// The line as a string.
    public var text: String { String(characters) }

    /// The first article offset on the line, if any.
    public var firstOffset: Int? { offsets.first(where: { $0 >= 0 }) }

    /// The last article offset on the line, if any.
    public var lastOffset: Int? { offsets.last(where: { $0 >= 0 }) }
}
