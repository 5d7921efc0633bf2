import Testing

@testable import NewsStoreSQLite

/// The memo gives a name's forms as ``NameInfo`` computes them, computing each name once, and
/// forgets everything when full.
@Suite struct NameInfoMemoTests {
    @Test(arguments: ["Kestrel Holdings Inc", "Müller & Söhne AG", "Straße", "  ", "Ivo Renk", "Tallberg's"])
    func givesTheFormsNameInfoComputes(name: String) {
        let memo = NameInfoMemo()
        let direct = NameInfo(name)
        for _ in 0..<2 {
            let remembered = memo.info(name)
            #expect(remembered.name == direct.name)
            #expect(remembered.words == direct.words)
            #expect(remembered.coreWords == direct.coreWords)
            #expect(remembered.key == direct.key)
            #expect(remembered.isDistinctive(for: .person) == direct.isDistinctive(for: .person))
        }
        #expect(memo.count == 1)
    }

    @Test func forgetsEverythingWhenFull() {
        let memo = NameInfoMemo()
        for index in 0..<NameInfoMemo.capacity { _ = memo.info("Name \(index)") }
        #expect(memo.count == NameInfoMemo.capacity)
        _ = memo.info("Name 0")
        #expect(memo.count == NameInfoMemo.capacity)
        #expect(memo.info("One more").key == "onemore")
        #expect(memo.count == 1)
    }
}
