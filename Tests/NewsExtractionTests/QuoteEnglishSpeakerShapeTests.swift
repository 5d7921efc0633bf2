import NewsExtraction
import NewsModel
import Testing

/// English speaker shapes of held-out-like BBC business news: a role with a modifier in the
/// apposition, "told" with no subject before it, time phrases after "said", unknown companies
/// before a relative clause or named again and again, offices with a possessive in their name,
/// ", led by …," appositions, a cue's content that runs into a closing attribution, and places
/// before a company noun. Run through the whole extractor; invented names throughout.
@Suite struct QuoteEnglishSpeakerShapeTests {
    static func quotes(_ text: String) -> [Quote] { QuoteEnglishWireAttributionTests.quotes(text) }

    static func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishWireAttributionTests.speaker(text, of: content)
    }

    @Test func aNameBeforeAnAppositionWithAModifiedRoleSpeaks() {
        let direct = "\"The lira has been like funny money,\" Tovrek Aslani, chief Kelmari economist for Harlow Bank, told reporters."
        #expect(Self.speaker(direct, of: "The lira has been") == "Tovrek Aslani", "\(Self.quotes(direct))")
        let reported = "Tovrek Aslani, chief economist at Harlow Bank, said the lira was weak."
        #expect(Self.speaker(reported, of: "the lira was weak") == "Tovrek Aslani", "\(Self.quotes(reported))")
    }

    @Test func toldRightAfterTheCommaHasNoSubjectAndMakesNoReportedQuote() {
        let text = "\"Prices will rise,\" Tovrek Aslani, head of Harlow Bank, told Kelmar Radio Inc."
        let found = Self.quotes(text)
        #expect(!found.contains { !$0.direct }, "\(found)")
        #expect(found.contains { $0.direct && $0.speaker?.name == "Tovrek Aslani" }, "\(found)")
    }

    @Test func aThisOrLastTimePhraseAfterSaidIsNoContent() {
        let text = "Harlow Bank said earlier this month it would cut 900 jobs in its trading arm."
        let found = Self.quotes(text)
        #expect(found.contains { $0.text.hasPrefix("it would cut 900 jobs") }, "\(found)")
        // "this year's" opens the content itself.
        let possessive = "Harlow Bank said this year's results would be weak."
        #expect(Self.quotes(possessive).contains { $0.text.hasPrefix("this year's results") }, "\(Self.quotes(possessive))")
    }

    @Test func anUnknownOneWordSubjectBeforeARelativeClauseIsACompany() {
        let text = """
            Belgian brewing giant Vostrel has seen its profits soar.

            Vostrel, which makes Kandor beer, said pre-tax profits rose 56%. Sales doubled in the south, Vostrel reported.
            """
        #expect(Self.speaker(text, of: "pre-tax profits rose") == "Vostrel", "\(Self.quotes(text))")
        #expect(Self.speaker(text, of: "Sales doubled") == "Vostrel", "\(Self.quotes(text))")
    }

    @Test func aNameRepeatedInTheArticleIsAnOrganisationAtTheCue() {
        let text = """
            Shares in Texas Gravel fell after the mining group reported losses.

            Texas Gravel said it was making progress. The company said these actions should lift earnings. Texas Gravel operates 15 pits.
            """
        #expect(Self.speaker(text, of: "it was making progress") == "Texas Gravel", "\(Self.quotes(text))")
        #expect(Self.speaker(text, of: "these actions should") == "Texas Gravel", "\(Self.quotes(text))")
    }

    @Test func anOfficeWithAPossessiveInItsNameSpeaks() {
        let text = "Kelmar institutions failed to act on the rules, the US Fisheries Commissioner's Office said."
        #expect(
            Self.speaker(text, of: "Kelmar institutions failed") == "US Fisheries Commissioner's Office", "\(Self.quotes(text))")
    }

    @Test func aPersonInALedByAppositionDoesNotSpeakForTheSubject() {
        let text = """
            Shares in Kelvar Mining Ltd fell on Thursday.

            The mining company, led by new chief executive Dana Ferrick, said it hoped to return to profit in 2006.
            """
        #expect(Self.speaker(text, of: "it hoped to return") == "Kelvar Mining Ltd", "\(Self.quotes(text))")
        // With no company named before, the person in the apposition still does not speak.
        let alone = "The mining company, led by new chief executive Dana Ferrick, said it hoped to return to profit in 2006."
        #expect(Self.speaker(alone, of: "it hoped to return") != "Dana Ferrick", "\(Self.quotes(alone))")
    }

    @Test func aCueWhoseContentRunsIntoAClosingAttributionGivesWayToIt() {
        let text = "Veltrona Ltd's own auditors have noted the uneven way the rules are applied but failed to act, the Harlow Trade Office said."
        #expect(Self.speaker(text, of: "Veltrona Ltd's own auditors") == "Harlow Trade Office", "\(Self.quotes(text))")
        // A person's words stay theirs.
        let person = "Dana Ferrick told the board that the offered price was fair, Harlow Partners Inc said."
        #expect(Self.speaker(person, of: "the offered price was fair") == "Dana Ferrick", "\(Self.quotes(person))")
    }

    @Test func aDemonymBeforeACompanyNounMakesItTheCompanyNamedBefore() {
        let text = """
            Shares in Kelvar Mining Ltd fell on Thursday.

            The Danish company said it hoped to return to profit in 2006.
            """
        #expect(Self.speaker(text, of: "it hoped to return") == "Kelvar Mining Ltd", "\(Self.quotes(text))")
    }
}
