import ArgumentParser
import Foundation
import NewsExtraction
import NewsImport
import NewsModel

/// `newsbrowse ingest [--db PATH] [--date YYYY-MM-DD] [--language de|en|auto] PATH...`
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles from files and folders, extract their facts and store them.",
        discussion: """
            Formats: plain text (first line the title, paragraphs separated by blank lines), JSON Lines \
            and JSON (corpus or news-please fields), RSS 2.0 and Atom feeds. Folders are read recursively. \
            Articles already stored with the same content are skipped. Exit status: 0 when everything \
            was ingested, 1 when some input failed, 2 on a usage error.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The date (YYYY-MM-DD) for articles that have none, e.g. plain-text files.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "de or en for every article, or auto: the language the source states, else a guess.")
    var language: LanguageArgument = .auto

    @Flag(help: "Print one line per article stored.")
    var verbose = false

    @Argument(help: ArgumentHelp("Files and folders to read.", valueName: "PATH"), completion: .file())
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or folder to ingest.") }
        if let date, date.count != 10 || FactDate(iso: date)?.day == nil {
            throw ValidationError("'\(date)' is not a date in the form YYYY-MM-DD.")
        }
    }

    func run() throws {
        let store = try database.openStore()
        let options = ImportOptions(language: language.choice, defaultDate: date)
        var pipeline = IngestPipeline(store: store, extractor: RuleBasedExtractor(), options: options)
        if ProcessInfo.processInfo.environment["NEWSBROWSE_INGEST_TIMELINE"] == "1" {
            // Debugging the speed of an ingest: its steps, with the process's CPU time.
            pipeline.timeline = { line in Console.error(line + String(format: "  (CPU %.2f s)", Self.processCPUSeconds())) }
        }
        let bar = Console.stderrIsTerminal ? ProgressBar() : nil
        let summary: IngestSummary
        do {
            summary = try pipeline.run(paths: paths) { event in
                switch event {
                case .failed(let error):
                    bar?.clear()
                    Console.error("error: " + Console.safe(error.message))
                case .saved(let id, let outcome):
                    if verbose {
                        bar?.clear()
                        Console.error("\(outcome.rawValue) \(Console.safe(id))")
                    }
                case .progress(let progress):
                    bar?.update(progress)
                case .finishing:
                    bar?.show("Building search indexes…")
                }
            }
        } catch let failure as StoreWriteError {
            bar?.clear()
            Console.error("error: " + Console.safe(failure.description))
            Console.error(failure.summary.description)
            throw ExitCode(1)
        }
        bar?.clear()
        Console.error(summary.description)
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

extension IngestCommand {
    /// User and system CPU seconds the process used so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

/// The `--language` values.
enum LanguageArgument: String, ExpressibleByArgument, CaseIterable {
    case de, en, auto

    var choice: ImportOptions.LanguageChoice {
        switch self {
        case .de: .fixed(.german)
        case .en: .fixed(.english)
        case .auto: .auto
        }
    }
}
