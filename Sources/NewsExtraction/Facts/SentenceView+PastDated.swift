import NewsModel

extension SentenceView {
    /// Whether a deal's stated date lies in a year before the article's own: "raising its stake to 53 pct in
    /// 1978" in a story of 1987 tells history, and the holding it states is not the current one.
    func isPastDated(_ date: FactDate?) -> Bool {
        guard let date, let anchor = dateReader.anchor else { return false }
        return date.year < anchor.year
    }
}
