import NewsExtraction
import NewsModel
import Testing

/// Invented German ownership probes (2026-11-28, second round): holders named among a company's shareholders
/// ("Zu den Aktionären der X zählt Y mit 8 Prozent"), after a fronted company ("An der X hält Y 20 Prozent"),
/// coordinated before a plural holding verb ("Die Stadt X und die Y halten je 50 Prozent an Z"), and the percent
/// of "steigt bei X ein und übernimmt 20 Prozent". The whole extractor runs. Invented names only.
@Suite struct GermanOwnershipFrontedProbeTests {
    private func stakes(_ text: String) -> [String] { GermanProbe.stakes(text) }
    private func deals(_ text: String) -> [String] { GermanProbe.deals(text) }
    private func names(_ text: String) -> [String] { GermanProbe.names(text) }

    // MARK: "Zu den Aktionären der X zählt Y"

    @Test func amongTheShareholders() {
        #expect(stakes("Zu den Aktionären der Korvinth Bank zählt die Tornvik Energie mit 8 Prozent.").contains("Tornvik Energie>Korvinth Bank 8.0"))
        #expect(stakes("Zu den Aktionären der Korvinth Bank gehört die Tornvik Energie mit 8 Prozent.").contains("Tornvik Energie>Korvinth Bank 8.0"))
        #expect(stakes("Zu den größten Aktionären der Korvinth Bank gehört auch die Stadt Graz mit 15 Prozent.").contains("Stadt Graz>Korvinth Bank 15.0"))
        #expect(stakes("Zu den Eigentümern der Korvinth Bank zählt die Tornvik Energie.").contains("Tornvik Energie>Korvinth Bank -"))
        // The held company by its slot "Aktionären der X" alone.
        #expect(stakes("Zu den größten Aktionären der Quarnit gehört die Familie Senvaro mit 15 Prozent.").contains("Familie Senvaro>Quarnit 15.0"))
    }

    @Test func amongOtherGroupsStaysOut() {
        #expect(stakes("Zu den Kunden der Korvinth Bank zählt die Tornvik Energie.").isEmpty)
        #expect(stakes("Zu den Konkurrenten der Korvinth Bank gehört die Tornvik Energie mit 8 Prozent Marktanteil.").isEmpty)
    }

    // MARK: fronted company

    @Test func frontedCompanyNamesItsHolder() {
        #expect(stakes("An der Velmira hält die Tornvik Energie 20 Prozent.").contains("Tornvik Energie>Velmira 20.0"))
        #expect(stakes("An der Tessmar AG ist die Kelvora Holding mit 30 Prozent beteiligt.").contains("Kelvora Holding>Tessmar AG 30.0"))
        #expect(stakes("An der Korvinth Bank hält die Stadt Graz 20 Prozent.").contains("Stadt Graz>Korvinth Bank 20.0"))
        #expect(stakes("An der Felsberg Energie hält die Gemeinde Wiesfeld einen Anteil von 40 Prozent.").contains("Gemeinde Wiesfeld>Felsberg Energie 40.0"))
    }

    @Test func frontedOtherPhrasesStayOut() {
        #expect(!names("An der Velmira hält die Stadt Graz nichts.").contains("Velmira"))
        #expect(!names("An der Sitzung nahm die Stadt Graz teil, sie hält 20 Prozent der Stimmen.").contains("Stadt Graz"))
        // A genitive after the fronted noun: the holder slot is no company's.
        #expect(stakes("An der Ausschreibung der Tessmar AG ist die Kelvora mit 30 Mitarbeitern beteiligt.").isEmpty)
        #expect(!names("An der Ausschreibung der Tessmar AG ist die Kelvora mit 30 Mitarbeitern beteiligt.").contains("Kelvora"))
    }

    // MARK: coordinated holders

    @Test func coordinatedPublicHolders() {
        let found = stakes("Die Gemeinde Wiesfeld und das Land Kärnten halten je 50 Prozent an der Korvinth Bank.")
        #expect(found.contains("Gemeinde Wiesfeld>Korvinth Bank 50.0"))
        #expect(found.contains("Land Kärnten>Korvinth Bank 50.0"))
        #expect(stakes("Die Stadt Graz und die Tornvik Energie halten jeweils 50 Prozent an der Korvinth Bank.").contains("Stadt Graz>Korvinth Bank 50.0"))
    }

    @Test func unknownNamesInTheseSlots() {
        #expect(stakes("An der Tessmar AG ist die Kelvora mit 30 Prozent beteiligt.").contains("Kelvora>Tessmar AG 30.0"))
        let found = stakes("Die Aldrava und die Velmira halten je 50 Prozent an der Korvinth Bank.")
        #expect(found.contains("Aldrava>Korvinth Bank 50.0"))
        #expect(found.contains("Velmira>Korvinth Bank 50.0"))
        #expect(!names("Die Aldrava und die Velmira halten an ihrem Plan fest.").contains("Aldrava"))
    }

    @Test func eachHolderWithJeweils() {
        let found = stakes("Die Korvinth Bank und die Tornvik Energie halten jeweils 50 Prozent an der Pralvek.")
        #expect(found.contains("Korvinth Bank>Pralvek 50.0"))
        #expect(found.contains("Tornvik Energie>Pralvek 50.0"))
        #expect(stakes("Die Korvinth Bank und die Tornvik Energie halten jeweils 20 Prozent Marktanteil in Europa.").isEmpty)
    }

    // MARK: "Die X, eine Tochter der Y, …"

    @Test func appositionUnitIsACompany() {
        #expect(stakes("Die Trasena, eine Tochter der staatlichen ÖSBH, meldete einen Gewinn.").contains("ÖSBH>Trasena -"))
        #expect(stakes("Die Dornhag, ein Tochterunternehmen der Korvinth Bank, schließt zwei Filialen.").contains("Korvinth Bank>Dornhag -"))
        #expect(!names("Die Trasena, eine Freundin der Familie, meldete sich.").contains("Trasena"))
    }

    @Test func coordinatedTownWithoutHoldingStaysPlace() {
        #expect(!names("Die Stadt Graz und das Land Kärnten halten an ihrem Plan fest.").contains("Stadt Graz"))
    }

    // MARK: "steigt bei X ein und übernimmt 20 Prozent"

    @Test func entryWithJoinedPercent() {
        #expect(deals("Die Tornvik Energie steigt bei der Korvinth Bank ein und übernimmt 20 Prozent.").contains("stake Tornvik Energie>Korvinth Bank from - 20.0"))
        #expect(stakes("Die Tornvik Energie steigt bei der Korvinth Bank ein und erwirbt 15 Prozent der Anteile.").contains("Tornvik Energie>Korvinth Bank 15.0"))
        // A participle after an auxiliary ("und hat 25 Prozent erworben").
        #expect(deals("Die Tornvik Energie steigt bei der Korvinth Bank ein und hat 25 Prozent erworben.").contains("stake Tornvik Energie>Korvinth Bank from - 25.0"))
    }

    @Test func joinedClauseWithItsOwnPartyKeepsItsPercent() {
        #expect(!deals("Die Tornvik Energie steigt bei der Korvinth Bank ein und übernimmt 20 Prozent an der Velmira.").contains("stake Tornvik Energie>Korvinth Bank from - 20.0"))
    }
}
