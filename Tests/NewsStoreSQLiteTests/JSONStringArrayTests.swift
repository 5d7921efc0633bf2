import Foundation
import Testing

@testable import NewsStoreSQLite

/// The fast reader of stored string arrays gives what `JSONDecoder` gives, or leaves the text to it.
@Suite struct JSONStringArrayTests {
    static let samples: [[String]] = [
        [], [""], ["plain"], ["Straße „zitiert“", "日本語 🚢", "tab\there", "line\nbreak\r\n"],
        ["quote \" backslash \\ slash /", "\u{0}\u{1}\u{1F}", "é (e + combining ́)", "🇩🇪👩‍👩‍👧"],
    ]

    private static func decoded(_ json: String) -> [String]? {
        try? JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    @Test(arguments: samples)
    func readsWhatTheStoreWrites(strings: [String]) throws {
        let json = StoredFormats.json(strings)
        let fast = try #require(JSONStringArray.decode(json))
        #expect(fast == strings)
        #expect(fast.map { Array($0.utf8) } == strings.map { Array($0.utf8) })
        #expect(StoredFormats.strings(json) == strings)
    }

    @Test func readsOtherEscapesAsJSONDecoderDoes() throws {
        for json in [#"["\u00e9\u00DF","\ud83d\udea2","\b\f\/"]"#, #"["a","",""]"#] {
            let fast = try #require(JSONStringArray.decode(json))
            #expect(fast == Self.decoded(json))
        }
    }

    @Test func leavesAnythingElseToJSONDecoder() {
        for json in [#"[ "spaced" ]"#, #"["a",1]"#, #"["lone \ud83d"]"#, #"["open"#, "{}", #"["a"]x"#, #"["\x"]"#, ""] {
            #expect(JSONStringArray.decode(json) == nil, "\(json)")
            #expect(StoredFormats.strings(json) == (Self.decoded(json) ?? []), "\(json)")
        }
    }
}
