import ArgumentParser
import Foundation
import NewsImport

/// `newsbrowse export [--db PATH] [--format json|csv] [--article ID] [--output DIR]`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything extracted (or one article's part) as JSON or CSV.",
        discussion: """
            JSON goes to stdout (or to DIR/export.json with --output). CSV writes one file per table \
            (articles.csv, entities.csv, deals.csv, stakes.csv, quotes.csv) into --output DIR.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "json or csv.")
    var format: ExportFormat = .json

    @Option(help: ArgumentHelp("Only this article and its facts.", valueName: "ID"))
    var article: String?

    @Option(help: ArgumentHelp("The folder to write into (required for csv).", valueName: "DIR"), completion: .directory)
    var output: String?

    func validate() throws {
        if format == .csv && output == nil { throw ValidationError("--format csv writes one file per table: give --output DIR.") }
    }

    func run() throws {
        let store = try database.openExistingStore()
        let dump = try store.exportDump(articleID: article)
        if let article, dump.articles.isEmpty {
            throw CommandFailure("there is no article '\(article)' in '\(database.resolvedPath)'.")
        }
        let files: [(name: String, text: String)] = switch format {
        case .json: [("export.json", ExportJSON.text(of: dump))]
        case .csv: ExportCSV.files(of: dump)
        }
        guard let output else {
            Console.output(files[0].text)
            return
        }
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name))
            }
        } catch {
            throw CommandFailure("cannot write into '\(output)': \((error as NSError).localizedDescription)")
        }
        Console.error("wrote \(files.map(\.name).joined(separator: ", ")) into '\(output)'")
    }
}

/// The `--format` values.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv
}
