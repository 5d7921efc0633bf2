import Testing

@testable import NewsModel

/// The content hash is stored with every article: it must stay the FNV-1a 64 of title, date,
/// language, source and the joined text, each followed by 0xff, whatever the implementation.
@Suite struct ContentHashTests {
    /// The hash as first written: over the joined text, byte by byte.
    private static func reference(_ article: Article) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [article.title, article.date ?? "", article.language.rawValue, article.source ?? "", article.text] {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func equalsTheByteByByteHashOfTheJoinedText() {
        let articles = [
            Article(id: "a", title: "", paragraphs: [], language: .english),
            Article(id: "b", title: "T", paragraphs: [""], date: "1987-02-26", language: .german, source: "s"),
            Article(id: "c", title: "Übernahme", paragraphs: ["Straße", "", "Zweiter\nAbsatz ✓"], language: .german),
            Article(id: "d", title: "x", paragraphs: ["one", "two", "three"], date: "2020-01-01T10:00:00", language: .english),
            Article(id: "e", title: "🇩🇪", paragraphs: [String(repeating: "long text ", count: 500)], language: .english, source: "ß"),
        ]
        for article in articles {
            #expect(article.contentHash == Self.reference(article), "\(article.id)")
        }
        // A pinned value (computed outside Swift): stored databases hold hashes made this way.
        #expect(Article(id: "p", title: "a", paragraphs: ["b"], language: .english).contentHash == "f5a98bb913215a98")
    }
}
