import BrowserCore
import NewsModel

/// Every screen of the browser on the demo corpus, reached through keys as a user would.
enum DemoScreen: String, CaseIterable, Sendable {
    case articles
    case entities
    case entityCompanies = "entities-companies"
    case deals
    case readerFacts = "reader-facts"
    case readerEvidence = "reader-evidence"
    case companyOpenSky = "company-opensky"
    case companyAlibaba = "company-alibaba"
    case personJackMa = "person-jack-ma"
    case search
    case help

    /// The id of the project's seed article in `Resources/Demo`.
    static let seedID = "000_01e16cab228ac14f"

    /// Drives a fresh session to the screen; false when a row it needs is not on the list.
    @discardableResult
    func drive(_ session: BrowserSession) -> Bool {
        switch self {
        case .articles:
            return true
        case .entities:
            session.send(.character("2"))
        case .entityCompanies:
            session.press(.character("2"), .character("f"))
        case .deals:
            session.send(.character("3"))
        case .readerFacts:
            let found = session.select {
                if case .article(let article) = $0 { return article.id == Self.seedID }
                return false
            }
            session.press(.enter, .tab, .down, .down)
            return found
        case .readerEvidence:
            session.send(.character("3"))
            let found = session.select {
                if case .deal(let deal) = $0 { return deal.evidence.articleID == Self.seedID && deal.percent == 37.6 }
                return false
            }
            session.send(.enter)
            return found
        case .companyOpenSky:
            session.openPage(searching: "opensky")
        case .companyAlibaba:
            session.openPage(searching: "alibaba")
        case .personJackMa:
            session.openPage(searching: "jack ma")
        case .search:
            session.send(.character("/"))
            session.type("alibba")
        case .help:
            session.send(.character("?"))
        }
        return true
    }
}
