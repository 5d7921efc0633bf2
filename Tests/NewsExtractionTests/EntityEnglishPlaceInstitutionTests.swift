import NewsExtraction
import NewsModel
import Testing

/// English institutions named by a head and a place ("Bank of X", "Statistics X", "U.S. Department of X") and
/// initials before an unknown surname with a role ("KK Darrowin, head of research"). Invented names only.
@Suite struct EntityEnglishPlaceInstitutionTests {
    private func names(_ text: String) -> [String: EntityKind] {
        var found: [String: EntityKind] = [:]
        for entity in EntityRecognizerTests.entities(text, language: .english).entities { found[entity.name] = entity.kind }
        return found
    }

    @Test func aBankOfAPlaceIsOneOrganisation() {
        let unknown = names("The Bank of Marlovia kept its rates unchanged.")
        #expect(unknown["Bank of Marlovia"] == .organization, "\(unknown)")
        #expect(unknown["Marlovia"] == nil)
        let known = names("The Bank of France sold 1.6 billion francs of bonds.")
        #expect(known["Bank of France"] == .organization, "\(known)")
        let qualified = names("Markets rose after the Reserve Bank of Verland cut rates.")
        #expect(qualified["Reserve Bank of Verland"] == .organization, "\(qualified)")
        // Another name before "Bank" is the company's own ("Quarvel Bank of Verland"), not cut off.
        #expect(names("It sold the unit to Quarvel Bank of Verland.")["Bank of Verland"] == nil)
    }

    @Test func aBankOfAnOrdinaryWordIsNoName() {
        let found = names("The Bank of Savings award went to Harlow Minerals Inc.")
        #expect(!found.keys.contains { $0.hasPrefix("Bank of") }, "\(found)")
    }

    @Test func statisticsBeforeAPlaceOrAnUnknownWordIsAnOffice() {
        #expect(names("Statistics Verland published the figures.")["Statistics Verland"] == .organization)
        #expect(names("Statistics Canada published the figures.")["Statistics Canada"] == .organization)
        // "Statistics" before an ordinary word is no name.
        #expect(!names("Statistics Show a rise in the figures.").keys.contains { $0.hasPrefix("Statistics") })
    }

    @Test func aPlaceBeforeAnInstitutionWithItsComplementBelongsToTheName() {
        let table = EntityRecognizerTests.entities(
            "The U.S. Department of Fisheries (DOF) said it cleared the sale. The DOF said more.", language: .english)
        let department = EntityRecognizerTests.entity(table, "U.S. Department of Fisheries")
        #expect(department?.kind == .organization, "\(table.entities.map(\.name))")
        #expect(department?.aliases.contains("DOF") == true)
    }

    @Test func initialsWithARoleAfterTheSurnameMakeAPerson() {
        let found = names("Prices will fall, said KK Darrowin, head of research at Tarvel Securities.")
        #expect(found["KK Darrowin"] == .person, "\(found)")
        // Without the role the capitals stay an acronym; a known word after them is no surname.
        #expect(names("Prices will fall, said KK Darrowin.")["KK Darrowin"] != .person)
        #expect(names("ERC International, head of the group, said prices will fall.")["ERC International"] != .person)
    }
}
