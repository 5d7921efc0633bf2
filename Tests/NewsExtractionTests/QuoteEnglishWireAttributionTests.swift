import NewsExtraction
import NewsModel
import Testing

/// Probes of common English wire and BBC attribution patterns, run through the whole extractor
/// (entities found by the recognizer, not by a hand-made table). Invented names throughout.
@Suite struct QuoteEnglishWireAttributionTests {
    static func quotes(_ text: String) -> [Quote] {
        let paragraphs = ["Probe"] + text.components(separatedBy: "\n\n")
        let article = Article(id: "probe", title: "Probe", paragraphs: paragraphs, language: .english)
        return RuleBasedExtractor().extract(from: article).quotes
    }

    static func speaker(_ text: String, of content: String) -> String? {
        quotes(text).first { $0.text.hasPrefix(content) }?.speaker?.name
    }

    // MARK: Rules of this suite

    @Test func aCompanyAndRoleBeforeANameAtTheCueBelongToTheSpeakerPhrase() {
        let text = "The mine will reopen next year, Harlow Minerals Inc chairman Dorian Felk said."
        #expect(Self.speaker(text, of: "The mine will reopen") == "Dorian Felk", "\(Self.quotes(text))")
        let possessive = "The mine will reopen next year, Harlow Minerals Inc's chairman Dorian Felk told a news conference."
        #expect(Self.speaker(possessive, of: "The mine will reopen") == "Dorian Felk", "\(Self.quotes(possessive))")
        // Without a name at the cue a long stretch after the comma is no speaker phrase.
        let noName = "The mine will reopen next year, and the workers of the old pit said nothing."
        #expect(Self.quotes(noName).allSatisfy { !$0.text.hasPrefix("The mine will reopen") })
    }

    @Test func anInstitutionNounSpeaksForTheInstitutionNamedBefore() {
        let department =
            "The Marlovian Harbour Department published its figures.\n\nRetail sales rose 0.5 pct, the department said."
        #expect(Self.speaker(department, of: "Retail sales") == "Marlovian Harbour Department", "\(Self.quotes(department))")
        let ministry =
            "The Ministry of Coastal Industry published its figures.\n\nThe ministry said exports rose 5 pct in January."
        #expect(Self.speaker(ministry, of: "exports rose") == "Ministry of Coastal Industry", "\(Self.quotes(ministry))")
        // No institution with that noun named before: no speaker is made up.
        let none = "Harlow Minerals Inc reported a loss.\n\nThe central bank said inflation would slow."
        #expect(Self.speaker(none, of: "inflation would slow") != "Harlow Minerals Inc")
    }

    // MARK: Patterns that already work (kept as regression probes)

    @Test func roleAndNameAfterSaidSpeak() {
        #expect(Self.speaker("The issue was heavily oversubscribed, said lead manager Tomas Ardwick.", of: "The issue") == "Tomas Ardwick")
        #expect(Self.speaker("Demand stayed strong, said analyst Tessa Morrick of Quillfield Securities.", of: "Demand") == "Tessa Morrick")
        #expect(Self.speaker("Tessa Morrick, an analyst at Quillfield Securities, said the shares were cheap.", of: "the shares") == "Tessa Morrick")
        #expect(Self.speaker("Treasury Secretary Jem Barlock said the dollar was too strong.", of: "the dollar") == "Jem Barlock")
    }

    @Test func addedChainsToldAndQuotedAsSaying() {
        let added = Self.quotes(
            "Dorian Felk, chief executive of Harlow Minerals Inc, said the mine would reopen.\n\nThe company will also cut 200 jobs, he added.")
        #expect(added.count == 2)
        #expect(added.allSatisfy { $0.speaker?.name == "Dorian Felk" }, "\(added)")
        #expect(Self.speaker("Dorian Felk told Reuters the company was not for sale.", of: "the company") == "Dorian Felk")
        #expect(Self.speaker("Dorian Felk was quoted as saying the company was not for sale.", of: "the company") == "Dorian Felk")
        #expect(Self.speaker("Sales will double, according to Tessa Morrick, an analyst at Quillfield Securities.", of: "Sales") == "Tessa Morrick")
    }

    @Test func aSpokesmanForACompanyIsNoNamedSpeaker() throws {
        let quote = try #require(Self.quotes("A spokesman for Harlow Minerals Inc said the mine would reopen.").first)
        #expect(quote.speaker == nil)
        #expect(quote.organization?.name == "Harlow Minerals Inc")
    }

    @Test func aPhraseInCommasBetweenTheVerbAndThat() {
        let text = "Harlow Minerals Inc said, in response to published reports, that it was not for sale."
        #expect(Self.speaker(text, of: "it was not for sale") == "Harlow Minerals Inc", "\(Self.quotes(text))")
        // The phrase in commas is no part of the statement.
        #expect(Self.quotes(text).allSatisfy { !$0.text.contains("published reports") })
        let instead = "Harlow Minerals Inc denied the report.\n\nIt said, instead, that the mine would reopen."
        #expect(Self.speaker(instead, of: "the mine would reopen") == "Harlow Minerals Inc", "\(Self.quotes(instead))")
    }

    // MARK: Institutions of a place and initials (formerly known gaps)

    @Test func initialsBeforeAnUnknownSurnameWithARoleSpeak() {
        #expect(Self.speaker("Prices will fall further this year, said KK Darrowin, head of research.", of: "Prices") == "KK Darrowin")
        // Capitals before a name with no role after it stay an acronym.
        #expect(Self.speaker("Prices will fall further this year, said KK Darrowin.", of: "Prices") != "KK Darrowin")
    }

    @Test func aStatisticsOfficeOfAPlaceSpeaks() {
        #expect(Self.speaker("Statistics Verland said consumer prices rose 0.4 pct in March.", of: "consumer") == "Statistics Verland")
        #expect(Self.speaker("Shipments fell 1.5 pct in January, Statistics Canada said.", of: "Shipments") == "Statistics Canada")
    }

    @Test func aBankOfAPlaceIsOneName() {
        #expect(Self.speaker("The Bank of Marlovia said it would keep rates unchanged.", of: "it would") == "Bank of Marlovia")
        #expect(Self.speaker("Rates will stay low, the Reserve Bank of Verland said.", of: "Rates") == "Reserve Bank of Verland")
    }
}
