import NewsExtraction
import NewsModel
import Testing

/// English attribution forms found on an unseen blind sample (pool 3): a subject with a long
/// apposition and relative clause before "says", a name with a role right before a final "said",
/// an attribution between two commas in mid-sentence, and a plain noun-phrase subject after "said".
@Suite struct QuoteEnglishAttributionFormsTests {
    static let john = QuoteFixture.Person(name: "John Carter")
    static let mary = QuoteFixture.Person(name: "Mary Stone")

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes(
            "Title\n\n" + body, language: .english, people: [john, mary], companies: ["Acme", "Bolt Corp"])
    }

    @Test func theSubjectBeforeALongAppositionSpeaksNotTheCompanyInsideIt() {
        let quotes = Self.english(
            "Bolt Corp sold its plant last year. Acme, the Ruritania-based holding company which controls 51% of Bolt Corp, says this was illegal.")
        let found = quotes.first { $0.text.hasPrefix("this was illegal") }
        #expect(found?.speaker?.name == "Acme")
        // Without the relative clause the subject speaks as well.
        let plain = Self.english("Acme, the holding company of the group, says the sale was illegal.")
        #expect(plain.first?.speaker?.name == "Acme")
    }

    @Test func aNameWithARoleRightBeforeAFinalSaidSpeaks() {
        let quotes = Self.english(
            "The agency has decided not to raise its fee on mortgage loans, John Carter, Acme executive vice president said.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "John Carter")
        #expect(quotes.first?.text == "The agency has decided not to raise its fee on mortgage loans")
    }

    @Test func anAttributionBetweenCommasInMidSentenceKeepsBothParts() {
        let quotes = Self.english(
            "Acme published a study. But if measured at age 65 instead, Acme said, a manual worker will live to 81 years.")
        let found = quotes.first { $0.text.contains("manual worker") }
        #expect(found?.speaker?.name == "Acme")
        #expect(found?.text.contains("a manual worker will live to 81 years") == true)
        #expect(found?.text.contains("Acme said") == false)
    }

    @Test func aNounPhraseSubjectWithAPastVerbAfterSaidIsAContentClause() {
        let quotes = Self.english(
            "Acme made more money. The firm said strong demand in Asia and the good performance of its new range lifted its results.")
        let found = quotes.first { $0.text.hasPrefix("strong demand") }
        #expect(found?.speaker?.name == "Acme")
        #expect(found?.text == "strong demand in Asia and the good performance of its new range lifted its results")
        // An object phrase with no verb after it stays no content.
        let object = Self.english("Acme said strong words about the plan.")
        #expect(object.isEmpty)
    }

    @Test func aSentenceKeptTogetherAfterAnAbbreviationDoesNotLendItsCompanyAsSpeaker() {
        let quotes = Self.english(
            "Bolt Corp cut its stake to 12 pct. Acme, the holding company which controls 51 pct of Bolt Corp, says this was illegal.")
        let found = quotes.first { $0.text.hasPrefix("this was illegal") }
        #expect(found?.speaker?.name == "Acme")
    }

    @Test func aContentEndsAtAnAbbreviationDotThatEndsASentence() {
        let quotes = Self.english(
            "John Carter said he was hoping for a loan of 120 mln dlrs. Ruritania's total debt is estimated at 1.5 billion dlrs.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "he was hoping for a loan of 120 mln dlrs")
        // A legal form after the dot goes on with the name.
        let name = Self.english("John Carter said the plant was sold to Mitsuko and Co. Ltd last week.")
        #expect(name.first?.text == "the plant was sold to Mitsuko and Co. Ltd last week")
    }

    @Test func aContentBeforeTheAttributionStartsAfterAnAbbreviationDot() {
        let quotes = Self.english("Bolt Corp bought 5 pct. Sales will rise this year, the company said.")
        #expect(quotes.first?.text == "Sales will rise this year")
    }

    @Test func anAddresseeNounRightAfterSaidIsTheSubjectOfTheContent() {
        let quotes = Self.english("Acme said shareholders at the annual meeting will be asked to approve the split.")
        #expect(quotes.first?.text == "shareholders at the annual meeting will be asked to approve the split")
        // After "told" it is still the addressee.
        let told = Self.english("John Carter told shareholders the company would pay a dividend.")
        #expect(told.first?.text == "the company would pay a dividend")
    }

    @Test func aBodySpokenToAfterToldIsNoContent() {
        let quotes = Self.english("John Carter told the federal court, saying the plan was sound.")
        #expect(!quotes.contains { $0.text.hasPrefix("the federal court") })
        let jury = Self.english("Mary Stone told a packed jury she had signed nothing.")
        #expect(jury.first?.text == "she had signed nothing")
        #expect(jury.first?.speaker?.name == "Mary Stone")
    }

    @Test func aThatAfterThePlaceAndTimeOfTheOccasionOpensTheContent() {
        let quotes = Self.english(
            "John Carter told a news conference in Ruritania at the end of a two-day meeting of ministers that he saw prices stabilizing.")
        #expect(quotes.first?.text == "he saw prices stabilizing")
    }

    @Test func aNameWithItsRoleAfterSaidIsNoContent() {
        let quotes = Self.english(
            "Acme has suspended the practice of calling its dealers first, said Zorvak Quellin, deputy director in the regional office.")
        #expect(!quotes.contains { $0.text.hasPrefix("Zorvak") })
        // A named subject with a verb after it is still a content.
        let content = Self.english("John Carter said Bolt Corp, the parent, would sell the unit.")
        #expect(content.first?.text == "Bolt Corp, the parent, would sell the unit")
    }
}
