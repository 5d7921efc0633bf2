import NewsExtraction
import NewsModel
import Testing

/// German company names that the general rules cut or missed: legal-form names opened by
/// ordinary nouns or a place, foreign bank names, names after a declined adjective and an
/// inflected cue word, and user handles. All names are invented.
@Suite struct GermanCompanyNameFormTests {
    private func companies(_ text: String, language: Language = .german) -> [String] {
        let table = EntityRecognizerTests.entities(text, language: language)
        return table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func ordinaryNounsOpenALegalFormNameAfterADeterminer() {
        let names = companies("Die Aufsicht prüft die Hof Quellbach Verwaltung GmbH seit Mai.")
        #expect(names.contains("Hof Quellbach Verwaltung GmbH"), "\(names)")
        let two = companies("Die Bank heißt künftig, wie berichtet, die Velmor Altlasten Verwertung AG.")
        #expect(two.contains("Velmor Altlasten Verwertung AG"), "\(two)")
    }

    @Test func cueWordsStayOutsideALegalFormName() {
        let names = companies("Verkauft wird die Tochter Quellbach Verwaltung GmbH an einen Fonds.")
        #expect(names.contains("Quellbach Verwaltung GmbH"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("Tochter") }, "\(names)")
        let seller = companies("Zugestimmt hat die Verkäuferin Quellbach Verwaltung GmbH am Montag.")
        #expect(seller.contains("Quellbach Verwaltung GmbH"), "\(seller)")
        let unit = companies("Geprüft wird die Abteilung Quellbach Verwaltung GmbH am Montag.")
        #expect(unit.contains("Quellbach Verwaltung GmbH"), "\(unit)")
        let genitive = companies("Die Zukunft des Werkes Quellbach Verwaltung GmbH ist offen.")
        #expect(genitive.contains("Quellbach Verwaltung GmbH"), "\(genitive)")
    }

    @Test func aPlaceBeforeALegalFormIsPartOfTheName() {
        let names = companies("Der Strom kommt von der Talwerk Kärnten AG, sagte der Sprecher.")
        #expect(names.contains("Talwerk Kärnten AG"), "\(names)")
        let bare = companies("Die Aktien der Vorarlberg AG stiegen am Montag.")
        #expect(bare.contains("Vorarlberg AG"), "\(bare)")
    }

    @Test func foreignBankWordsOpenABankName() {
        let names = companies("Pleite gingen die Banca Velaria und die Banque du Moorlac im Herbst.")
        #expect(names.contains("Banca Velaria"), "\(names)")
        #expect(names.contains("Banque du Moorlac"), "\(names)")
    }

    @Test func foreignBankNameStopsAtGermanNouns() {
        let names = companies("Im Herbst lieh die Banco Quellar Geld an die Regierung.")
        #expect(names.contains("Banco Quellar"), "\(names)")
    }

    @Test func declinedAdjectiveBetweenDeterminerAndInflectedCue() {
        let names = companies("Das neue Schloss des finnischen Unternehmens Zelqor soll das Problem lösen.")
        #expect(names.contains("Zelqor"), "\(names)")
        let lower = companies("Die Geräte des chinesischen Herstellers viRANTO verkaufen sich gut.")
        #expect(lower.contains("viRANTO"), "\(lower)")
    }

    @Test func userHandlesAreNoCompanies() {
        let plain = companies("Ein Käufer schrieb, dass das Auto streikt. Auch VelmarTech schwieg.")
        #expect(plain.contains("VelmarTech"), "\(plain)")
        let handleOnly = companies("Ein Käufer schrieb an @VelmarTech, dass das Auto streikt.")
        #expect(!handleOnly.contains("VelmarTech"), "\(handleOnly)")
        let english = companies("A buyer wrote to @VelmarTech that the car had failed.", language: .english)
        #expect(!english.contains("VelmarTech"), "\(english)")
    }

    @Test func aNumberAndALowerCaseNameBeforeALegalForm() {
        let names = companies("An der Brixel 24 GmbH ist die Velmar AG beteiligt.")
        #expect(names.contains("Brixel 24 GmbH"), "\(names)")
        let lower = companies("Die Velmar AG hält 30 Prozent an der zalvio GmbH.")
        #expect(lower.contains("zalvio GmbH"), "\(lower)")
        let adjective = companies("Die Velmar AG gründet mit der neuen GmbH ein Werk.")
        #expect(!adjective.contains { $0.contains("neuen") }, "\(adjective)")
    }

    @Test func aCuedNameGoesOnOverItsNumber() {
        let names = companies("Die Firma Zelvo 360 wurde im Mai übernommen.")
        #expect(names.contains("Zelvo 360"), "\(names)")
        let count = companies("Die Firma Zelvo 360 Mitarbeiter hat, sagte der Chef.")
        #expect(!count.contains("Zelvo 360"), "\(count)")
    }

    @Test func developerCompoundsAreCompanyCues() {
        let names = companies("Die Velmar AG hat den Wiener Softwareentwickler Quelltec gekauft.")
        #expect(names.contains("Quelltec"), "\(names)")
    }
}
