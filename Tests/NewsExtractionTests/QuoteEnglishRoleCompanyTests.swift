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
            Shares in Tarvia Foods rose 5% after it said it would sell its bakery arm.

            "The bakery never fitted the group," said Gideon Asset Research analyst Dana Ferrick.
            """
        #expect(Self.speaker(text, of: "The bakery never fitted") == "Dana Ferrick", "\(Self.quotes(text))")
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
            "Tarvia Power Co is selling 80 mln dlrs of notes due 1994 at par, lead manager Veltrona Bank NV said."
        #expect(Self.speaker(text, of: "Tarvia Power Co is selling") == "Veltrona Bank NV", "\(Self.quotes(text))")
        let after =
            "The town of Tarrowby sold 40 mln dlrs of bonds this week, said lead manager Veltrona Bank NV."
        #expect(Self.speaker(after, of: "The town of Tarrowby sold") == "Veltrona Bank NV", "\(Self.quotes(after))")
        // "a spokesman for X" names an unnamed person of X, not X.
        let spokesman = "The town of Tarrowby sold 40 mln dlrs of bonds this week, a spokesman for Veltrona Bank NV said."
        #expect(Self.speaker(spokesman, of: "The town of Tarrowby sold") == nil, "\(Self.quotes(spokesman))")
    }

    @Test func itGoesOnWithACompanyOnlyTheQuoteStageNamed() {
        let text = """
            TULSA, May 4 - Harlow-Vex, a private Tulsa company, said it bought about 65 pct of Quorvane Inc from its two founders.

            It said the total price for the stake was 4.2 mln dlrs.
            """
        #expect(Self.speaker(text, of: "it bought about 65 pct") == "Harlow-Vex", "\(Self.quotes(text))")
        #expect(Self.speaker(text, of: "the total price") == "Harlow-Vex", "\(Self.quotes(text))")
    }

    @Test func thePartnershipIsTheCompanyNamedWithPartners() {
        let text = """
            Tarvel Partners said it offered 40 dlrs a share in cash for Quorvane Inc.

            Quorvane shares did not open on time, and the exchange said they would open near 44.

            Harlow Bank will provide 90 mln dlrs of the loan, the partnership said.
            """
        #expect(Self.speaker(text, of: "Harlow Bank will provide") == "Tarvel Partners", "\(Self.quotes(text))")
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
            "Tarvel Energy Corp, the Tulsa company that holds 31 pct of Quorvane Oil Ltd, said it will raise its stake."
        #expect(Self.speaker(text, of: "it will raise its stake") == "Tarvel Energy Corp", "\(Self.quotes(text))")
        let ticker = """
            LONDON, May 6 - Harlow Group Plc <HGP.L>, the British retailer that took control of Quorvane Corp last year, said it is exploring a sale of the Quorvane unit.
            """
        #expect(Self.speaker(ticker, of: "it is exploring") == "Harlow Group Plc", "\(Self.quotes(ticker))")
    }

    @Test func theCompanyAfterButIsTheSubjectOfTheSentenceBefore() {
        let text = """
            Harlow Oil Ltd said it would seek damages from Quorvane Energy Corp over the pipeline.

            The two firms have argued over the pipeline for a year.

            Quorvane Energy Corp officials could not be reached. But the company has said it will sue Harlow Oil Ltd for its costs.
            """
        #expect(Self.speaker(text, of: "it will sue") == "Quorvane Energy Corp", "\(Self.quotes(text))")
    }
}
