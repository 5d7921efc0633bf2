import NewsExtraction
import NewsModel
import Testing

/// English names that the general rules used to cut or merge: possessives and apostrophes inside
/// names, "X and Co", company words inside longer names, share classes, initials, dashed names,
/// bracketed names, and a short form that must not swallow another full legal name. Invented
/// names only.
@Suite struct EntityEnglishNameFormsTests {
    private func entities(_ text: String) -> EntityTable { EntityRecognizerTests.entities(text, language: .english) }

    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func possessiveInsideALegalName() {
        let table = entities("Kelmore Foods Inc agreed to buy Brenna's Markets Inc for 40 mln dlrs.")
        #expect(companies(table).contains("Brenna's Markets Inc"))
        #expect(!companies(table).contains("Markets Inc"))
    }

    @Test func possessiveOfAnOwnerStaysApart() {
        // "Zentrix" is used alone too: "Zentrix's" names the owner, not part of the unit's name.
        let table = entities("Zentrix said it sold Zentrix's Quarvel Tools Inc unit to Brisk Holdings Corp.")
        #expect(companies(table).contains("Quarvel Tools Inc"))
        #expect(!companies(table).contains("Zentrix's Quarvel Tools Inc"))
    }

    @Test func apostropheParticleInsideAName() {
        let table = entities("Tip 'N Top Stores Inc said it got a bid. Later Tip 'N Top said it would reject it.")
        let tip = EntityRecognizerTests.entity(table, "Tip 'N Top Stores Inc")
        #expect(tip != nil)
        #expect(tip?.aliases.contains("Tip 'N Top") == true)
        #expect(!companies(table).contains("N Top Stores Inc"))
    }

    @Test func andCoIsALegalForm() {
        let table = entities("Morven Kravis Tallis and Co bought the stake, advised by Allen and Co and Brisk & Co.")
        let names = companies(table)
        #expect(names.contains("Morven Kravis Tallis and Co"))
        #expect(names.contains("Allen and Co"))
        #expect(names.contains("Brisk & Co"))
    }

    @Test func companyWordInsideALongerName() {
        let table = entities("The stake went to Quarvel Bank of Tarrow Ltd, and Yesterday Kelvo Bank Ltd bid.")
        let names = companies(table)
        #expect(names.contains("Quarvel Bank of Tarrow Ltd"))
        #expect(names.contains("Kelvo Bank Ltd"))
    }

    @Test func bankOfAPlaceWithoutLegalForm() {
        let table = entities("It sold the unit to Quarvel Bank of Brisbane, the bank said.")
        #expect(companies(table).contains("Quarvel Bank of Brisbane"))
        #expect(!companies(table).contains("Brisbane"))
    }

    @Test func capitalisedFunctionWordBeforeALegalForm() {
        let table = entities("The group, which includes Mutual Shares Corp, said it bought the stake.")
        #expect(companies(table).contains("Mutual Shares Corp"))
    }

    @Test func shareClassIsNotPartOfTheName() {
        let table = entities(
            "Tolvan International Plc and Berrow Inc agreed. Tolvan B shares rose and Berrow Series B stock fell.")
        let names = companies(table)
        #expect(!names.contains("Tolvan B"))
        #expect(!names.contains("Berrow Series B"))
        #expect(EntityRecognizerTests.entity(table, "Berrow Inc")?.aliases.contains("Berrow") == true)
    }

    @Test func bracketedNameIsWhole() {
        let table = entities(
            "Tanwa Bank agreed to buy a stake in <Banco Quarvel de Investmento Sarl> and <Tolmans Holdings (Tobacco) Ltd>.")
        let names = companies(table)
        #expect(names.contains("Banco Quarvel de Investmento Sarl"))
        #expect(names.contains("Tolmans Holdings (Tobacco) Ltd"))
        #expect(!names.contains("Investmento Sarl"))
    }

    @Test func shortFormDoesNotTakeAnotherLegalName() {
        let table = entities(
            "Kelvo Plc said Kelvo Pacific Corp, a member of the group, would sell. Kelvo shares rose.")
        let kelvo = EntityRecognizerTests.entity(table, "Kelvo Plc")
        let pacific = EntityRecognizerTests.entity(table, "Kelvo Pacific Corp")
        #expect(kelvo != nil && pacific != nil)
        #expect(kelvo?.id != pacific?.id)
        #expect(pacific?.aliases.contains("Kelvo") == false)
        #expect(kelvo?.aliases.contains("Kelvo") == true)
    }

    @Test func dashedNameAndItsFirstPart() {
        let table = entities("Arlow-Bexley Corp said it agreed. Arlow-Bexley shares rose, and shares of Arlow fell.")
        let arlow = EntityRecognizerTests.entity(table, "Arlow-Bexley Corp")
        #expect(arlow?.aliases.contains("Arlow-Bexley") == true)
        #expect(arlow?.aliases.contains("Arlow") == true)
        #expect(companies(table).count == 1)
    }

    @Test func initialsBeforeASurname() {
        let dotted = entities("The stake is held by J.P. Kelmore, a director of the club.")
        #expect(EntityRecognizerTests.names(dotted, kind: .person) == ["J.P. Kelmore"])
        let plain = entities("JP Kelmore holds 29 pct. Mr Kelmore said he would not sell.")
        let person = EntityRecognizerTests.entity(plain, "JP Kelmore")
        #expect(person?.kind == .person)
        #expect(person?.aliases.contains("Kelmore") == true)
        // Without a titled surname, two capitals before a word are no initials.
        let acronym = entities("The KT Varlow unit was sold.")
        #expect(EntityRecognizerTests.names(acronym, kind: .person).isEmpty)
    }

    @Test func demonymOpensALongerCompanyName() {
        let table = entities("It owns Ryder Systems Inc's American Jet Industries subsidiary.")
        #expect(companies(table).contains("American Jet Industries"))
    }

    @Test func firstNamedOfJoinedPeopleSpeaks() {
        let article = Article(
            id: "t", title: "Title",
            paragraphs: [
                "Title",
                "Tom Arlen and Kevin Brisk hold 29 pct of the club. "
                    + "Mr Arlen and Mr Brisk issued a statement saying that they remained long-term investors in the club.",
            ], language: .english)
        let facts = RuleBasedExtractor().extract(from: article)
        let quote = facts.quotes.first { $0.text.contains("long-term investors") }
        #expect(quote?.speaker?.name == "Tom Arlen")
    }

    @Test func shareClassAfterAShortFormIsNoLongerName() {
        let table = entities("Berrow Inc said it sold 104,167 shares of Berrow Series B convertible preferred stock.")
        #expect(!companies(table).contains("Berrow Series B"))
    }

    @Test func acronymAfterABracketedName() {
        let table = entities("Tanwa Bank agreed to buy two pct of <Banco Quarvel de Investmento Sarl> (BQI). BQI is small.")
        let bank = EntityRecognizerTests.entity(table, "Banco Quarvel de Investmento Sarl")
        #expect(bank?.aliases.contains("BQI") == true)
        #expect(!companies(table).contains("BQI"))
    }

    @Test func headWordAsSurnameWithARoleOrSpeechVerb() {
        let spoken = entities("\"We will appeal,\" Quarvel spokesman Tom Lake told reporters.")
        #expect(EntityRecognizerTests.names(spoken, kind: .person) == ["Tom Lake"])
        let apposition = entities("It will appeal, said Tom Lake, a spokesman for Quarvel.")
        #expect(EntityRecognizerTests.names(apposition, kind: .person) == ["Tom Lake"])
        // Without such a cue the head word still ends a place or an event.
        let place = entities("The plant stands near Tom Lake in the north.")
        #expect(EntityRecognizerTests.names(place, kind: .person).isEmpty)
    }

    @Test func partnersBeforeAndCoButNoPersonOrPlace() {
        let table = entities("Brisk, Tallow and Co advised it, said Alan Kerr of Gruntal and Co.")
        let names = companies(table)
        #expect(names.contains("Brisk, Tallow and Co"))
        #expect(names.contains("Gruntal and Co"))
        #expect(EntityRecognizerTests.names(table, kind: .person) == ["Alan Kerr"])
    }

    @Test func possessiveOfAPersonOrPlaceIsNoNamePart() {
        let table = entities("Publisher Robert Maxwell's Kelvo Printing Corp and Tarrovia's Central Bank agreed.")
        let names = companies(table)
        #expect(names.contains("Kelvo Printing Corp"))
        #expect(!names.contains { $0.contains("'s") })
    }

    @Test func initialsBeforeAnOrdinaryWordAreNoPerson() {
        let table = entities("U.N. Diplomats met in May, and W.R. Kelvin shares rose.")
        #expect(EntityRecognizerTests.names(table, kind: .person).isEmpty)
    }

    @Test func surnameOfACompanyNamedAfterAPerson() {
        let table = entities("Tobias Varlow Inc owns 32 pct of Kelvo Plc. Varlow said it would not sell.")
        #expect(EntityRecognizerTests.entity(table, "Tobias Varlow Inc")?.aliases.contains("Varlow") == true)
        #expect(EntityRecognizerTests.names(table, kind: .person).isEmpty)
    }

    @Test func initialsWithACommaBeforeTheSpeechVerb() {
        let table = entities("His father, retired teacher C.A. Kelmore, said they bought the stake.")
        #expect(EntityRecognizerTests.names(table, kind: .person) == ["C.A. Kelmore"])
    }

    @Test func acronymBeforeAHeadWordAndSpeechVerbIsNoPerson() {
        let table = entities("KRC International said it won a contract.")
        #expect(EntityRecognizerTests.names(table, kind: .person).isEmpty)
    }
}
