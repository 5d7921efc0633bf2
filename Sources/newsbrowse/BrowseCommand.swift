import ArgumentParser
import Foundation
import NewsExtraction
import NewsImport
import NewsModel
import NewsResources

/// `newsbrowse [browse] [--db PATH]`: the terminal browser. On an empty default database it
/// first loads the demo corpus that ships with newsbrowse.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse companies, deals, stakes and quotes in the terminal (the default).")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openStore()
        if database.isDefault, try store.articleCount() == 0 {
            Console.error("The database '\(database.resolvedPath)' is empty: loading the demo corpus…")
            let summary = try IngestPipeline(store: store, extractor: RuleBasedExtractor())
                .run(paths: [NewsResources.demoCorpusURL.path]) { event in
                    if case .failed(let error) = event { Console.error("error: " + Console.safe(error.message)) }
                }
            Console.error(summary.description)
        }
        try runBrowser(store: store)
    }
}
