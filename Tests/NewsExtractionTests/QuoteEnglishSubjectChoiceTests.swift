import NewsExtraction
import NewsModel
import Testing

/// Which English speaker a cue gets when several names stand before it: a role phrase that
/// continues the person named last, the subject rather than an object's owner or a company in an
/// apposition, "it" past a company in a phrase of "its", and a second verb joined by "but".
/// Run through the whole extractor; invented names throughout.
@Suite struct QuoteEnglishSubjectChoiceTests {
    /// The whole extractor on an English text, one paragraph per blank-line block.
    static func quotes(_ text: String) -> [Quote] { QuoteEnglishWireAttributionTests.quotes(text) }

    /// The speaker's name of the quote that starts with `content`.
    static func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishWireAttributionTests.speaker(text, of: content)
    }

    @Test func aDescribedCompanyAnaphorIsTheSubjectOfTheSentenceBefore() {
        let planes = """
            Brixel Defence Corp signed a pact with Quarvel Aeronautics Ltd to share information on fighter jets.

            On the civilian front, Zentor Aircraft Corp announced a deal with Norbel Technologies Inc. The US company also said it had agreed to sell 10 planes to a new airline.
            """
        #expect(Self.speaker(planes, of: "it had agreed to sell 10 planes") == "Zentor Aircraft Corp", "\(Self.quotes(planes))")
        let fair = """
            Fast networks are here, says the Kelmar Suppliers Association.

            Zentor AG showed off a system that sends data faster. The German company said data could be sent at one gigabit a second.
            """
        #expect(Self.speaker(fair, of: "data could be sent") == "Zentor AG", "\(Self.quotes(fair))")
    }

    @Test func aRolePhraseAfterAQuoteContinuesThePersonNamedJustBefore() {
        let minister = """
            Martin Quayford is urging European leaders to wake up over the trade talks.

            "The talks have failed. The rest of the world should act," the prime minister said in an interview.
            """
        #expect(Self.speaker(minister, of: "The talks have failed") == "Martin Quayford", "\(Self.quotes(minister))")
        let analyst = """
            Ronald Vanzell of Kestrel Securities said the shares were fairly valued.

            "It's a reasonable deal for both sides," the analyst told reporters.
            """
        #expect(Self.speaker(analyst, of: "It's a reasonable deal") == "Ronald Vanzell", "\(Self.quotes(analyst))")
    }

    @Test func aRolePhraseDoesNotContinueSomeoneElse() {
        // The person named before holds another role: the analyst is someone new.
        let otherRole = """
            Martin Quayford, the chairman of Kestrel Securities, said the shares were cheap.

            "It's a reasonable deal for both sides," the analyst told reporters.
            """
        #expect(Self.speaker(otherRole, of: "It's a reasonable deal") != "Martin Quayford", "\(Self.quotes(otherRole))")
        // A spokesman is someone new, and so is a person named long before.
        let spokesman = """
            Martin Quayford said the shares were cheap.

            "We will not comment," the spokesman said.
            """
        #expect(Self.speaker(spokesman, of: "We will not comment") != "Martin Quayford", "\(Self.quotes(spokesman))")
        let farBack = """
            Martin Quayford said the shares were cheap. The market rose. Bonds fell. The dollar was flat.

            "It's a reasonable deal for both sides," the analyst told reporters.
            """
        #expect(Self.speaker(farBack, of: "It's a reasonable deal") != "Martin Quayford", "\(Self.quotes(farBack))")
    }

    @Test func theOwnerOfTheObjectIsNotTheSpeaker() {
        let text = "Varnex Holdings Inc earlier today rejected Quorvane Corp's offer, saying Quorvane's bid was an attempt to block its buyout."
        #expect(Self.speaker(text, of: "Quorvane's bid") == "Varnex Holdings Inc", "\(Self.quotes(text))")
        // With no other company before the verb, the owner still speaks for itself.
        let alone = "Quorvane Corp's board said the offer was too low."
        #expect(Self.speaker(alone, of: "the offer was too low") == "Quorvane Corp", "\(Self.quotes(alone))")
    }

    @Test func aCompanyInAnAppositionDoesNotSpeakForTheCompanyItDescribes() {
        let text = """
            A group led by Harnell Nevada Inc, a subsidiary of Quentar Industries, a Saddleton carpet maker, \
            said it cut its stake in Vollmar Products Corp to 169,888 shares, or 3.4 pct.
            """
        #expect(Self.speaker(text, of: "it cut its stake") == "Harnell Nevada Inc", "\(Self.quotes(text))")
    }

    @Test func itPassesOverACompanyNamedInAPhraseOfIts() {
        let text = """
            Brelford Group Ltd reported higher profits for 1986.

            The total excluded gains of 563 mln dlrs, partly from the sale of some of its stake in the Coastal Morning Herald, a newspaper. It said it expects another gain in 1987 from the sale of the remaining shares.
            """
        #expect(Self.speaker(text, of: "it expects another gain") == "Brelford Group Ltd", "\(Self.quotes(text))")
        // A company named plainly last is still what "it" stands for.
        let plain = """
            Brelford Group Ltd reported higher profits for 1986.

            The Coastal Morning Herald had a good year as well. It said it expects another gain in 1987.
            """
        #expect(Self.speaker(plain, of: "it expects another gain") == "Coastal Morning Herald", "\(Self.quotes(plain))")
    }

    @Test func aSecondVerbJoinedByButKeepsTheSpeaker() {
        let text = """
            Harnell Vision Inc told regulators it has acquired 1,420,500 shares of Quentar Lasers Inc.

            Harnell Vision said it bought the stake for investment purposes.

            It said it might buy additional Quentar Lasers common shares, but said it does not plan to boost its stake above 10 pct.
            """
        #expect(Self.speaker(text, of: "it does not plan") == "Harnell Vision Inc", "\(Self.quotes(text))")
        // A new subject after "but" speaks for itself.
        let newSubject = """
            Harnell Vision Inc said it might buy more shares, but Quentar Lasers Inc said it would fight the purchase.
            """
        #expect(Self.speaker(newSubject, of: "it would fight") == "Quentar Lasers Inc", "\(Self.quotes(newSubject))")
    }

    @Test func itStandsForTheCompanyThatOpensTheSentenceBefore() {
        // After a description ending in a company noun, and after an opening adverbial.
        let text = """
            German investment bank Varnholt Bank has challenged the right of Quellmar Oil to claim protection in the US.

            In a court filing on Tuesday, it said the oil group has few ties to Texas.
            """
        #expect(Self.speaker(text, of: "the oil group") == "Varnholt Bank", "\(Self.quotes(text))")
        // Even when another company spoke before.
        let spokeBefore = """
            Quellmar Group's managing director Tomas Ardwick told reporters: "We will fight them."

            Varnholt Oil officials were unavailable for comment. But the company has said it intends to take action against Quellmar.
            """
        #expect(Self.speaker(spokeBefore, of: "it intends") == "Varnholt Oil", "\(Self.quotes(spokeBefore))")
        // "X Corp's Y unit said …. It said": the unit.
        let unit = """
            HOUSTON, March 13 - Varnholt Petroleum Corp's Quellmar Pipeline Co unit said it has introduced a plan.

            It said under the plan customers will receive interim agreements.
            """
        #expect(Self.speaker(unit, of: "under the plan") == "Quellmar Pipeline Co", "\(Self.quotes(unit))")
    }

    @Test func theSubjectOfWhatACompanySaidIsNotWhatItStandsFor() {
        // The sentence before is a statement of X: its subject is content, X goes on speaking.
        let text = """
            Harnell Vision Inc said it would buy Quentar Lasers Inc for 20 dlrs a share.

            The Quentar Lasers plants will be used for new products, Harnell Vision said. It said the deal would close in June.
            """
        #expect(Self.speaker(text, of: "the deal would close") == "Harnell Vision Inc", "\(Self.quotes(text))")
        // A market phrase ("Y shares rose") is no subject either.
        let market = """
            Harnell Vision Inc said it would buy Quentar Lasers Inc for 20 dlrs a share.

            Quentar Lasers shares rose 2 dlrs on the news. It said the deal would close in June.
            """
        #expect(Self.speaker(market, of: "the deal would close") == "Harnell Vision Inc", "\(Self.quotes(market))")
    }

    @Test func ofCompaniesJoinedByAndTheFirstSpeaks() {
        let text = """
            WASHINGTON, March 17 - An investor group including Marvel Shares Corp and Marvel Income Fund Inc told \
            the Securities and Exchange Commission it raised its stake in Tessaly Corp to 575,859 shares.
            """
        #expect(Self.speaker(text, of: "it raised its stake") == "Marvel Shares Corp", "\(Self.quotes(text))")
        let alone = "WASHINGTON, March 17 - Marvel Income Fund Inc told the Securities and Exchange Commission it raised its stake in Tessaly Corp to 575,859 shares."
        #expect(Self.speaker(alone, of: "it raised its stake") == "Marvel Income Fund Inc", "\(Self.quotes(alone))")
    }
}
