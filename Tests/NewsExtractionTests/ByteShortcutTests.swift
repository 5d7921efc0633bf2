import NewsModel
import Testing

@testable import NewsExtraction

/// The byte-level shortcuts must answer exactly as the `String` and `Character` code they replace.
@Suite("Byte shortcuts agree with the plain code")
struct ByteShortcutTests {
    @Test("NameKey equals EntityKey for Latin names, ASCII or not")
    func nameKeys() {
        for name in [
            "Brixa Cement Ltd", "Müller & Söhne GmbH", "Straßenbau AG", "Vorland's", "7Eleven Inc.", "Åke Öberg",
            "Crédit Lyonnais S.A.", "Quarvel Holdings Co Ltd", "Café del Mar", "  Kern-Werke  ", "ΑΒΓ Holdings",
        ] {
            #expect(NameKey.of(name) == EntityKey.of(name), "\(name)")
        }
    }

    @Test("NameKey equals EntityKey for ASCII names with capitals, punctuation and legal forms")
    func asciiNameKeys() {
        for name in [
            "QME", "Tessaro Holdings Corp <TSO.N>", "Varnex Ltd's", "Orlin Bros. & Co., Inc.", "Kestrel s",
            "Harbor Savings International", "Brennick International", "Gulf-West 2000 PLC", "A.B.C.", "Ltd",
            "-- ,.; ", "", "Ltd Ltd", "Quilbane Resources International Ltd", "X's s", "Tip 'N Top Inc",
        ] {
            #expect(NameKey.of(name) == EntityKey.of(name), "\(name)")
        }
    }

    @Test("WordSet.contains(utf8:) answers like contains(_:)")
    func wordSetBytes() {
        let set = WordSet(["gmbh", "ltd", "Müller"])
        for word in ["gmbh", "ltd", "gmb", "", "Müller", "Mu\u{0308}ller", "LTD"] {
            var copy = word
            let bytes = copy.withUTF8 { set.contains(utf8: $0) }
            #expect(bytes == set.contains(word), "\(word)")
        }
    }

    @Test("NameWords splits like Character.isLetter/isNumber, ASCII or not")
    func nameWords() {
        for name in ["Western Mining Corp", "Kern-Werke AG", "3M Co.", "Müller & Söhne", "  A.B.C  ", "Ølund-Vestas"] {
            let parts = name.split { !$0.isLetter && !$0.isNumber }
            let split = NameWords.split(name)
            #expect(split.words == parts.map { $0.lowercased() }, "\(name)")
            #expect(split.initials == String(parts.compactMap(\.first)).lowercased(), "\(name)")
        }
        #expect(NameWords.split("Western Mining Corp").initials == "wmc")
    }
}

@Suite("NameWords.spaceOrHyphenParts")
struct SpaceOrHyphenPartsTests {
    @Test("splits like split(whereSeparator:) on spaces and hyphens, ASCII or not")
    func parts() {
        for name in ["Anna Berg", "Dr. Paul Kern", "Hans-Peter  Quandt", " -Lead- ", "", "Jörg-Uwe Öhl", "X"] {
            let expected = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            #expect(NameWords.spaceOrHyphenParts(name).map(String.init) == expected, "\(name)")
        }
    }
}
