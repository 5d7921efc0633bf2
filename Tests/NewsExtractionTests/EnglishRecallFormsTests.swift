import NewsExtraction
import NewsModel
import Testing

/// English recall forms found missing in a blind sample of Reuters and BBC business news: names
/// that hold "of America", a place or a national adjective, unit names marked by their context,
/// "and" before an institution head, plural possessors and appositions that name an owner, stakes
/// handed over, a merger into the buyer, and joint buyers as one deal in both languages. Invented
/// names only; the whole extractor runs (entities found by the recognizer, not given).
@Suite struct EnglishRecallFormsTests {
    private func facts(_ text: String, _ language: Language = .english) -> ArticleFacts {
        let title = language == .german ? "Titel" : "Headline"
        return RuleBasedExtractor().extract(from: Article(id: "r", title: title, paragraphs: [title, text], language: language))
    }

    private func organisations(_ facts: ArticleFacts) -> [String] {
        facts.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    // MARK: Names

    @Test func legalFormOfAmericaKeepsTheContinent() {
        let found = facts("Quorvel Petroleum Corp's Natural Brine Pipeline Co of America unit said it introduced a plan.")
        #expect(organisations(found).contains("Natural Brine Pipeline Co of America"))
        #expect(found.stakes.map(\.summary).contains("Quorvel Petroleum Corp>Natural Brine Pipeline Co of America -"))
        // A town after "of" says where the company is.
        let town = facts("Brixa Inc of Chicago said it acquired Quorvel Corp.")
        #expect(organisations(town).contains("Brixa Inc"))
        #expect(!organisations(town).contains { $0.contains("Chicago") })
    }

    @Test func placeOfTwoWordsInsideALegalName() {
        let found = facts("Argon Group Plc said it agreed to sell its unit Brixa Morton Ltd to <Seagram United Kingdom Ltd> for 14 mln stg.")
        #expect(organisations(found).contains("Seagram United Kingdom Ltd"))
        #expect(found.deals.map(\.summary) == ["acquisition Seagram United Kingdom Ltd>Brixa Morton Ltd from Argon Group Plc -"])
    }

    @Test func nationalAdjectiveBeforeAKnownNameMakesAnotherCompany() {
        // A gazetteer company is needed here: "Unilever" stands for any known name.
        let found = facts("Deutsche Unilever AG, Unilever Plc's 99.15 pct-owned West German subsidiary, said sales rose.")
        #expect(organisations(found).contains("Deutsche Unilever AG"))
        #expect(found.stakes.map(\.summary).contains("Unilever>Deutsche Unilever AG 99.15"))
        // Without the adjective the legal form extends the known name itself.
        let plain = facts("Unilever AG said sales rose.")
        #expect(organisations(plain) == ["Unilever"])
    }

    @Test func unknownNameBeforeAStakeRelative() {
        let found = facts("Trades are cleared via Norvelle, in which Kestrel Mills Inc has a quarter stake.")
        #expect(found.stakes.map(\.summary) == ["Kestrel Mills Inc>Norvelle 25.0"], "\(found.stakes.map(\.summary))")
        let german = GermanProbe.facts("Die Abwicklung läuft über Quorvan, an der die Kestrel AG 30 Prozent hält.")
        #expect(german.stakes.map(\.summary) == ["Kestrel AG>Quorvan 30.0"], "\(german.stakes.map(\.summary))")
        // A relative about something else names no company.
        #expect(!organisations(facts("Trades are cleared via Norvelle, in which Kestrel Mills Inc sees a risk.")).contains("Norvelle"))
    }

    @Test func unitNameBeforeTradeWords() {
        let found = facts("Kestrel Mills Inc said it plans to sell its Marvo Tannick specialty retailing subsidiary.")
        #expect(organisations(found).contains("Marvo Tannick"), "\(organisations(found))")
        #expect(found.stakes.map(\.summary).contains("Kestrel Mills Inc>Marvo Tannick -"), "\(found.stakes.map(\.summary))")
        // Ordinary words before the trade words name no unit.
        #expect(!organisations(facts("Kestrel Mills Inc said it will sell its Main Street footwear division.")).contains("Main Street"))
    }

    @Test func unitNameAfterOwnershipWords() {
        let sold = facts("Kestrel Mills Inc said it sold its wholly owned Marvotek subsidiary to foreign investors for four mln dlrs.")
        #expect(organisations(sold).contains("Marvotek"), "\(organisations(sold))")
        #expect(organisations(facts("Kestrel Mills Inc will transfer its wholly- owned Marvo Tannick division.")).contains("Marvo Tannick"))
        // "new" is no word of ownership: "its new Islamic banking unit" names no company.
        #expect(!organisations(facts("Kestrel Mills Inc is scouting for a partner for its new Islamic banking unit.")).contains("Islamic"))
    }

    @Test func knownCompanyWithACountryAndLegalFormIsItsNationalUnit() {
        // Gazetteer names with an alias ("Shell") or a legal form of their own ("Mitsui and Co") before a country.
        for (text, name) in [("Shell Canada Ltd said its refinery output rose.", "Shell Canada Ltd"), ("Mitsui and Co Canada Ltd said its output rose.", "Mitsui and Co Canada Ltd")] {
            let names = organisations(facts(text))
            #expect(names.contains(name) && !names.contains("Canada Ltd"), "\(names)")
        }
    }

    @Test func unitNamesMarkedByTheirContext() {
        let affiliate = facts("Quorvel Group Inc said it agreed to sell its Quorvel Sulphur Springs affiliate to local investors.")
        #expect(organisations(affiliate).contains("Quorvel Sulphur Springs"))
        #expect(affiliate.deals.map(\.summary) == ["acquisition ->Quorvel Sulphur Springs from Quorvel Group Inc -"])
        let apposition = facts("Brixa Corp will lease the planes through Metropolitan Leasing, a wholly-owned subsidiary of Brixa.")
        #expect(organisations(apposition).contains("Metropolitan Leasing"))
        #expect(apposition.stakes.map(\.summary).contains("Brixa Corp>Metropolitan Leasing 100.0"))
        let division = facts("Canrad Inc said it acquired the Measurement Systems Division of Quorvel Corp for cash.")
        #expect(organisations(division).contains("Measurement Systems Division"))
        #expect(division.deals.map(\.summary).contains("acquisition Canrad Inc>Measurement Systems Division from - -"))
    }

    @Test func placesAndDemonymsAloneAreNoUnitName() {
        let found = facts("Brixa Corp said its U.S. unit and its Canadian subsidiary had higher sales.")
        #expect(organisations(found) == ["Brixa Corp"])
    }

    @Test func innerCapitalAndLeadingFirstInALegalName() {
        let found = facts("Brixa Corp agreed to be acquired by First Quorvel NovaBank Corp for 20 dlrs a share.")
        #expect(organisations(found).contains("First Quorvel NovaBank Corp"))
        #expect(found.deals.map(\.summary) == ["acquisition First Quorvel NovaBank Corp>Brixa Corp from - -"])
        // A "First" that a comma ends is an adverb, not part of the name.
        let adverb = facts("First, Quorvel NovaBank Corp said it would report.")
        #expect(organisations(adverb).contains("Quorvel NovaBank Corp"))
    }

    @Test func twoWordsJoinedByAndBeforeAnInstitutionHead() {
        let found = facts("Exports fell in February, the Census and Statistics Department said.")
        #expect(organisations(found).contains("Census and Statistics Department"))
        #expect(!organisations(found).contains("Statistics Department"))
    }

    @Test func partnersWithTheirAcronymInBrackets() {
        let found = facts("Acme Inc said it acquired Quarvel and Norton (Q&N) for 20 mln dlrs. Q&N makes pumps.")
        let entity = found.entities.first { $0.name == "Quarvel and Norton" }
        #expect(entity?.aliases.contains("Q&N") == true)
        #expect(found.deals.map(\.summary) == ["acquisition Acme Inc>Quarvel and Norton from - -"])
        // Initials that do not fit leave the names apart.
        let other = facts("Acme Inc said it acquired Quarvel and Norton (XY) for 20 mln dlrs.")
        #expect(!organisations(other).contains("Quarvel and Norton"))
    }

    @Test func oneNameWordBeforeInternational() {
        let found = facts("Zentor Corp said Transfield International would buy it. Transfield said it was pleased.")
        let entity = found.entities.first { $0.name == "Transfield International" }
        #expect(entity?.aliases.contains("Transfield") == true)
        // "International" before a further name word is part of another name.
        let fund = facts("Zentor Corp said Heathrow International Airport would expand.")
        #expect(!organisations(fund).contains("Heathrow International"))
    }

    // MARK: Holdings

    @Test func pluralPossessorAndAbbreviatedUnitName() {
        let plural = facts("Duff Ratings raised the ratings on Quorvel Public Utilities' Brixa Electric Co. subsidiary.")
        #expect(plural.stakes.map(\.summary).contains("Quorvel Public Utilities>Brixa Electric Co -"))
        let stop = facts("Duff Ratings raised the ratings on Quorvel Corp's Brixa Electric Co. subsidiary.")
        #expect(stop.stakes.map(\.summary).contains("Quorvel Corp>Brixa Electric Co -"))
    }

    @Test func appositionNamesTheOwnerButNotARival() {
        let owner = facts("Brixa Ltd, Zentor Corp's wholly-owned British unit, said profits rose.")
        #expect(owner.stakes.map(\.summary) == ["Zentor Corp>Brixa Ltd 100.0"])
        let rival = facts("Brixa Ltd, Zentor Corp's main rival, said profits rose.")
        #expect(rival.stakes.isEmpty)
    }

    // MARK: Deals

    @Test func stakeHandedOverToSomeone() {
        let found = facts("Anton Drubin handed over his entire 59.5 pct stake in holding company Quorvel Corp to Ilja Valkov.")
        #expect(found.deals.map(\.summary) == ["stake Ilja Valkov>Quorvel Corp from Anton Drubin 59.5"])
        #expect(found.stakes.map(\.summary).contains("Ilja Valkov>Quorvel Corp 59.5"))
        let company = facts("Acme Inc transferred its 20 pct stake in Brixa Corp to Dunmore Corp.")
        #expect(company.deals.map(\.summary) == ["stake Dunmore Corp>Brixa Corp from Acme Inc 20.0"])
    }

    @Test func mergerIntoTheBuyerIsAnAcquisition() {
        let found = facts("Zentor SA said it bought shares. Brixa Corp said its previously-announced merger into Zentor is still subject to approval.")
        #expect(found.deals.map(\.summary).contains("acquisition Zentor SA>Brixa Corp from - -"))
        let merger = facts("Brixa Corp said its merger with Zentor SA was approved.")
        #expect(!merger.deals.contains { $0.kind == .acquisition })
    }

    @Test func jointBuyersMakeOneDealInBothLanguages() {
        let english = facts("Acme Inc and Dunmore Corp said they agreed to acquire Brixa Corp.")
        #expect(english.deals.map(\.summary) == ["acquisition Acme Inc>Brixa Corp from - -"])
        #expect(Set(english.stakes.map(\.summary)) == ["Acme Inc>Brixa Corp -", "Dunmore Corp>Brixa Corp -"])
        let german = facts("Die Acme AG und die Dunmore GmbH haben gemeinsam die Brixa AG übernommen.", .german)
        #expect(german.deals.map(\.summary) == ["acquisition Acme AG>Brixa AG from - -"])
        #expect(Set(german.stakes.map(\.summary)) == ["Acme AG>Brixa AG -", "Dunmore GmbH>Brixa AG -"])
    }

    @Test func jointPlanGivesTheCoBuyerNoHolding() {
        let english = facts("Acme Inc and Dunmore Corp said they plan to acquire Brixa Corp.")
        #expect(english.deals.count == 1)
        #expect(!english.stakes.contains { $0.holder.name == "Dunmore Corp" })
    }
}
