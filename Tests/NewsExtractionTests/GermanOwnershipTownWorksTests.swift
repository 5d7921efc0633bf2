import NewsExtraction
import NewsModel
import Testing

/// Invented German ownership probes (2026-11-28, third round): a town's adjective with a plural works or operator
/// ("Felsberger Wasserwerke", "an den Grazer Stadtwerken") in a party slot is one company; the subject of "steigt bei
/// X ein" and of "befindet sich im Besitz der Y" is a company when no list knows it. Invented names only.
@Suite struct GermanOwnershipTownWorksTests {
    private func stakes(_ text: String) -> [String] { GermanProbe.stakes(text) }
    private func deals(_ text: String) -> [String] { GermanProbe.deals(text) }
    private func names(_ text: String) -> [String] { GermanProbe.names(text) }

    @Test func townAdjectiveAndPluralWorks() {
        #expect(stakes("Die Felsberger Wasserwerke gehören zu 51 Prozent der Tornvik Energie.").contains("Tornvik Energie>Felsberger Wasserwerke 51.0"))
        #expect(stakes("Die Tornvik Energie hält 49 Prozent an den Grazer Stadtwerken.").contains("Tornvik Energie>Grazer Stadtwerken 49.0"))
        #expect(deals("Die Tornvik Energie übernimmt die Talbrücker Druckwerke.").contains("acquisition Tornvik Energie>Talbrücker Druckwerke from - -"))
    }

    @Test func townAdjectiveOutsideASlotStaysOut() {
        #expect(!names("Die Felsberger Wasserwerke melden einen Rohrbruch.").contains("Felsberger Wasserwerke"))
        #expect(!names("Die Tornvik Energie hält 49 Prozent an den Grazer Betrieben.").contains("Grazer Betrieben"))
    }

    @Test func entrySubjectIsACompany() {
        #expect(deals("Die Kelvora steigt bei der Marvesa ein und erwirbt 15 Prozent der Anteile.").contains("stake Kelvora>Marvesa from - 15.0"))
        #expect(stakes("Die Kelvora ist bei der Marvesa eingestiegen.").contains("Kelvora>Marvesa -"))
        #expect(!names("Die Kelvora steigt bei der Marvesa aus dem Bus.").contains("Kelvora"))
    }

    @Test func securedStakeSubjectIsACompany() {
        #expect(deals("Die Kelvora sicherte sich 51 Prozent der Marvesa.").contains("stake Kelvora>Marvesa from - 51.0"))
        #expect(!names("Die Kelvora sicherte sich den Titel.").contains("Kelvora"))
    }

    @Test func holderAfterAFrontedOwnerNoun() {
        #expect(stakes("Mehrheitseigentümer der Dornhag ist seit 2019 die Familie Senvaro.").contains("Familie Senvaro>Dornhag -"))
        #expect(stakes("Ankeraktionär der Quarnit ist mit 25 Prozent die Stadt Talbrück.").contains("Stadt Talbrück>Quarnit 25.0"))
        #expect(stakes("Ankeraktionär der Quarnit ist mit 25 Prozent die Kelvora.").contains("Kelvora>Quarnit 25.0"))
        #expect(!names("Chef der Quarnit ist seit 2019 die Familie Senvaro.").contains("Familie Senvaro"))
    }

    @Test func possessionSubjectIsACompany() {
        #expect(stakes("Die Marvesa befindet sich im Besitz der Familie Senvaro.").contains("Familie Senvaro>Marvesa -"))
        #expect(stakes("Die Marvesa befindet sich mehrheitlich im Besitz der Korvinth Bank.").contains("Korvinth Bank>Marvesa -"))
        #expect(!names("Die Marvesa befindet sich im Urlaub.").contains("Marvesa"))
    }
}
