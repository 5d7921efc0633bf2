import NewsExtraction
import NewsModel
import Testing

/// German-text names the plain lookups miss: a known given name written with an accent, and a
/// role noun with a case ending before an unknown name. Invented names only.
@Suite struct EntityGermanNameFormsTests {
    typealias T = EntityRecognizerTests

    @Test func accentedKnownGivenName() {
        let table = T.entities("Auch Néstor Kalmbrecht war bei dem Treffen.")
        #expect(T.entity(table, "Néstor Kalmbrecht")?.kind == .person)
        let female = T.entities("Auch Sofía Darrowitz war bei dem Treffen.")
        #expect(T.entity(female, "Sofía Darrowitz")?.kind == .person)
        // An accented word that is no given name stays unknown.
        let other = T.entities("Auch Quélvor Darrowitz war bei dem Treffen.")
        #expect(T.entity(other, "Quélvor Darrowitz")?.kind != .person)
    }

    @Test func inflectedRoleBeforeAnUnknownName() {
        let dative = T.entities("Nach zwei Treffen mit dem Präsidenten Xarvo Gusteli kehrten die Soldaten zurück.")
        #expect(T.entity(dative, "Xarvo Gusteli")?.kind == .person)
        let genitive = T.entities("Nach der Ernennung des Premierministers Snedor Ravolti kam es zu Unruhen.")
        #expect(T.entity(genitive, "Snedor Ravolti")?.kind == .person)
        // A plural noun that is no role opens no name.
        let plain = T.entities("Die Ergebnisse Quarvo Telminez wurden gelobt.")
        #expect(T.entity(plain, "Quarvo Telminez")?.kind != .person)
    }
}
