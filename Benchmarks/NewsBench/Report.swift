import NewsEvaluation
import NewsModel

/// The tables the quality benchmark prints.
enum Report {
    /// An empty score table whose first column is called `first`.
    static func scoreTable(first: String) -> Table {
        Table(first, "P", "R", "F1", "tp", "fp", "fn")
    }

    /// One row of a score table.
    static func row(_ label: String, _ counts: Counts) -> [String] {
        [
            label, Format.score(counts.precision), Format.score(counts.recall), Format.score(counts.f1),
            "\(counts.truePositives)", "\(counts.falsePositives)", "\(counts.falseNegatives)",
        ]
    }

    /// Rows fact type × (each language, all).
    static func goldTable(_ board: ScoreBoard, languages: [Language] = Language.allCases) -> String {
        var table = scoreTable(first: "facts")
        for type in FactType.allCases {
            for language in languages where board.articleCount(language: language) > 0 {
                table.add(row("\(type.rawValue) \(language.rawValue)", board.counts(type, language: language)))
            }
            table.add(row("\(type.rawValue) all", board.counts(type)))
        }
        return table.render()
    }

    /// F1 per fact type × (each language, all) of two boards side by side, with the held-out counts.
    static func comparisonTable(development: ScoreBoard, heldout: ScoreBoard) -> String {
        var table = Table("facts", "dev F1", "held-out P", "held-out R", "held-out F1", "tp", "fp", "fn")
        for type in FactType.allCases {
            var rows: [(String, Counts, Counts)] = []
            for language in Language.allCases where heldout.articleCount(language: language) > 0 {
                rows.append((
                    "\(type.rawValue) \(language.rawValue)", development.counts(type, language: language),
                    heldout.counts(type, language: language)
                ))
            }
            rows.append(("\(type.rawValue) all", development.counts(type), heldout.counts(type)))
            for (label, dev, held) in rows {
                table.add([
                    label, Format.score(dev.f1), Format.score(held.precision), Format.score(held.recall),
                    Format.score(held.f1), "\(held.truePositives)", "\(held.falsePositives)",
                    "\(held.falseNegatives)",
                ])
            }
        }
        return table.render()
    }

    /// Entity rows per kind × (each language, all).
    static func kindTable(_ boards: [ScoredKind: ScoreBoard]) -> String {
        var table = scoreTable(first: "entities")
        for kind in ScoredKind.allCases {
            let board = boards[kind] ?? ScoreBoard()
            for language in Language.allCases where board.articleCount(language: language) > 0 {
                table.add(row("\(kind.rawValue)s \(language.rawValue)", board.counts(.entities, language: language)))
            }
            table.add(row("\(kind.rawValue)s all", board.counts(.entities)))
        }
        return table.render()
    }

    /// The missed and spurious facts of one article.
    static func printDetails(_ score: ArticleScore, label: String? = nil) {
        var lines: [String] = []
        for type in FactType.allCases {
            for item in score.missed[type] ?? [] { lines.append("  missed   \(type.rawValue): \(item)") }
            for item in score.spurious[type] ?? [] { lines.append("  spurious \(type.rawValue): \(item)") }
        }
        guard !lines.isEmpty else { return }
        print("-- \(score.article)" + (label.map { " (\($0))" } ?? ""))
        print(lines.joined(separator: "\n"))
    }
}
