import ArgumentParser

/// The `newsbrowse` command line: `browse` (the default), `ingest`, `export` and `search`.
@main
struct NewsBrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsbrowse",
        abstract: "A terminal browser for business news: companies, deals, stakes and quotes.",
        subcommands: [],
    )

    mutating func run() throws {
        print("newsbrowse: under construction")
    }
}
