import NewsModel
import Testing

/// German groups and their members: lists after "Zur Y gehören" and "zu der", "Y-Töchter", an unnamed
/// "die Y-Tochter" for the article's company, and "die Mutter Y". Invented names only.
@Suite struct StakeGermanGroupMembersTests {
    private func stakes(_ text: String, _ companies: [String], places: [String] = []) -> Set<String> {
        Set(DealFixture.facts("Titel\n\n" + text, .german, companies: companies, places: places).stakes.map(\.summary))
    }

    @Test func membersListedAfterTheGroup() {
        #expect(stakes("Zur Acme AG gehören die Brix GmbH und die Cole AG.", ["Acme AG", "Brix GmbH", "Cole AG"]) == ["Acme AG>Brix GmbH -", "Acme AG>Cole AG -"])
        #expect(stakes("Die Acme AG, zu der die Brix GmbH und die Cole AG gehören, meldet Gewinne.", ["Acme AG", "Brix GmbH", "Cole AG"])
            == ["Acme AG>Brix GmbH -", "Acme AG>Cole AG -"])
        #expect(stakes("Die Acme-Töchter Brix GmbH und Cole AG melden Gewinne.", ["Acme", "Brix GmbH", "Cole AG"]) == ["Acme>Brix GmbH -", "Acme>Cole AG -"])
    }

    @Test func unnamedUnitIsTheArticlesCompany() {
        let found = stakes("Die Cole AG meldet Rekordzahlen. Insgesamt verkaufte die Acme-Tochter drei Prozent mehr Autos.", ["Acme", "Cole AG"])
        #expect(found == ["Acme>Cole AG -"])
    }

    @Test func unitOfAGenitiveParentIsNotTheArticlesCompany() {
        let found = stakes("Die Cole AG meldet Rekordzahlen. Laut Plan will die Österreich-Tochter des Konzerns Acme Geld geben.", ["Acme", "Cole AG"], places: ["Österreich"])
        #expect(found.isEmpty)
    }

    @Test func motherWithAnAdjective() {
        let found = stakes("Die Cole AG meldet Rekordzahlen. Die italienische Mutter Acme AG will das Geschäft abziehen.", ["Acme AG", "Cole AG"])
        #expect(found == ["Acme AG>Cole AG -"])
    }
}
