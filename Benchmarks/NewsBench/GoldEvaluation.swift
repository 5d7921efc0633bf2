import NewsEvaluation
import NewsModel

/// Runs an extractor over gold articles and scores it.
struct GoldEvaluation {
    let extractor: any FactExtractor
    /// Print what was missed and what was spurious, per article.
    let verbose: Bool
    let scorer = GoldScorer()

    /// The scores of a run: all facts, and entities by kind.
    struct Outcome {
        var board = ScoreBoard()
        var byKind: [ScoredKind: ScoreBoard] = [:]
        /// Why deals, stakes and quotes were missed or spurious, as counts.
        var causes = MissCauses()
    }

    /// Scores every gold article whose text is known; warns about the others.
    func run(_ gold: [GoldArticle], articles: [String: Article]) -> Outcome {
        var outcome = Outcome()
        for entry in gold {
            guard let article = articles[entry.article] else {
                print("warning: no text for gold article '\(entry.article)' in the corpus; left out.")
                continue
            }
            let predicted = ComparableFacts(extractor.extract(from: article))
            let score = scorer.score(entry, predicted: predicted)
            outcome.board.add(score, language: entry.language)
            outcome.causes.add(entry, predicted: predicted)
            for kind in ScoredKind.allCases {
                let kindScore = scorer.score(
                    article: entry.article, predicted: predicted.entities(of: kind),
                    required: entry.required.entities(of: kind), optional: entry.optional.entities(of: kind),
                    types: [.entities])
                outcome.byKind[kind, default: ScoreBoard()].add(kindScore, language: entry.language)
            }
            if verbose { Report.printDetails(score) }
        }
        return outcome
    }
}
