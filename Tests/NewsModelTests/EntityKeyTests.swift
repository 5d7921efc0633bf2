import NewsModel
import Testing

@Suite struct EntityKeyTests {
    @Test func ignoresLegalFormsCaseAndDiacritics() {
        #expect(EntityKey.of("Alibaba Group Holding Ltd") == EntityKey.of("alibaba"))
        #expect(EntityKey.of("Übersee AG") == "ubersee")
        #expect(EntityKey.of("Straße GmbH") == "strasse")
        #expect(EntityKey.of("Conseco Inc's") == "conseco")
        #expect(EntityKey.of("11 Main") == EntityKey.of("11Main"))
    }

    @Test func keepsANameThatIsOnlyALegalForm() {
        #expect(EntityKey.of("Group") == "group")
    }
}
