import NewsEvaluation
import NewsModel

/// Runs an extractor over gold articles and scores it.
struct GoldEvaluation {
    let extractor: any FactExtractor
    /// Print what was missed and what was spurious, per article.
    let verbose: Bool
    let scorer = GoldScorer()

    /// Scores every gold article whose text is known; warns about the others.
    func run(_ gold: [GoldArticle], articles: [String: Article]) -> ScoreBoard {
        var board = ScoreBoard()
        for entry in gold {
            guard let article = articles[entry.article] else {
                print("warning: no text for gold article '\(entry.article)' in the corpus; left out.")
                continue
            }
            let predicted = ComparableFacts(extractor.extract(from: article))
            let score = scorer.score(entry, predicted: predicted)
            board.add(score, language: entry.language)
            if verbose { Report.printDetails(score) }
        }
        return board
    }
}
