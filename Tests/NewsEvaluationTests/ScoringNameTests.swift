import NewsEvaluation
import Testing

@Suite struct ScoringNameTests {
    @Test func ignoresCaseDiacriticsPunctuationAndSpaces() {
        #expect(ScoringName.key("Übersee") == ScoringName.key("ubersee"))
        #expect(ScoringName.key("11 Main") == ScoringName.key("11Main"))
        #expect(ScoringName.key("Coca-Cola") == ScoringName.key("Coca Cola"))
        #expect(ScoringName.key("Straße") == ScoringName.key("Strasse"))
    }

    @Test func dropsTrailingPossessive() {
        #expect(ScoringName.key("Alibaba's") == "alibaba")
        #expect(ScoringName.key("Alibaba’s") == "alibaba")
        #expect(ScoringName.key("Conseco Inc's") == "conseco")
    }

    @Test func dropsTrailingLegalFormsOfTheGuide() {
        for form in ["Inc", "Corp", "Co", "Ltd", "plc", "AG", "GmbH", "SE", "SA", "NV", "LLC", "Group", "Holding"] {
            #expect(ScoringName.key("Acme \(form)") == "acme", "\(form)")
        }
        #expect(ScoringName.key("Alibaba Group Holding Ltd") == "alibaba")
        #expect(ScoringName.key("Conseco, Inc.") == "conseco")
        #expect(ScoringName.key("Sedio N.V.") == "sedio")
    }

    @Test func keepsWhatTheGuideDoesNotDrop() {
        #expect(ScoringName.key("Alibabas") != ScoringName.key("Alibaba"))
        #expect(ScoringName.key("Philip Morris International") != ScoringName.key("Philip Morris"))
        #expect(ScoringName.key("Inc Acme") == "incacme")
        #expect(ScoringName.key("Group") == "group")
    }
}
