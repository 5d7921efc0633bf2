import BrowserCore
import NewsModel
import Testing

/// Facts of the demo corpus the screens must show, checked on the state and on the drawn text,
/// so that the screens mean something even right after the goldens were re-recorded.
@Suite struct DemoFactsTests {
    /// The seed's stake: Alibaba holds 37.6% of OpenSky, listed on OpenSky's page and drawn there.
    @Test func openSkyPageListsAlibabasStake() throws {
        let session = try BrowserSession.demo(rows: 40, columns: 120)
        DemoScreen.companyOpenSky.drive(session)
        let profile = try #require(session.state.profile?.profile)
        #expect(profile.entity.name.lowercased().contains("opensky"))
        #expect(profile.entity.kind == .company)
        let stake = profile.stakesIn.first { $0.holder.name.contains("Alibaba") }
        #expect(stake?.percent == 37.6)
        #expect(stake?.evidence.articleID == DemoScreen.seedID)
        #expect(session.screen.contains("37.6%"))
        #expect(session.screen.contains("Alibaba"))
    }

    /// From the stake, Enter opens Alibaba's page, which holds Jack Ma's quote; back twice returns
    /// to the article list (the end-to-end scenario of the issue, without the terminal).
    @Test func stakeJumpsToAlibabaAndBackTwiceReturnsToArticles() throws {
        let session = try BrowserSession.demo(rows: 40, columns: 120)
        DemoScreen.companyOpenSky.drive(session)
        let found = session.select {
            if case .stake(let stake, held: false) = $0 { return stake.holder.name.contains("Alibaba") }
            return false
        }
        #expect(found)
        session.send(.enter)
        let alibaba = try #require(session.state.profile?.profile)
        #expect(alibaba.entity.name.contains("Alibaba"))
        #expect(alibaba.quotesBy.contains { $0.speaker?.name == "Jack Ma" && $0.text.contains("40 Prozent") })
        #expect(session.screen.contains("Jack Ma"))
        session.press(.escape, .escape)
        #expect(session.state.location == .articles)
        session.send(.character("q"))
        #expect(session.isFinished)
    }

    /// The timeline holds the seed's sale: OpenSky buys 11 Main from Alibaba.
    @Test func timelineHoldsTheSeedsSale() throws {
        let session = try BrowserSession.demo(rows: 40, columns: 120)
        DemoScreen.deals.drive(session)
        let found = session.select {
            guard case .deal(let deal) = $0 else { return false }
            return deal.target.name == "11 Main" && deal.seller?.name.contains("Alibaba") == true
        }
        #expect(found)
        guard case .deal(let sale)? = session.state.selectedRow else { return }
        #expect(sale.acquirer?.name == "OpenSky")
        #expect(sale.kind == .acquisition)
        #expect(sale.evidence.articleID == DemoScreen.seedID)
        #expect(session.screen.contains("11 Main"))
    }

    /// Enter on the stake in the timeline opens the seed in the reader, scrolled to the evidence
    /// sentence, which is drawn.
    @Test func readerFromTheTimelineShowsTheEvidence() throws {
        let session = try BrowserSession.demo(rows: 24, columns: 80)
        #expect(DemoScreen.readerEvidence.drive(session))
        guard case .reader(let id, let mark) = session.state.location else {
            Issue.record("Not in the reader: \(session.state.location)")
            return
        }
        #expect(id == DemoScreen.seedID)
        let range = try #require(mark)
        let text = try #require(session.state.reader?.article?.text)
        let scalars = Array(text.unicodeScalars)
        let sentence = String(String.UnicodeScalarView(scalars[range.start..<min(range.end, scalars.count)]))
        #expect(sentence.contains("37,6%"))
        #expect(session.screen.contains("37,6% der Anteile"))
    }

    /// The article list holds every demo article, counts facts, and the seed has several.
    @Test func articleListCountsEveryDemoArticle() throws {
        let store = try DemoCorpus.store()
        #expect(try store.articleCount() == 33)
        let session = try BrowserSession.demo(rows: 40, columns: 120)
        #expect(session.screen.contains("/33"))
        let found = session.select {
            if case .article(let article) = $0 { return article.id == DemoScreen.seedID }
            return false
        }
        #expect(found)
        guard case .article(let seed)? = session.state.selectedRow else { return }
        #expect(seed.factCount >= 3)
    }

    /// The typo "alibba" finds Alibaba first.
    @Test func searchForgivesATypo() throws {
        let session = try BrowserSession.demo(rows: 24, columns: 80)
        DemoScreen.search.drive(session)
        #expect(session.state.search.results.first?.name.contains("Alibaba") == true)
        #expect(session.screen.contains("Alibaba"))
    }

    /// Jack Ma's page: a person of Alibaba with his quote.
    @Test func personPageShowsRoleOrganisationAndQuote() throws {
        let session = try BrowserSession.demo(rows: 40, columns: 120)
        DemoScreen.personJackMa.drive(session)
        let profile = try #require(session.state.profile?.profile)
        #expect(profile.entity.name == "Jack Ma")
        #expect(profile.entity.kind == .person)
        #expect(profile.entity.organization?.name.contains("Alibaba") == true)
        #expect(!profile.quotesBy.isEmpty)
        #expect(session.screen.contains("Alibaba"))
    }

    /// The entity filter `f` shows companies only.
    @Test func companyFilterShowsCompaniesOnly() throws {
        let session = try BrowserSession.demo(rows: 40, columns: 120)
        DemoScreen.entityCompanies.drive(session)
        let kinds = session.state.primaryRows.compactMap { row -> EntityKind? in
            if case .entity(let entity) = row { return entity.kind }
            return nil
        }
        #expect(!kinds.isEmpty)
        #expect(kinds.allSatisfy { $0 == .company })
    }

    /// No screen of the real corpus draws a control character.
    @Test(arguments: DemoScreen.allCases)
    func screensHoldNoControlCharacters(_ screen: DemoScreen) throws {
        let session = try BrowserSession.demo(rows: 24, columns: 80)
        screen.drive(session)
        let controls = session.screen.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
        #expect(controls.isEmpty)
    }
}
