import NewsEvaluation
import NewsModel

/// Small builders so that each test states only what it is about.
enum Make {
    static func party(_ name: String, _ aliases: String...) -> ComparableParty {
        ComparableParty(name: name, otherNames: aliases)
    }

    static func org(_ names: String...) -> ComparableEntity { ComparableEntity(names: names, kind: .organization) }

    static func person(_ names: String...) -> ComparableEntity { ComparableEntity(names: names, kind: .person) }

    static func deal(_ kind: DealKind, _ acquirer: String?, _ target: String, percent: Double? = nil)
        -> ComparableDeal
    {
        ComparableDeal(kind: kind, acquirer: acquirer.map { party($0) }, target: party(target), percent: percent)
    }

    static func stake(_ holder: String, _ company: String, percent: Double? = nil) -> ComparableStake {
        ComparableStake(holder: party(holder), company: party(company), percent: percent)
    }

    static func quote(_ speaker: String?, direct: Bool, _ text: String) -> ComparableQuote {
        ComparableQuote(speaker: speaker.map { party($0) }, direct: direct, text: text)
    }

    static func evidence() -> Evidence { Evidence(articleID: "a", sentence: "", range: TextRange(start: 0, end: 0)) }
}
