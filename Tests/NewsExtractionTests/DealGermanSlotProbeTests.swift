import NewsExtraction
import NewsModel
import Testing

/// Invented German deal probes (2026-11-28, dedeal26): parties the entity stage missed in deal slots (a deal
/// subject opening the sentence, the buyer after "durch", merger partners, "bei der X auf N Prozent auf"), and
/// deal forms the verb rules missed (a bid priced per share, all shares bought, the percent of an entry told in
/// the next clause). The whole extractor runs. Invented names only.
@Suite struct DealGermanSlotProbeTests {
    private func deals(_ text: String) -> [String] { GermanProbe.deals(text) }
    private func names(_ text: String) -> [String] { GermanProbe.names(text) }

    // MARK: entity slots

    @Test func dealSubjectOpeningTheSentence() {
        #expect(deals("Die Dornvela stockt bei der Skarvin AG auf 51 Prozent auf.").contains { $0.hasPrefix("stake Dornvela>Skarvin AG") })
        #expect(deals("Die Molvetta hat die Übernahme der Trasvik AG abgeschlossen.").contains { $0.hasPrefix("acquisition Molvetta>Trasvik AG") })
    }

    @Test func dealSubjectAfterAnAdjective() {
        #expect(deals("Die staatliche Orvenika hat die Mautfirma Kelsavo gekauft.").contains { $0.hasPrefix("acquisition Orvenika>Kelsavo") })
        #expect(names("Der schwedische Trondava übernimmt den Zulieferer Melkora.").contains("Trondava"))
        #expect(!names("Die staatliche Orvenika hat gestern in Wien getagt.").contains("Orvenika"))
    }

    @Test func dealSubjectNeedsADealWord() {
        #expect(!names("Die Dornvela hat gestern in Wien getagt.").contains("Dornvela"))
    }

    @Test func buyerAfterDurch() {
        #expect(deals("Die Übernahme der Pelgrano AG durch die Pravendi ist genehmigt worden.").contains { $0.hasPrefix("acquisition Pravendi>Pelgrano AG") })
    }

    @Test func mergerPartners() {
        #expect(deals("Die Sondrava schließt sich mit der Kelmora zusammen.").contains { $0.hasPrefix("merger Sondrava>Kelmora") })
    }

    @Test func raiseTargetAfterBei() {
        #expect(names("Die Brunvelt AG stockt bei der Ostravia auf 40 Prozent auf.").contains("Ostravia"))
    }

    @Test func ordinaryWordsStayOut() {
        #expect(!names("Die Übernahme durch die Konkurrenz ist gescheitert.").contains("Konkurrenz"))
        #expect(!names("Die Fusion der Kassen mit der Landesversicherung ist beschlossen.").contains("Kassen"))
    }

    // MARK: deal forms

    @Test func bidPricedPerShare() {
        #expect(deals("Die Taldrin AG bietet 45 Euro je Aktie für die Merovant AG.").contains { $0.hasPrefix("acquisition Taldrin AG>Merovant AG") })
    }

    @Test func allSharesBought() {
        #expect(deals("Die Quelvira AG übernimmt sämtliche Anteile an der Halsvik GmbH.").contains { $0.hasPrefix("acquisition Quelvira AG>Halsvik GmbH") })
    }

    @Test func entryPercentInTheNextClause() {
        #expect(deals("Der Finanzinvestor Zentrova Partners steigt bei der Drobina AG ein und übernimmt 30 Prozent.").contains("stake Zentrova Partners>Drobina AG from - 30.0"))
    }
}

/// Deal partners named without an article: a bare subject opening the sentence ("Parvo kauft …", "X und Y
/// fusionieren"), "durch X" after a deal noun, "an X" after "Verkauf", a passive subject ("Die X wurde … verkauft"),
/// and an object after a price ("kauft um 500 Millionen Euro die X"). Invented names only; the whole extractor runs.
@Suite struct DealGermanBareNameTests {
    @Test func bareSubjectOfADealVerb() {
        #expect(GermanProbe.deals("Parvolin will den Rivalen Delmarek kaufen.") == ["acquisition Parvolin>Delmarek from - -"])
        #expect(GermanProbe.deals("Parvolin gab am Montag die Übernahme der Marvelia bekannt.").contains { $0.hasPrefix("acquisition Parvolin>Marvelia") })
    }

    @Test func bareMergerPartners() {
        #expect(GermanProbe.deals("Parvolin und Delmarek fusionieren zum größten Hersteller von Landmaschinen.").contains { $0.hasPrefix("merger Parvolin>Delmarek") })
    }

    @Test func barePartnerAfterDurchOrAn() {
        #expect(GermanProbe.deals("Die Übernahme der Marvelia durch Parvolin ist abgeschlossen.").contains { $0.hasPrefix("acquisition Parvolin>Marvelia") })
        #expect(GermanProbe.deals("Der Verkauf der Marvelia an Parvolin wurde genehmigt.").contains { $0.hasPrefix("acquisition Parvolin>Marvelia") })
    }

    @Test func passiveSubjectAndPricedObject() {
        #expect(GermanProbe.deals("Die Marvelia wurde um einen symbolischen Euro an die Orvello Holding verkauft.").contains { $0.hasPrefix("acquisition Orvello Holding>Marvelia") })
        #expect(GermanProbe.deals("Parvolin kauft um 500 Millionen Euro die Marvenka.").contains { $0.hasPrefix("acquisition Parvolin>Marvenka") })
    }

    @Test func offerTargetAndObjectAfterAnInvertedSubject() {
        #expect(GermanProbe.names("Parvolin hat ein Übernahmeangebot für die Tessarion vorgelegt.").contains("Tessarion"))
        #expect(GermanProbe.deals("Um 800 Millionen Euro übernimmt Parvolin die Tessarion von der Orvello Holding.")
            .contains { $0.hasPrefix("acquisition Parvolin>Tessarion from Orvello Holding") })
    }

    @Test func officesAndKnownWordsStayOut() {
        #expect(!GermanProbe.names("Anleger kaufen um 500 Millionen Euro die Aktien.").contains("Anleger"))
    }
}

/// "Die Eigentümer der X haben ihre Anteile an die Y verkauft": the owners as a group sell X itself to Y.
@Suite struct DealGermanOwnersSaleTests {
    @Test func ownersSellTheirShares() {
        #expect(GermanProbe.deals("Die Eigentümer der Tessarion AG haben ihre Anteile an die Orvello Holding verkauft.")
            == ["acquisition Orvello Holding>Tessarion AG from - -"])
        #expect(GermanProbe.deals("Die bisherigen Aktionäre der Tessarion AG verkaufen alle Anteile an die Orvello Holding.")
            .contains { $0.hasPrefix("acquisition Orvello Holding>Tessarion AG") })
    }

    @Test func aStakeSoldByACompanyStaysAStake() {
        #expect(GermanProbe.deals("Die Kelvaro AG hat ihre Anteile an der Tessarion AG an die Orvello Holding verkauft.")
            .allSatisfy { !$0.hasPrefix("acquisition Orvello Holding>Tessarion AG") })
    }
}
