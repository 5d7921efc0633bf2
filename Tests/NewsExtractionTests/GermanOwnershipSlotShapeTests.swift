import NewsExtraction
import NewsModel
import Testing

/// Owned companies of German ownership sentences in shapes the plain slot rule missed: an acronym in
/// the slot ("an der KTV beteiligt"), a declined adjective between the article and the name ("an der
/// insolventen Marvo"), a logistics company after its business noun ("am Logistiker Ferrox"). Each
/// shape has a guard against ordinary nouns. Invented names only; the whole extractor runs.
@Suite struct GermanOwnershipSlotShapeTests {
    private func facts(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "s", title: "Titel", paragraphs: ["Titel", text], language: .german))
    }

    private func organisations(_ text: String) -> [String] {
        facts(text).entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func acronymInAnOwnershipSlot() {
        let found = facts("Die Veltrona AG ist mit 30 Prozent an der KTV beteiligt.")
        #expect(found.entities.contains { $0.name == "KTV" && $0.kind == .company }, "\(found.entities.map(\.name))")
        #expect(found.stakes.map(\.summary).contains("Veltrona AG>KTV 30.0"), "\(found.stakes.map(\.summary))")
        #expect(organisations("Die Marvana AG hat die Mehrheit an der ÖBV übernommen.").contains("ÖBV"))
    }

    @Test func acronymOfAMeasureIsNoCompany() {
        let names = organisations("Die Schulden der Republik stiegen auf 80 Prozent des BIP.")
        #expect(!names.contains("BIP"), "\(names)")
        #expect(!organisations("Rund 30 Prozent der KMU investieren mehr.").contains("KMU"))
    }

    @Test func adjectiveBetweenArticleAndName() {
        let found = facts("Die Veltrona AG hält 40 Prozent an der insolventen Marvo.")
        #expect(found.entities.contains { $0.name == "Marvo" }, "\(found.entities.map(\.name))")
        #expect(found.stakes.map(\.summary).contains("Veltrona AG>Marvo 40.0"), "\(found.stakes.map(\.summary))")
        #expect(organisations("Der Fonds Qelvar hat die defizitäre Sitrava übernommen.").contains("Sitrava"))
    }

    @Test func townAdjectiveBetweenArticleAndName() {
        let found = facts("Die Veltrona AG ist an der Wiener Kelvara beteiligt.")
        #expect(found.entities.contains { $0.name == "Kelvara" }, "\(found.entities.map(\.name))")
        #expect(found.stakes.map(\.summary).contains("Veltrona AG>Kelvara -"), "\(found.stakes.map(\.summary))")
        #expect(!organisations("Die Stadt hält einen Anteil an der Wiener Messe.").contains("Messe"))
    }

    @Test func adjectiveBeforeAnOrdinaryNounNamesNoCompany() {
        let names = organisations("Die Veltrona AG hält einen Anteil an der gesamten Produktion.")
        #expect(names == ["Veltrona AG"], "\(names)")
        #expect(organisations("Die Gemeinde hat einen Anteil an der jährlichen Förderung.").isEmpty)
    }

    @Test func logisticsCompanyAfterItsBusinessNoun() {
        let found = facts("Die Veltrona AG ist an dem Hamburger Logistiker Ferrox beteiligt.")
        #expect(found.entities.contains { $0.name == "Ferrox" && $0.kind == .company }, "\(found.entities.map(\.name))")
        #expect(found.stakes.map(\.summary).contains("Veltrona AG>Ferrox -"), "\(found.stakes.map(\.summary))")
        #expect(organisations("Der Paketlogistiker Trunvik übernimmt die Marvo.").contains("Trunvik"))
    }

    @Test func businessNounAloneNamesNoCompany() {
        #expect(organisations("Der Logistiker meldete einen Gewinn. Viele Logistiker suchen Fahrer.").isEmpty)
    }
}

/// Owned companies and holders the entity stage missed: a unit bank after "X-Tochter", a company after
/// an owner noun ("Mehrheitsgesellschafter der X"), an investment company named "X Invest".
@Suite struct GermanOwnershipPartyShapeTests {
    private func facts(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "s", title: "Titel", paragraphs: ["Titel", text], language: .german))
    }

    private func organisations(_ text: String) -> [String] {
        facts(text).entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func bankCompoundAfterAUnitWord() {
        let found = facts("Die Velkor AG will die Velkor-Tochter Marvobank verkaufen.")
        #expect(found.entities.contains { $0.name == "Marvobank" && $0.kind == .company }, "\(found.entities.map(\.name))")
        #expect(organisations("Die Velkor AG und ihre Tochter Ostbank wachsen.").contains("Ostbank"))
    }

    @Test func knownBankNounAfterAUnitWordStaysANoun() {
        let names = organisations("Die Velkor-Tochter Datenbank wird erneuert.")
        #expect(!names.contains("Datenbank"), "\(names)")
    }

    @Test func companyAfterAnOwnerNounOfShares() {
        let names = organisations("Die Velkor AG ist Mehrheitsgesellschafter der Orvida.")
        #expect(names.contains("Orvida"), "\(names)")
        #expect(organisations("Die Velkor AG ist Mehrheitseigentümerin der kreditgebenden Tarvox.").contains("Tarvox"))
        #expect(!organisations("Er ist Mehrheitsgesellschafter der Gruppe.").contains("Gruppe"))
    }

    @Test func unitNounAfterACopulaMakesNoHolderSubject() {
        // "X ist Y, ein Tochterunternehmen der Z": the unit noun belongs to Y, X is no subject of holding.
        let found = facts("An Orvida Transkor ist Marvek, ein Tochterunternehmen der Velkor AG, mit 49 Prozent beteiligt.")
        #expect(!found.entities.contains { $0.name == "Transkor" }, "\(found.entities.map(\.name))")
    }

    @Test func investmentCompanyNamedInvest() {
        let found = facts("Die Holmfeld Invest hält 30 Prozent an der Marvo.")
        #expect(found.entities.contains { $0.name == "Holmfeld Invest" }, "\(found.entities.map(\.name))")
        #expect(found.stakes.map(\.summary).contains("Holmfeld Invest>Marvo 30.0"), "\(found.stakes.map(\.summary))")
    }
}

/// "Am Unternehmen ist X beteiligt": the owned company only described, standing for the company the sentence
/// before named. Invented names only.
@Suite struct GermanDescribedParticipationTests {
    private func stakes(_ text: String) -> [String] {
        RuleBasedExtractor().extract(from: Article(id: "s", title: "Titel", paragraphs: ["Titel", text], language: .german))
            .stakes.map(\.summary)
    }

    @Test func describedCompanyAfterAnIsTheOneNamedBefore() {
        let found = stakes("Der Autobauer Orvida baut Elektroautos. Am Unternehmen ist auch der Investor Marek Dolan zu 9,9 Prozent beteiligt.")
        #expect(found.contains("Marek Dolan>Orvida 9.9"), "\(found)")
        let company = stakes("Der Autobauer Orvida baut Elektroautos. An dem Unternehmen ist die Velkor AG mit 20 Prozent beteiligt.")
        #expect(company.contains("Velkor AG>Orvida 20.0"), "\(company)")
        // "der Firma" read as a subject is the described company itself: the investor after it holds it.
        let feminine = stakes("Der Autobauer Orvida baut Elektroautos. An der Firma ist auch der Investor Marek Dolan zu 9,9 Prozent beteiligt.")
        #expect(feminine.contains("Marek Dolan>Orvida 9.9"), "\(feminine)")
    }

    @Test func aProjectIsNoDescribedCompany() {
        let found = stakes("Der Autobauer Orvida baut Elektroautos. An dem Projekt ist auch die Velkor AG beteiligt.")
        #expect(!found.contains { $0.hasPrefix("Velkor AG>") }, "\(found)")
    }
}
