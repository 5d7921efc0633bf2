import Foundation
import NewsModel
import Testing

@testable import NewsStoreSQLite

@Suite struct NameInfoTests {
    @Test(arguments: [
        "Brightwater Inc", "Große Straße Logistik GmbH", "ÜBERSEE-Reederei AG", "Marrowind AG's", "Kestrel's",
        "Ostwind Group Holding Ltd", "AG", "  ", "Ça Va S.A.", "ẞtraße", "Ｆｕｌｌｗｉｄｔｈ Co", "O'Neill & Söhne KGaA",
        "3M", "Café Müller", "İstanbul Holding",
    ])
    func matchesEntityKey(name: String) {
        let info = NameInfo(name)
        #expect(info.key == EntityKey.of(name))
        #expect(info.words == EntityKey.words(of: name))
        #expect(SearchText.fold(name) == EntityKey.fold(name))
    }

    @Test(arguments: [
        "a.b-c d_e", "A&B\tC\r\nD", "x\u{7F}y", "Tab\there", "  spaced  out ", "123 Main St.", "U.S.", "--", "",
    ])
    func asciiFastPathMatchesEntityKey(name: String) {
        #expect(NameInfo(name).words == EntityKey.words(of: name))
        #expect(NameInfo(name).key == EntityKey.of(name))
    }

    @Test(arguments: [
        "Die Große Straße über den Fluß – „Zitat“ … 37,6 % für 120 Mio. €", "ÆØÅ æøå Œuvre ĳ ſ Ǆ", "ÀÉÎÕÜ àéîõü ÿ Ÿ",
        "Ελληνικά ΣΊΣΥΦΟΣ", "Кириллица", "中文 日本語", "e\u{301}cole", "non\u{A0}breaking soft\u{AD}hyphen",
        "İstanbul ıi", "ẞ ß", "ＡＢＣ",
    ])
    func fastFoldEqualsEntityKeyFold(text: String) {
        #expect(SearchText.fold(text) == EntityKey.fold(text))
    }

    @Test(arguments: [
        ("Kestrel's offer – „good“ for Müller AG", "kestrel", true), ("Kestrel's offer", "kestrel s offer", true),
        ("Kestrelwerke grew", "kestrel", false), ("the Übersee-Reederei said", "ubersee reederei", true),
        ("Straße\u{A0}Bau", "strasse bau", true), ("ZZ", "zz", true), ("abc", "b", false),
    ])
    func wordBytesFindWholeWords(text: String, words: String, found: Bool) {
        let needle = Array((" " + words + " ").utf8)
        #expect(SearchText.contains(SearchText.wordBytes(text), needle) == found)
        #expect(NameInfo(text).words.joined(separator: " ").contains(words) || !found)
    }

    @Test func jsonArraysRoundTrip() throws {
        let strings = ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r", "\u{1}\u{1F}", "Ünïcödé 中文", ""]
        #expect(StoredFormats.strings(StoredFormats.json(strings)) == strings)
        #expect(StoredFormats.json([]) == "[]")
        #expect(StoredFormats.json(["a\"b", "c\\", "\n\r\t\u{1}x", "ü"]) == #"["a\"b","c\\","\n\r\t\u0001x","ü"]"#)
    }

    @Test(arguments: ["", "plain lower", "Mixed Case ASCII 123", "ALL CAPS", "@[`{", "Ümlaut Straße", "ASCII then É"])
    func asciiFoldIsLowerCasing(text: String) {
        #expect(SearchText.fold(text) == EntityKey.fold(text))
    }

    @Test func distinctiveNames() {
        #expect(NameInfo("Brightwater").isDistinctive(for: .company))
        #expect(!NameInfo("AQ").isDistinctive(for: .company))
        #expect(!NameInfo("AQ Inc").isDistinctive(for: .company))
        #expect(!NameInfo("Tallberg").isDistinctive(for: .person))
        #expect(NameInfo("Mira Tallberg").isDistinctive(for: .person))
        #expect(NameInfo("Marrowind AG").coreForm == "marrowind")
    }

    @Test func patternsQuoteEveryWord() {
        #expect(SearchText.pattern(for: "Über* \"see") == "\"uber\"* \"see\"*")
        #expect(SearchText.pattern(for: "a OR b") == "\"a\"* \"or\"* \"b\"*")
        #expect(SearchText.pattern(for: " \"*() ") == nil)
    }
}
