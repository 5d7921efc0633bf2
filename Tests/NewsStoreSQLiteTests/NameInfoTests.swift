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
