import ArgumentParser
import Foundation
import NewsImport
import NewsModel

/// `newsbrowse search [--db PATH] [--json] QUERY`
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find companies, people and organisations by name or alias (prefix, any case, any accents).")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print the results as a JSON array.")
    var json = false

    @Option(help: "The most results to show.")
    var limit = 20

    @Argument(help: "Words the name starts with, e.g. 'uber' finds 'Übersee'.")
    var query: String

    func validate() throws {
        if query.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The query is empty.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let store = try database.openExistingStore()
        let results = try store.searchEntities(query, limit: limit)
        if json {
            let rows = results.map { entity -> JSONValue in
                .object([
                    ("id", .string(entity.id)), ("name", .string(entity.name)), ("kind", .string(entity.kind.rawValue)),
                    ("articles", .number(Double(entity.articleCount))), ("deals", .number(Double(entity.dealCount))),
                    ("stakes", .number(Double(entity.stakeCount))), ("quotes", .number(Double(entity.quoteCount))),
                ])
            }
            Console.output(JSONValue.array(rows).rendered() + "\n")
            return
        }
        if results.isEmpty {
            Console.error("no company, person or organisation matches '\(Console.safe(query))'.")
            return
        }
        let width = min(40, results.map { Console.safe($0.name).count }.max() ?? 0)
        var text = ""
        for entity in results {
            let name = Console.safe(entity.name)
            let padded = name.count >= width ? name : name + String(repeating: " ", count: width - name.count)
            text += "\(padded)  \(entity.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))"
                + "\(entity.articleCount) articles, \(entity.dealCount) deals, \(entity.stakeCount) stakes, \(entity.quoteCount) quotes\n"
        }
        Console.output(text)
    }
}
