import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

@Suite struct ProfileTests {
    static let dealSentence = "Kestrel Holdings agreed to buy Marrowind AG from Ostwind in June 1987."
    static let stakeSentence = "Kestrel Holdings owns 30 pct of Sellwood Corp."
    static let heldSentence = "Brightwater holds 10 pct of Kestrel Holdings."
    static let ceoSentence = "\"We are delighted,\" said Ivo Renk, chief executive of Kestrel Holdings."
    static let spokesSentence = "A Kestrel spokeswoman said the price was fair."
    static let aboutSentence = "Analyst Mira Tallberg said Kestrel overpaid for Marrowind."
    static let unrelatedSentence = "Mira Tallberg said markets were calm."

    static func store() throws -> SQLiteNewsStore {
        let store = try SQLiteNewsStore.inMemory()
        var first = ArticleFixture(
            id: "p1", paragraphs: [dealSentence, stakeSentence, ceoSentence, spokesSentence], date: "1987-06-10")
        let kestrel = first.entity("Kestrel Holdings", aliases: ["Kestrel"])
        let marrowind = first.entity("Marrowind AG")
        let ostwind = first.entity("Ostwind")
        let sellwood = first.entity("Sellwood Corp")
        let renk = first.entity("Ivo Renk", .person, role: "chief executive", organization: kestrel)
        first.deal(.acquisition, acquirer: kestrel, seller: ostwind, target: marrowind,
                   date: FactDate(year: 1987, month: 6), sentence: dealSentence)
        first.stake(holder: kestrel, company: sellwood, percent: 30, sentence: stakeSentence)
        first.quote("We are delighted,", speaker: renk, role: "chief executive", sentence: ceoSentence)
        first.quote("the price was fair", speaker: nil, description: "A Kestrel spokeswoman",
                    organization: kestrel, direct: false, sentence: spokesSentence)
        try store.save(first.article, facts: first.facts)

        var second = ArticleFixture(
            id: "p2", paragraphs: [heldSentence, aboutSentence, unrelatedSentence], date: "1987-07-01")
        let kestrelAgain = second.entity("Kestrel", aliases: ["Kestrel Holdings"])
        let brightwater = second.entity("Brightwater")
        let tallberg = second.entity("Mira Tallberg", .person, role: "analyst")
        second.entity("Marrowind AG")
        second.mention(kestrelAgain, at: "Kestrel overpaid", sentence: aboutSentence)
        second.stake(holder: brightwater, company: kestrelAgain, percent: 10, sentence: heldSentence)
        second.quote("Kestrel overpaid for Marrowind", speaker: tallberg, role: "analyst", direct: false,
                     sentence: aboutSentence)
        second.quote("markets were calm", speaker: tallberg, direct: false, sentence: unrelatedSentence)
        try store.save(second.article, facts: second.facts)

        var third = ArticleFixture(id: "p3", paragraphs: ["Marrowind AG hired staff."], date: nil)
        third.entity("Marrowind AG")
        try store.save(third.article, facts: third.facts)
        return store
    }

    @Test func companyProfileListsEverything() throws {
        let store = try Self.store()
        let profile = try #require(try store.profile(ofEntity: "company:kestrel"))
        #expect(profile.entity.name == "Kestrel Holdings")
        #expect(profile.entity.aliases == ["Kestrel"])
        #expect(profile.stakesHeld.map(\.company.name) == ["Sellwood Corp"])
        #expect(profile.stakesIn.map(\.holder.name) == ["Brightwater"])
        #expect(profile.deals.map(\.target.name) == ["Marrowind AG"])
        #expect(profile.deals.first?.seller?.name == "Ostwind")
        #expect(Set(profile.quotesBy.map(\.text)) == ["We are delighted,", "the price was fair"])
        #expect(profile.quotesAbout.map(\.text) == ["Kestrel overpaid for Marrowind"])
        #expect(profile.people.map(\.name) == ["Ivo Renk"])
        #expect(profile.articles.map(\.id) == ["p2", "p1"])
    }

    @Test func personProfileHasOrganisationAndQuotes() throws {
        let store = try Self.store()
        let renk = try #require(try store.profile(ofEntity: "person:ivorenk"))
        #expect(renk.entity.organization == EntityRef(id: "company:kestrel", name: "Kestrel Holdings"))
        #expect(renk.entity.role == "chief executive")
        #expect(renk.quotesBy.map(\.text) == ["We are delighted,"])
        let tallberg = try #require(try store.profile(ofEntity: "person:miratallberg"))
        #expect(tallberg.quotesBy.count == 2)
        #expect(tallberg.quotesAbout.isEmpty)
    }

    @Test func articlesAreNewestFirstWithUndatedLast() throws {
        let store = try Self.store()
        let profile = try #require(try store.profile(ofEntity: "company:marrowind"))
        #expect(profile.articles.map(\.id) == ["p2", "p1", "p3"])
        #expect(profile.quotesAbout.map(\.text) == ["Kestrel overpaid for Marrowind"])
        #expect(profile.deals.count == 1)
    }

    @Test func unknownEntityHasNoProfile() throws {
        #expect(try Self.store().profile(ofEntity: "company:nothing") == nil)
    }

    @Test func entityListIsMostArticlesFirstWithCounts() throws {
        let store = try Self.store()
        let companies = try store.entities(kinds: [.company], page: PageRequest(limit: 2))
        #expect(companies.map(\.name) == ["Marrowind AG", "Kestrel Holdings"])
        #expect(companies.map(\.articleCount) == [3, 2])
        #expect(companies[1].dealCount == 1)
        #expect(companies[1].stakeCount == 2)
        #expect(companies[1].quoteCount == 1)
        let people = try store.entities(kinds: [.person], page: PageRequest())
        #expect(Set(people.map(\.name)) == ["Ivo Renk", "Mira Tallberg"])
        #expect(try store.entityCount(kinds: [.person]) == 2)
        #expect(try store.entityCount(kinds: []) == 7)
        let next = try store.entities(kinds: [.company], page: PageRequest(offset: 2, limit: 10))
        #expect(next.count == 3)
        #expect(Set(next.map(\.name)).isDisjoint(with: companies.map(\.name)))
    }
}
