import NewsExtraction
import NewsModel
import Testing

/// German people whose given name the lexicon does not know: named with a role in commas after the
/// name, or after an office or owner role before it. Invented names only.
@Suite struct EntityGermanUnknownGivenNameTests {
    typealias T = EntityRecognizerTests

    @Test func roleInCommasAfterThePair() {
        let table = T.entities("Sie wollen unsere Zerstörung, hatte Varek Dolmanis, der rechtspopulistische Verteidigungsminister, gesagt.")
        #expect(T.entity(table, "Varek Dolmanis")?.kind == .person)
        let plain = T.entities("Zarvik Hevaletis, der Arbeitsminister, gehört zu ihnen.")
        #expect(T.entity(plain, "Zarvik Hevaletis")?.kind == .person)
        let member = T.entities("Tjorvi Veltisson, ein Vertreter der Umweltorganisation, sprach von einem Skandal.")
        #expect(T.entity(member, "Tjorvi Veltisson")?.kind == .person)
    }

    @Test func ordinaryWordsBeforeARoleApposition() {
        // Ordinary nouns before a comma and a role are no name.
        let table = T.entities("Neue Regeln, der Minister, und die Kosten waren Themen des Abends.")
        #expect(T.names(table, kind: .person).isEmpty)
        // A role with a name of its own after the comma names that other person.
        let other = T.entities("Quarvo Telminez, Arbeitsminister Jonas Wittmer und andere kamen.")
        #expect(T.entity(other, "Quarvo Telminez")?.kind != .person)
    }

    @Test func officeAndOwnerRolesBeforeAName() {
        let mayor = T.entities("Am Montag stellte Oberbürgermeister Odalric Bramwitz seine Pläne vor.")
        #expect(T.entity(mayor, "Odalric Bramwitz")?.kind == .person)
        let member = T.entities("Es ist ein historischer Tag, sagte der Abgeordnete Quelvio Trovo in der Hauptstadt.")
        #expect(T.entity(member, "Quelvio Trovo")?.kind == .person)
        let owner = T.entities("Das bestätigte Villeneigentümer Brennik Schubal am Abend.")
        #expect(T.entity(owner, "Brennik Schubal")?.kind == .person)
    }
}

/// English names with an unknown given name and a role apposition that names what the role belongs
/// to. Invented names only.
@Suite struct EntityEnglishRoleAppositionNameTests {
    typealias T = EntityRecognizerTests

    @Test func roleOfSomethingInCommasAfterTheName() {
        let three = T.entities(
            "In response to the comments, Ieuan Wyn Tarrowby, leader of the Quell group in the assembly, said the plan was wrong.",
            language: .english)
        #expect(T.entity(three, "Ieuan Wyn Tarrowby")?.kind == .person)
        let two = T.entities("Zarvik Hevaletis, chairman of Brixel Corp, said sales rose.", language: .english)
        #expect(T.entity(two, "Zarvik Hevaletis")?.kind == .person)
    }

    @Test func bareRoleAfterACompanyIsNoPerson() {
        // ", the adviser," names no organisation of its own: the two words may be a company.
        let table = T.entities("Quarvo Telminez, the adviser, said the bid was fair.", language: .english)
        #expect(T.entity(table, "Quarvo Telminez")?.kind != .person)
    }
}
