import NewsExtraction
import NewsModel
import Testing

/// Names the general rules used to cut short: a word before a known "Bank of <place>" ("Union Bank of
/// Tarrovia"), foreign particles inside company names ("Banque Torvale du Marlin SA"), Arabic surnames
/// with the article ("al-Zamiri"), an ordinal before a known name ("First Barclays Corp"), and places
/// that end in a place word after a given name ("Gordon City"). Invented names only (known names are
/// gazetteer data).
@Suite struct EntityEnglishCutNameTests {
    private func names(_ text: String, language: Language = .english) -> [String: EntityKind] {
        var found: [String: EntityKind] = [:]
        for entity in EntityRecognizerTests.entities(text, language: language).entities { found[entity.name] = entity.kind }
        return found
    }

    @Test func anOrdinaryWordBeforeBankOfAPlaceOpensACommercialBank() {
        let unknown = names("Lead manager for the issue is Union Bank of Tarrovia.")
        #expect(unknown["Union Bank of Tarrovia"] == .company, "\(unknown)")
        #expect(unknown["Bank of Tarrovia"] == nil)
        let compound = names("It took a loan from the Export-Import Bank of Marlovia last year.")
        #expect(compound["Export-Import Bank of Marlovia"] != nil, "\(compound)")
        #expect(compound["Bank of Marlovia"] == nil)
    }

    @Test func aKnownBankOfAPlaceAfterAnOpenerIsPartOfALongerName() {
        // "Bank of Canada" and "Bank of Japan" are gazetteer data; the longer names are not.
        let continental = names("The bonds were sold by Continental Bank of Canada on Friday.")
        #expect(continental["Continental Bank of Canada"] == .company, "\(continental)")
        #expect(continental["Bank of Canada"] == nil)
        let national = names("Shares of National Bank of Japan rose.")
        #expect(national["National Bank of Japan"] != nil, "\(national)")
        #expect(national["Bank of Japan"] == nil)
        // A weekday or a sentence adverb before it is no part of the name.
        #expect(names("The rate was cut on Monday. Yesterday Bank of Canada said more.")["Bank of Canada"] == .organization)
        #expect(names("Prices rose, and on Monday Bank of Canada said more.")["Bank of Canada"] == .organization)
    }

    @Test func aForeignParticleBeforeALegalFormStaysInsideTheName() {
        let banque = names("It sold the unit to Banque Torvale du Marlin SA for 20 mln dlrs.")
        #expect(banque["Banque Torvale du Marlin SA"] == .company, "\(banque)")
        #expect(banque["Marlin SA"] == nil)
        let agricola = names("The bid for Agricola del Brisco SA was raised.")
        #expect(agricola["Agricola del Brisco SA"] == .company, "\(agricola)")
        // A known name before the particle opens the longer name too ("Barclays" is gazetteer data).
        let known = names("The shares were placed by Barclays de Vellin Ltd.")
        #expect(known["Barclays de Vellin Ltd"] == .company, "\(known)")
        #expect(known["Vellin Ltd"] == nil)
    }

    @Test func germanArticlesBeforeALegalFormStayOutOfTheName() {
        let found = names("Die Aktionäre der Torvale AG stimmten zu.", language: .german)
        #expect(found["Torvale AG"] == .company, "\(found)")
    }

    @Test func anArabicSurnameWithTheArticleEndsThePersonsName() {
        let minister = names("Oil Minister Ahmed Tarik al-Zamiri said output would rise.")
        #expect(minister["Ahmed Tarik al-Zamiri"] == .person, "\(minister)")
        let two = names("Talks were led by Sheikh Ali al-Vandari, the minister.")
        #expect(two["Ali al-Vandari"] == .person, "\(two)")
        let german = names("Das sagte der Ölminister Ahmed al-Zamiri am Montag.", language: .german)
        #expect(german["Ahmed al-Zamiri"] == .person, "\(german)")
        // "al-" before a lower-case word is no surname.
        #expect(names("Ahmed Tarik al-based said so.")["Ahmed Tarik al-based"] == nil)
    }

    @Test func anOrdinalBeforeAKnownNameWithALegalFormNamesAnotherCompany() {
        let found = names("Shares of First Barclays Corp fell in Dallas.")
        #expect(found["First Barclays Corp"] == .company, "\(found)")
        #expect(found["Barclays"] == nil)
    }

    @Test func aGivenNameBeforeAPlaceWordIsNoPerson() {
        let found = names("The plant near Gordon City closed, as did the Katrina Springs hotel and the Dana Township office.")
        #expect(found["Gordon City"] != .person, "\(found)")
        #expect(found["Katrina Springs"] != .person)
        #expect(found["Dana Township"] != .person)
    }

    @Test func aDemonymIsNoEnglishGivenNameOrSurname() {
        let found = names("The German Finance Ministry and Royal Dutch shares were named, said Dana Ferrick.")
        #expect(found["German Finance"] != .person, "\(found)")
        #expect(found["Royal Dutch"] != .person)
        #expect(found["Dana Ferrick"] == .person)
        // After a given name that is no ordinary word a demonym may be a surname.
        #expect(names("The list was compiled by Dorian Irish, an editor.")["Dorian Irish"] == .person)
    }

    @Test func aCompanyWordBeforeOfHeadsANameWithALegalForm() {
        let found = names("The Bank of Vellmoor Ltd said it raised its stake in Tarnwell Corp.")
        #expect(found["Bank of Vellmoor Ltd"] == .company, "\(found)")
        #expect(found["Vellmoor Ltd"] == nil)
        // A lower-case noun before "of" stays out ("the shares of Vellmoor Ltd").
        #expect(names("He sold the shares of Vellmoor Ltd.")["Vellmoor Ltd"] == .company)
    }

    @Test func twoPlacesJoinedByAndOpenOneName() {
        let found = names("Tarnwell Corp said the Hongkong and Shanghai Vellmoor Corp bought 10 pct of it.")
        #expect(found["Hongkong and Shanghai Vellmoor Corp"] == .company, "\(found)")
        // A place and another name before "and" stay apart.
        let apart = names("It has plants in Hongkong and Brisko Corp bought one.")
        #expect(apart["Hongkong and Brisko Corp"] == nil, "\(apart)")
        let preposition = names("It sells in Hongkong and Shanghai Vellmoor Corp makes the parts.")
        #expect(preposition["Hongkong and Shanghai Vellmoor Corp"] == nil, "\(preposition)")
    }
}
