import ArgumentParser
import Foundation

/// The `newsbrowse` command line: `browse` (the default), `ingest`, `export` and `search`.
///
/// Exit codes: 0 success, 1 a failure (some input, the database), 2 a usage error.
@main
struct NewsBrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsbrowse",
        abstract: "A terminal browser for business news: companies, deals, stakes and quotes.",
        subcommands: [BrowseCommand.self, IngestCommand.self, ExportCommand.self, SearchCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    /// Parses and runs, mapping errors to the exit codes above (argument-parser would use 64
    /// for usage errors).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if code == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            Console.error("error: " + String(describing: error))
            Foundation.exit(1)
        }
    }
}
