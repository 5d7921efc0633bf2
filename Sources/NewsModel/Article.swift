/// One news article as newsbrowse stores it.
///
/// The text is a list of paragraphs; ``text`` joins them with a blank line, and every
/// ``TextRange`` in the model points into that joined text.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// A stable id: the file name without extension for text files, the `id` field for JSON.
    public var id: String
    public var title: String
    public var paragraphs: [String]
    /// The publication date as given by the source, ISO 8601 ("1987-02-26T15:01:01" or "2022-03-06").
    public var date: String?
    public var language: Language
    /// Who published it, e.g. "reuters-21578" or a domain name.
    public var source: String?
    /// Where it was read from: a file path or a URL.
    public var origin: String?
    public var url: String?
    public var topics: [String]

    public init(
        id: String, title: String, paragraphs: [String], date: String? = nil, language: Language,
        source: String? = nil, origin: String? = nil, url: String? = nil, topics: [String] = []
    ) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
        self.date = date
        self.language = language
        self.source = source
        self.origin = origin
        self.url = url
        self.topics = topics
    }

    /// The body: paragraphs separated by one blank line.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    /// The publication day, if the article has a usable date.
    public var publicationDate: FactDate? { date.flatMap(FactDate.init(iso:)) }

    /// A hash of everything that defines the article's content (FNV-1a 64 over title, date,
    /// language and text), in hex. A changed hash means the article must be extracted again.
    public var contentHash: String {
        // The text is hashed paragraph by paragraph with the "\n\n" between them, the bytes of
        // ``text`` without joining it; every part is read as one run of UTF-8 bytes.
        var hash = FNV1a64()
        for part in [title, date ?? "", language.rawValue, source ?? ""] {
            hash.add(part)
            hash.add(0xff)
        }
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                hash.add(0x0A)
                hash.add(0x0A)
            }
            hash.add(paragraph)
        }
        hash.add(0xff)
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// FNV-1a, 64 bits, over bytes added one run at a time.
private struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var hash = value
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            value = hash
        }
    }
}
