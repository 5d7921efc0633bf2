import NewsModel
import Testing

/// Stakes from ownership statements and from deals, German and English.
@Suite struct StakeOwnershipTests {
    private func stakes(_ text: String, _ language: Language, _ companies: [String]) -> [String] {
        DealFixture.facts((language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies).stakes.map(\.summary)
    }

    @Test func holdsPercentOf() {
        #expect(stakes("Acme Corp holds 12 pct of Brix Inc.", .english, ["Acme Corp", "Brix Inc"]) == ["Acme Corp>Brix Inc 12.0"])
    }

    @Test func firmWithStake() {
        let found = stakes(
            "Acme Group Inc, a Houston investment firm with a 5.5 pct stake in Brix Inc, said it has had talks.", .english,
            ["Acme Group Inc", "Brix Inc"])
        #expect(found == ["Acme Group Inc>Brix Inc 5.5"])
    }

    @Test func pctOwnedUnitOf() {
        let found = stakes("Brix Inc, a 51 pct-owned unit of Acme Corp, reported a loss.", .english, ["Acme Corp", "Brix Inc"])
        #expect(found == ["Acme Corp>Brix Inc 51.0"])
    }

    @Test func unitOfWithoutPercent() {
        let found = stakes("Brix Inc, a subsidiary of Acme Corp, reported a loss.", .english, ["Acme Corp", "Brix Inc"])
        #expect(found == ["Acme Corp>Brix Inc -"])
    }

    @Test func inWhichHasStake() {
        let found = stakes("They paid Brix AB, in which Acme group has a 72 pct stake, a premium.", .english, ["Brix AB", "Acme group"])
        #expect(found == ["Acme group>Brix AB 72.0"])
    }

    @Test func ownedBy() {
        let found = stakes("Brix Inc is owned by Acme Corp.", .english, ["Acme Corp", "Brix Inc"])
        #expect(found == ["Acme Corp>Brix Inc -"])
    }

    @Test func germanHaeltAn() {
        #expect(stakes("Die Acme AG hält 30 Prozent an der Brix GmbH.", .german, ["Acme AG", "Brix GmbH"]) == ["Acme AG>Brix GmbH 30.0"])
    }

    @Test func germanBeteiligt() {
        #expect(stakes("Acme ist mit 25,1 Prozent an Brix beteiligt.", .german, ["Acme", "Brix"]) == ["Acme>Brix 25.1"])
    }

    @Test func germanRelativeClauseWithSince() {
        let found = DealFixture.facts(
            "Titel\n\nDer Shop wurde von Brix, einem Cole Werkzeug, das seit 2010 Acme gehörte, gestartet.", .german,
            companies: ["Acme", "Brix", "Cole"]
        ).stakes
        #expect(found.map(\.summary) == ["Acme>Brix -"])
        #expect(found.first?.since == FactDate(year: 2010))
    }

    @Test func germanGehoertZu() {
        #expect(stakes("Brix gehört zu Acme.", .german, ["Acme", "Brix"]) == ["Acme>Brix -"])
    }

    @Test func germanTochterCompound() {
        #expect(stakes("Die Acme-Tochter Brix meldet Gewinne.", .german, ["Acme", "Brix"]) == ["Acme>Brix -"])
    }

    @Test func germanTochterVon() {
        #expect(stakes("Brix, eine Tochter von Acme, meldet Gewinne.", .german, ["Acme", "Brix"]) == ["Acme>Brix -"])
    }

    @Test func completedAcquisitionImpliesHolding() {
        #expect(stakes("Acme Corp acquired Brix Inc.", .english, ["Acme Corp", "Brix Inc"]) == ["Acme Corp>Brix Inc -"])
    }

    @Test func plannedAcquisitionImpliesNoHolding() {
        #expect(stakes("Acme Corp plans to acquire Brix Inc.", .english, ["Acme Corp", "Brix Inc"]).isEmpty)
    }

    @Test func stakeDealGivesResultingHolding() {
        let found = stakes(
            "Acme Corp bought 2 pct of Brix Inc, bringing its stake to 12 pct.", .english, ["Acme Corp", "Brix Inc"])
        #expect(found == ["Acme Corp>Brix Inc 12.0"])
    }
}

/// Ownership wording that must not give a holding.
@Suite struct StakeFalseFriendTests {
    @Test func listAfterCommaIsNoRelativeClause() {
        let found = DealFixture.facts(
            "Titel\n\nZu den Interessenten sollen unter anderem Acme, der US-Konzern Brix und der Cole-Verlag gehören.", .german,
            companies: ["Acme", "Brix", "Cole"])
        #expect(found.stakes.isEmpty, "\(found.stakes.map(\.summary))")
    }

    @Test func whatSeparatesIsNoSale() {
        let found = DealFixture.facts("Titel\n\nWas Acme und Brix vereint und was sie trotzdem trennt.", .german, companies: ["Acme", "Brix"])
        #expect(found.deals.isEmpty)
    }

    @Test func infinitiveTakesTheSubjectBeforeTheComma() {
        let found = DealFixture.facts(
            "Titel\n\nDie Ankündigung der Großbank Acme, das Unternehmen Brix zu verkaufen, überraschte.", .german,
            companies: ["Acme", "Brix"])
        #expect(found.deals.map(\.summary) == ["acquisition ->Brix from Acme -"], "\(found.deals.map(\.summary))")
    }
}

/// English ownership and stake-change wording from Reuters.
@Suite struct StakeEnglishWordingTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Headline\n\n" + text, .english, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func ownedSubsidiaryBeforeTheName() {
        let found = facts(
            "PARIS, March 4 - Maker <Acme> said its 97.7-pct owned subsidiary <Brix SA> agreed to buy <Cole> from <Dent Inc>.",
            ["Acme", "Brix SA", "Cole", "Dent Inc"])
        #expect(found.stakes.contains("Acme>Brix SA 97.7"), "\(found.stakes)")
        #expect(found.deals.contains("acquisition Brix SA>Cole from Dent Inc -"), "\(found.deals)")
    }

    @Test func groupLedByRaisedItsStake() {
        let found = facts(
            "A group of investment firms led by Acme Management Corp said it raised its stake in Brix Corp to 238,000 shares, or 14.6 pct of the total.",
            ["Acme Management Corp", "Brix Corp"])
        #expect(found.stakes == ["Acme Management Corp>Brix Corp 14.6"], "\(found.stakes)")
    }

    @Test func offerForPercentOf() {
        let found = facts("Acme Holdings Ltd said it extended its offer for 49 pct of <Brix Corp Ltd> to March 26.", ["Acme Holdings Ltd", "Brix Corp Ltd"])
        #expect(found.deals == ["stake Acme Holdings Ltd>Brix Corp Ltd from - 49.0"], "\(found.deals)")
    }
}

@Suite struct StakeGermanListTests {
    @Test func membersOfAListAreNoHolders() {
        let found = DealFixture.facts(
            "Titel\n\nZu den Firmen, die das Format entwarfen, gehören unter anderem Acme Co., Brix Corp. und Cole Corp..", .german,
            companies: ["Acme Co.", "Brix Corp.", "Cole Corp."])
        #expect(found.stakes.isEmpty, "\(found.stakes.map(\.summary))")
    }
}
