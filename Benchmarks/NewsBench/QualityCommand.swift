import ArgumentParser
import Foundation
import NewsEvaluation
import NewsExtraction
import NewsModel

/// `newsbrowse-bench quality`: the extractor on the gold set, the seed, the Wikinews quotation
/// test split, and spaCy's English entities side by side.
struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality", abstract: "Score the extractor on the gold set, the seed and Wikinews quotes.")

    @Option(help: "The gold folder: its de/ and en/ subfolders are the gold set, seed/ the seed.")
    var gold = "Tests/NewsExtractionTests/Gold"

    @Option(help: "The held-out gold folder (de/ and en/ subfolders): scored separately, never tuned on.")
    var heldout = "Tests/NewsExtractionTests/Gold/heldout"

    @Option(help: "The corpus folder with one subfolder per collection, each with articles.jsonl.")
    var corpus = "../shared/corpus"

    @Option(help: "The folder of seed articles in plain-text layout (<id>.txt).")
    var seeds = "../shared/seeds"

    @Option(help: "spaCy's predictions on the English gold articles (from Scripts/spacy_entities.py).")
    var spacyJSON = ".build-bench/spacy-entities.json"

    @Option(help: "The Wikinews split to report quotes on; several separated by commas (\"train,dev\").")
    var split = "test"

    @Flag(help: "Skip the Wikinews quotation benchmark.")
    var skipWikinews = false

    @Flag(help: "List missed, spurious and misattributed Wikinews quotes per article (tune on train,dev only).")
    var wikinewsDetails = false

    @Flag(name: .shortAndLong, help: "List every missed and spurious fact per article of the development set.")
    var verbose = false

    @Flag(help: "Also list the held-out set's misses (off by default, even with -v: nobody tunes rules on them).")
    var showHeldoutMisses = false

    func run() throws {
        let extractor = RuleBasedExtractor()
        let goldRoot = URL(fileURLWithPath: gold)
        let corpusURL = URL(fileURLWithPath: corpus)
        print("Extractor: RuleBasedExtractor \(extractor.version)")

        var goldSet = try GoldLoader.loadSet(goldRoot)
        if goldSet.isEmpty { goldSet = try GoldLoader.load(goldRoot) }
        let texts = try CorpusReader.articles(withIDs: Set(goldSet.map(\.article)), corpus: corpusURL)
        print("\n== Gold set '\(gold)'")
        let outcome = GoldEvaluation(extractor: extractor, verbose: verbose).run(goldSet, articles: texts)
        let board = printScores(outcome, kindHeading: "entities by kind")
        print("\nmisses and spurious facts by cause:")
        print(outcome.causes.render())

        try heldoutSection(development: board, corpus: corpusURL, extractor: extractor)

        let seedGold = try GoldLoader.load(goldRoot.appendingPathComponent("seed"))
        if !seedGold.isEmpty {
            var seedTexts: [String: Article] = [:]
            for entry in seedGold {
                let url = URL(fileURLWithPath: seeds).appendingPathComponent(entry.article + ".txt")
                seedTexts[entry.article] = try CorpusReader.plainTextArticle(at: url, language: entry.language)
            }
            print("\n== Seed (\(seedGold.map(\.article).joined(separator: ", ")))")
            let seedBoard = GoldEvaluation(extractor: extractor, verbose: true).run(seedGold, articles: seedTexts).board
            print(Report.goldTable(seedBoard, languages: []))
        }

        try spacyComparison(goldSet: goldSet, texts: texts, extractor: extractor)

        if !skipWikinews {
            let folder = corpusURL.appendingPathComponent("wikinews-de-quotes")
            try WikinewsEvaluation(extractor: extractor, folder: folder, split: split, verbose: verbose || wikinewsDetails).report()
        }
    }

    /// Prints a gold evaluation's article counts, its table per fact type and language, and its entities by
    /// kind under `kindHeading`; returns its score board.
    func printScores(_ outcome: GoldEvaluation.Outcome, kindHeading: String) -> ScoreBoard {
        let board = outcome.board
        print("\(board.articleCount(language: .german)) de + \(board.articleCount(language: .english)) en articles")
        print(Report.goldTable(board))
        print("\n\(kindHeading) (company and organization are one kind):")
        print(Report.kindTable(outcome.byKind))
        return board
    }

    /// The held-out set's own tables, and its F1 next to the development set's. Its misses are printed
    /// only with `--show-heldout-misses`.
    func heldoutSection(development: ScoreBoard, corpus: URL, extractor: RuleBasedExtractor) throws {
        let heldoutSet = try GoldLoader.loadSet(URL(fileURLWithPath: heldout))
        print("\n== Held-out gold, never tuned on '\(heldout)'")
        guard !heldoutSet.isEmpty else {
            print("no held-out gold files under '\(heldout)'; section skipped.")
            return
        }
        let texts = try CorpusReader.articles(withIDs: Set(heldoutSet.map(\.article)), corpus: corpus)
        let outcome = GoldEvaluation(extractor: extractor, verbose: showHeldoutMisses).run(heldoutSet, articles: texts)
        let board = printScores(outcome, kindHeading: "held-out entities by kind")
        print("\nF1, development set next to held-out set:")
        print(Report.comparisonTable(development: development, heldout: board))
        print("\nheld-out misses and spurious facts by cause (counts only):")
        print(outcome.causes.render())
        if !showHeldoutMisses {
            print("(held-out misses hidden; pass --show-heldout-misses to list them. Do not tune rules on them.)")
        }
    }

    /// newsbrowse's and spaCy's English entity rows, on the same articles.
    func spacyComparison(goldSet: [GoldArticle], texts: [String: Article], extractor: RuleBasedExtractor) throws {
        let english = goldSet.filter { $0.language == .english && texts[$0.article] != nil }
        print("\n== English entities, side by side (\(english.count) gold articles)")
        guard let spacy = try SpacyEntities.load(URL(fileURLWithPath: spacyJSON)) else {
            print("spaCy row skipped: '\(spacyJSON)' does not exist (run Scripts/spacy_entities.py, or Scripts/bench.sh).")
            return
        }
        let scorer = GoldScorer()
        var ours = ScoreBoard()
        var theirs = ScoreBoard()
        var oursByKind: [ScoredKind: Counts] = [:]
        var theirsByKind: [ScoredKind: Counts] = [:]
        var missing: [String] = []
        for entry in english {
            guard let predicted = spacy.facts(for: entry.article), let article = texts[entry.article] else {
                missing.append(entry.article)
                continue
            }
            let theirScore = scorer.score(entry, predicted: predicted, types: [.entities])
            theirs.add(theirScore, language: .english)
            if verbose { Report.printDetails(theirScore, label: "spaCy") }
            let own = ComparableFacts(extractor.extract(from: article))
            ours.add(scorer.score(entry, predicted: own, types: [.entities]), language: .english)
            for kind in ScoredKind.allCases {
                let required = entry.required.entities(of: kind)
                let optional = entry.optional.entities(of: kind)
                oursByKind[kind, default: Counts()] += scorer.score(
                    article: entry.article, predicted: own.entities(of: kind), required: required, optional: optional,
                    types: [.entities])[.entities]
                theirsByKind[kind, default: Counts()] += scorer.score(
                    article: entry.article, predicted: predicted.entities(of: kind), required: required,
                    optional: optional, types: [.entities])[.entities]
            }
        }
        var table = Report.scoreTable(first: "system")
        table.add(Report.row("newsbrowse RuleBasedExtractor", ours.counts(.entities)))
        table.add(Report.row("spaCy \(spacy.model)", theirs.counts(.entities)))
        for kind in ScoredKind.allCases {
            table.add(Report.row("  newsbrowse, \(kind.rawValue)s", oursByKind[kind] ?? Counts()))
            table.add(Report.row("  spaCy, \(kind.rawValue)s", theirsByKind[kind] ?? Counts()))
        }
        print(table.render())
        if !missing.isEmpty {
            print("spaCy has no predictions for \(missing.count) article(s), left out of both rows: \(missing.joined(separator: ", "))")
        }
    }
}
