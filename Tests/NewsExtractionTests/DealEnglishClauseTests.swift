import NewsModel
import Testing

/// English deal forms around clauses: object relatives, offers rejected or accepted, holdings left after
/// a sale, and "privately held" before a name.
@Suite struct DealEnglishClauseTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String], status: [DealStatus]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-06-29")
        return (found.deals.map(\.summary), found.stakes.map(\.summary), found.deals.map(\.status))
    }

    @Test func objectRelative() {
        let found = facts("Acme Corp said it is not involved in the case against Brixa Stores Corp, which Cole Corp acquired at the end of last year.", ["Acme Corp", "Brixa Stores Corp", "Cole Corp"])
        #expect(found.deals == ["acquisition Cole Corp>Brixa Stores Corp from - -"])
        #expect(found.status == [.completed])
    }

    @Test func rejectedPossessorOffer() {
        let found = facts("Brixa Corp said its board rejected Acme Inc's 27 dlr-per-share tender offer.", ["Acme Inc", "Brixa Corp"])
        #expect(found.deals == ["acquisition Acme Inc>Brixa Corp from - -"])
        #expect(found.status == [.planned])
    }

    @Test func acceptedItsOffer() {
        let found = facts("Acme Corp said Brixa Corp has accepted its previously announced acquisition offer.", ["Acme Corp", "Brixa Corp"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Corp from - -"])
    }

    @Test func offerToACompany() {
        let found = facts("Acme Corp said it has withdrawn its 23 dlr per share takeover offer to Brixa Inc.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Inc from - -"])
    }

    @Test func holdingLeftAfterASale() {
        let found = facts("Acme Corp said it sold 4.6 mln shares of Brixa Inc common stock on June 15, leaving it with 1.4 mln Brixa common shares, or 8.4 pct of the total.", ["Acme Corp", "Brixa Inc"])
        #expect(found.stakes == ["Acme Corp>Brixa Inc 8.4"])
    }

    @Test func privatelyHeldTarget() {
        let found = facts("Acme Corp said it completed the purchase of privately held <Brixa Inc>, a defense company.", ["Acme Corp", "Brixa Inc"])
        #expect(found.deals == ["acquisition Acme Corp>Brixa Inc from - -"])
        #expect(found.status == [.completed])
    }
}

/// Dates stated for the deal itself win over a wire dateline.
@Suite struct DealDatelineTests {
    @Test func relativeDateAfterTheDatelineDatesTheDeal() {
        let found = DealFixture.facts(
            "Headline\n\nNEW YORK, June 29 - Acme Corp said it is not involved in the case against Brixa Stores Corp, which Cole Corp acquired at the end of last year.",
            .english, companies: ["Acme Corp", "Brixa Stores Corp", "Cole Corp"], date: "1987-06-29"
        ).deals
        #expect(found.first?.date == FactDate(year: 1986))
    }

    @Test func datelineAloneLeavesThePublicationDate() {
        let found = DealFixture.facts(
            "Headline\n\nNEW YORK, June 29 - Acme Corp said it acquired Brixa Corp.", .english, companies: ["Acme Corp", "Brixa Corp"], date: "1987-06-29T10:00:00"
        ).deals
        #expect(found.first?.date?.year == 1987)
        #expect(found.first?.date?.month == 6)
    }
}

/// Dates of other events in the clause do not date the deal.
@Suite struct DealOtherDatesTests {
    @Test func deadlineIsNoDealDate() {
        let found = DealFixture.facts(
            "Headline\n\nTORONTO, March 3 - Acme Ltd said it extended its offer for 49 pct of <Brixa Corp> to midnight on March 26.", .english,
            companies: ["Acme Ltd", "Brixa Corp"], date: "1987-03-03"
        ).deals
        #expect(found.first?.date == FactDate(year: 1987, month: 3, day: 3))
    }

    @Test func dateOfAnotherEventFarFromTheVerb() {
        let found = DealFixture.facts(
            "Headline\n\nLOS ANGELES, March 13 - Acme Inc, which ended its disk drive operations in June 1986 after heavy losses and a long strike, agreed to acquire <Brixa Film Corp>.",
            .english, companies: ["Acme Inc", "Brixa Film Corp"], date: "1987-03-13"
        ).deals
        #expect(found.first?.date == FactDate(year: 1987, month: 3, day: 13))
    }
}

/// "offer to X" only when X follows "to" directly; "offer for X stock to one Y share" keeps X.
@Suite struct DealOfferToTests {
    @Test func offerForStockToAShareKeepsTheTarget() {
        let found = DealFixture.facts(
            "Headline\n\nBrixa Corp said Acme Inc has doubled its offer for Brixa stock to one Acme share.", .english, companies: ["Acme Inc", "Brixa Corp"]
        ).deals
        #expect(found.allSatisfy { $0.target.name == "Brixa Corp" })
    }
}

/// "due to its 2001 acquisition": a year before the deal noun dates it, even after "to".
@Suite struct DealYearBeforeNounTests {
    @Test func yearAfterDueTo() {
        let found = DealFixture.facts(
            "Headline\n\nAcme already has a presence in London due to its 2001 acquisition of exchange Brixa.", .english, companies: ["Acme", "Brixa"]
        ).deals
        #expect(found.first?.date == FactDate(year: 2001))
    }
}
