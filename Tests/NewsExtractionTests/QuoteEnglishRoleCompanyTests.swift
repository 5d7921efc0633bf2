import NewsExtraction
import NewsModel
import Testing

/// English speaker phrases where a company and a role word stand side by side, and "it" after a
/// speaker only the quote stage names: the employer before "analyst" is no person, a company right
/// after "lead manager" speaks itself, and a new company name goes on as "it". Run through the
/// whole extractor; invented names throughout.
@Suite struct QuoteEnglishRoleCompanyTests {
    static func article(_ text: String) -> Article {
        Article(id: "probe", title: "Probe", paragraphs: ["Probe"] + text.components(separatedBy: "\n\n"), language: .english)
    }

    static func quotes(_ text: String) -> [Quote] { QuoteEnglishWireAttributionTests.quotes(text) }

    static func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishWireAttributionTests.speaker(text, of: content)
    }

    @Test func anEmployerBeforeARoleAndANameIsNoPerson() {
        let text = """
            Shares in Tarvia Foods rose 8% after it said it would sell its insurance arm.

            "This is an excellent move to focus on its core businesses," said Gideon Asset Research analyst Dana Ferrick.
            """
        #expect(Self.speaker(text, of: "This is an excellent move") == "Dana Ferrick", "\(Self.quotes(text))")
        let people = RuleBasedExtractor().extract(from: Self.article(text)).entities.filter { $0.kind == .person }
        #expect(!people.contains { $0.name.hasPrefix("Gideon") }, "\(people)")
        // A two-word role after the employer: the same.
        let twoWords = "Growth will slow this year, said Gideon Asset Research chief economist Dana Ferrick."
        #expect(Self.speaker(twoWords, of: "Growth will slow") == "Dana Ferrick", "\(Self.quotes(twoWords))")
        // A person's name before a comma and a role stays a person.
        let apposition = "Growth will slow this year, said Gideon Ferrick, an analyst at Tarvia Securities."
        #expect(Self.speaker(apposition, of: "Growth will slow") == "Gideon Ferrick", "\(Self.quotes(apposition))")
    }

    @Test func aCompanyRightAfterADealRoleSpeaks() {
        let text =
            "Tarvia Power Co is issuing a 100 mln dlr eurobond due 1992 paying 7-3/4 pct and priced at 101-3/4 pct, lead manager Veltrona Bank NV said."
        #expect(Self.speaker(text, of: "Tarvia Power Co is issuing") == "Veltrona Bank NV", "\(Self.quotes(text))")
        let after =
            "The city of Tarrowby launched a 300 mln guilder commercial paper program, said lead manager Veltrona Bank NV."
        #expect(Self.speaker(after, of: "The city of Tarrowby launched") == "Veltrona Bank NV", "\(Self.quotes(after))")
        // "a spokesman for X" names an unnamed person of X, not X.
        let spokesman = "The city of Tarrowby launched a 300 mln guilder commercial paper program, a spokesman for Veltrona Bank NV said."
        #expect(Self.speaker(spokesman, of: "The city of Tarrowby launched") == nil, "\(Self.quotes(spokesman))")
    }

    @Test func itGoesOnWithACompanyOnlyTheQuoteStageNamed() {
        let text = """
            NEW YORK, June 29 - Harlow-Vex, a private Tulsa company, said it bought about 80 pct of the common stock of Quorvane Inc at 2.85 dlrs a share from the founding stockholders.

            It said the total price for the 3,100,100 shares was 8,835,285 dlrs.
            """
        #expect(Self.speaker(text, of: "it bought about 80 pct") == "Harlow-Vex", "\(Self.quotes(text))")
        #expect(Self.speaker(text, of: "the total price") == "Harlow-Vex", "\(Self.quotes(text))")
    }

    @Test func thePartnershipIsTheCompanyNamedWithPartners() {
        let text = """
            Tarvel Partners said it began a 100 dlrs a share cash tender offer for all of Quorvane Inc.

            Quorvane shares were delayed at the opening, and the exchange said the shares were indicated to open at 103 to 115.

            Harlow Bank has agreed to lend up to 250 mln dlrs of the line itself, the partnership said.
            """
        #expect(Self.speaker(text, of: "Harlow Bank has agreed") == "Tarvel Partners", "\(Self.quotes(text))")
    }

    @Test func anInitialBeforeAKnownGivenNameOpensTheName() {
        let text = """
            In a letter to Quorvane Inc, Tarvel Partners said it was willing to negotiate.

            The offer is too low, said Quorvane chairman and chief executive A. Wendell Quarrie.
            """
        let people = RuleBasedExtractor().extract(from: Self.article(text)).entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["A. Wendell Quarrie"], "\(people)")
        #expect(Self.speaker(text, of: "The offer is too low") == "A. Wendell Quarrie", "\(Self.quotes(text))")
    }

    @Test func aLongAppositionAfterTheSubjectDoesNotSpeak() {
        let text =
            "Tarvel Energy Corp, the Canadian company that owns 56 pct of Quorvane Oil Ltd, said it will raise its stake."
        #expect(Self.speaker(text, of: "it will raise its stake") == "Tarvel Energy Corp", "\(Self.quotes(text))")
        let ticker = """
            WASHINGTON, April 17 - Harlow Group Plc <HGP.L>, the British concern that recently acquired operational control of Quorvane Corp, said it is exploring the possibility of selling the Quorvane subsidiary.
            """
        #expect(Self.speaker(ticker, of: "it is exploring") == "Harlow Group Plc", "\(Self.quotes(ticker))")
    }
}
