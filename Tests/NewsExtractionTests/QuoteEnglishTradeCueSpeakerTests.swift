import NewsExtraction
import NewsModel
import Testing

/// English speakers found from how a company is described: a trade word and company noun before
/// its name ("engineering group X", "investment firm X", "housebuilder X"), even when the name is
/// or opens with a given name, and a ranked description ("the country's biggest mortgage lender
/// said") for the company in focus. Invented names throughout.
@Suite struct QuoteEnglishTradeCueSpeakerTests {
    static func entities(_ text: String) -> EntityTable { EntityRecognizerTests.entities(text, language: .english) }

    static func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    static func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishWireAttributionTests.speaker(text, of: content)
    }

    @Test func aGivenNameAfterATradeAndAFirmIsACompany() {
        let table = Self.entities("A report from investment firm Dorian Quellby values the shares at 7 dollars.")
        #expect(Self.companies(table).contains("Dorian Quellby"), "\(table.entities)")
        #expect(!EntityRecognizerTests.names(table, kind: .person).contains("Dorian Quellby"))
    }

    @Test func aLoneGivenNameAfterATradeGroupIsACompanyThatSpeaks() {
        let text = """
            Shares in engineering group Dorian have soared on news that it is selling its rail unit.

            The sale to Brelmont Holdings is a lifeline to Dorian. The company also said it had agreed terms with its banks.
            """
        #expect(Self.companies(Self.entities(text)).contains("Dorian"))
        #expect(Self.speaker(text, of: "it had agreed terms") == "Dorian")
    }

    @Test func aCompanyOnlyTradeNounBeforeAGivenNameIsACompany() {
        let text = "The market remains robust, according to housebuilder Thaddeus Pellham."
        #expect(Self.companies(Self.entities(text)).contains("Thaddeus Pellham"))
        #expect(Self.speaker(text, of: "The market remains robust") == "Thaddeus Pellham")
    }

    @Test func aRoleAfterTheTradeCueGivesNoCompany() {
        let table = Self.entities("Investment firm chief Lysander Merrow said the offer was too low.")
        #expect(!Self.companies(table).contains { $0.contains("Merrow") }, "\(table.entities)")
    }

    @Test func aRankedDescriptionStandsForTheCompanyInFocus() {
        let text = """
            Veltrona Lending plc raised its mortgage rates on Monday. The country's biggest mortgage lender said prices rose 2% in May.
            """
        #expect(Self.speaker(text, of: "prices rose 2% in May") == "Veltrona Lending plc")
        let second = "Corbin Tarrowby Inc cut 300 jobs. The world's second-largest carmaker said demand was weak."
        #expect(Self.speaker(second, of: "demand was weak") == "Corbin Tarrowby Inc")
    }

    @Test func aRankedDescriptionFarFromAnyCompanyTakesNone() {
        let text = """
            Veltrona Lending plc raised its mortgage rates on Monday.

            Prices fell in the north. Sales fell in the south. Buyers stayed away in the west. The country's biggest mortgage lender said prices rose 2% in May.
            """
        #expect(Self.speaker(text, of: "prices rose 2% in May") != "Veltrona Lending plc")
    }
}
