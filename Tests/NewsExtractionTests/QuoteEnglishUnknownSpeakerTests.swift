import NewsExtraction
import NewsModel
import Testing

/// English speakers the entity stage misses or knows by another name: one word of a person's name
/// at the cue, a long role phrase before a name it never saw, an organisation's name with its
/// short form in brackets, and a company followed by its town. Run through the whole extractor;
/// invented names throughout.
@Suite struct QuoteEnglishUnknownSpeakerTests {
    static func quotes(_ text: String) -> [Quote] { QuoteEnglishWireAttributionTests.quotes(text) }

    static func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishWireAttributionTests.speaker(text, of: content)
    }

    @Test func aLoneGivenNameAtTheCueIsThePersonWithThatName() {
        let text = """
            Local mines cut their sales to the smelter, commercial manager Prem Kavasri-ard told Reuters.

            He said the cuts followed a government decision.

            Prem said the smelter had to dig into its stocks to meet new orders.
            """
        #expect(Self.speaker(text, of: "the smelter had to dig") == "Prem Kavasri-ard", "\(Self.quotes(text))")
    }

    @Test func aLoneSurnameAtTheCueIsTheNameMetBeforeWithARole() {
        let text = """
            To settle the dispute, Kelvar today met Haruto Wembasi, the senior Quorvane officer trying to arrange the merger.

            "The carrier wants to start right away on the cable project," said Wembasi, who is also chairman of Tarrow Marine Inc.
            """
        #expect(Self.speaker(text, of: "The carrier wants to start") == "Haruto Wembasi", "\(Self.quotes(text))")
        // Without a role next to the earlier name, the lone word makes nobody a person.
        let noRole = """
            Kelvor Tessaly toured the new plant on Monday.

            "We are pleased with the result," said Tessaly.
            """
        #expect(Self.speaker(noRole, of: "We are pleased") != "Kelvor Tessaly", "\(Self.quotes(noRole))")
    }

    @Test func aLongRolePhraseBeforeAnUnknownNameStillSpeaks() {
        let text = """
            Tarvia has decided to postpone the dam project until the economy improves, deputy Minister of Energy Zorin Abadel Zek said.

            Tarvia had planned to export the power, Zorin said.
            """
        #expect(Self.speaker(text, of: "Tarvia has decided") == "Zorin Abadel Zek", "\(Self.quotes(text))")
        #expect(Self.speaker(text, of: "Tarvia had planned") == "Zorin Abadel Zek", "\(Self.quotes(text))")
    }

    @Test func anOrganisationWithItsShortFormInBracketsSpeaks() {
        let text =
            "The Tarvian Department of Fisheries (TDF) said it gave final clearance to the proposed acquisition of Quorvane Inc by Harlow Airlines Inc."
        #expect(Self.speaker(text, of: "it gave final clearance") == "Tarvian Department of Fisheries", "\(Self.quotes(text))")
    }

    @Test func aCompanyFollowedByItsTownSpeaksNotTheTown() {
        let text =
            "<Quorvane Ltd> of Tarrowby said it has arranged for a financial institution to provide Harlow Development Corp with a letter of credit."
        #expect(Self.speaker(text, of: "it has arranged") == "Quorvane Ltd", "\(Self.quotes(text))")
    }

    @Test func anAddresseeWithItsShortFormIsSkippedAndAFilingIsNoSpeaker() {
        let text = """
            Harlow Capital Management Inc, a Tarvian investment adviser, told the Securities and Exchange Commission (SEC) it bought 1.3 mln Quorvane Inc common shares.

            In its SEC filing, the firm said it intends to acquire more stock.
            """
        #expect(Self.speaker(text, of: "it bought 1.3 mln") == "Harlow Capital Management Inc", "\(Self.quotes(text))")
        #expect(Self.speaker(text, of: "it intends to acquire") == "Harlow Capital Management Inc", "\(Self.quotes(text))")
        // "after X said": a clause, not a phrase; X speaks.
        let after = "Quorvane raised its offer last week after Harlow Mining Ltd said it was an undervaluation."
        #expect(Self.speaker(after, of: "it was an undervaluation") == "Harlow Mining Ltd", "\(Self.quotes(after))")
    }

    @Test func anOrganisationNamedWithPlaceAndOfSpeaks() {
        let text =
            "The U.S. Department of Fisheries said it gave final clearance to the proposed acquisition of Quorvane Inc by Harlow Airlines Inc."
        #expect(Self.speaker(text, of: "it gave final clearance") == "U.S. Department of Fisheries", "\(Self.quotes(text))")
    }

    @Test func aCompanyNounAfterATradeOrPlaceModifierStandsForTheCompany() {
        let based = """
            Quorvane Petroleum reported a loss.

            The Tulsa-based company said it lost 57.5 mln dlrs on 1.26 billion dlrs in sales last year.
            """
        #expect(Self.speaker(based, of: "it lost 57.5 mln") == "Quorvane Petroleum", "\(Self.quotes(based))")
        let rating = """
            Quorvane Investors Service Inc said it may downgrade 120 mln dlrs of debt of Harlow Aviation Inc.

            The rating agency said its review would focus on the effect of the acquisition on the debt.
            """
        #expect(Self.speaker(rating, of: "its review would focus") == "Quorvane Investors Service Inc", "\(Self.quotes(rating))")
    }

    @Test func aNameBeforeACompanyAppositionSpeaks() {
        let text = "Harlow-Vex, a private Tulsa company, said it bought about 80 pct of the common stock of Quorvane Inc."
        #expect(Self.speaker(text, of: "it bought about 80 pct") == "Harlow-Vex", "\(Self.quotes(text))")
        // An ordinary word before the apposition names nobody.
        let ordinary = "Analysts, a small research firm, said the stock of Quorvane Inc was cheap."
        #expect(Self.speaker(ordinary, of: "the stock of Quorvane Inc") != "Analysts", "\(Self.quotes(ordinary))")
    }

    @Test func aSurnameBeforeAGenerationalSuffixIsThePerson() {
        let text = """
            DALLAS, Oct 20 - Harlow Express Co's <HXP> president Dorian Felk Jr. said a bear market will not affect his company's strategy.

            "I don't think the market matters much over one month," Felk told Reuters.

            Felk said the company's long term strategy is to build a major position.
            """
        #expect(Self.speaker(text, of: "the company's long term strategy") == "Dorian Felk Jr", "\(Self.quotes(text))")
        let article = Article(
            id: "probe", title: "Probe", paragraphs: ["Probe"] + text.components(separatedBy: "\n\n"), language: .english)
        let names = RuleBasedExtractor().extract(from: article).entities.map(\.name)
        #expect(!names.contains("Felk"), "\(names)")
    }
}
