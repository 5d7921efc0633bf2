import ArgumentParser

/// `newsbrowse-bench`: the quality and speed benchmarks of newsbrowse's extractor.
@main
struct NewsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsbrowse-bench",
        abstract: "Measure the extractor: quality on the gold set and Wikinews quotes, speed on Reuters-21578.",
        subcommands: [QualityCommand.self, SpeedCommand.self, SaveCommand.self, UIBenchmark.self, DumpCommand.self],
        defaultSubcommand: QualityCommand.self)
}
