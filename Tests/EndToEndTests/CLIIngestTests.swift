import Foundation
import TestSupport
import Testing

/// `newsbrowse ingest` as a user runs it: messages, summary and exit codes.
@Suite(.serialized) struct CLIIngestTests {
    @Test func goodInputExitsZeroAndRerunIsUnchanged() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let first = try cli.run(["ingest", "--db", cli.path("news.db"), Fixtures.seedFile.path])
        #expect(first.status == 0)
        #expect(first.stderr == "ingested 1, unchanged 0, failed 0\n")
        #expect(first.stdout.isEmpty)
        let second = try cli.run(["ingest", "--db", cli.path("news.db"), Fixtures.seedFile.path])
        #expect(second.status == 0)
        #expect(second.stderr == "ingested 0, unchanged 1, failed 0\n")
    }

    @Test func failedInputExitsOneWithOneLinePerProblem() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let data = cli.path("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try Data("Title\n\nA German text, der Text.".utf8).write(to: URL(fileURLWithPath: data + "/a.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: data + "/b.txt"))
        let lines = #"{"id": "x1", "title": "One", "text": "Text."}"# + "\n" + #"{"id": "x2", "title": "#
        try Data(lines.utf8).write(to: URL(fileURLWithPath: data + "/c.jsonl"))
        let result = try cli.run(["ingest", "--db", cli.path("news.db"), data, cli.path("missing.txt")])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "error: '\(cli.path("missing.txt"))': cannot be read (no such file or folder).",
            "error: '\(data)/b.txt': is a binary file, not text; it was skipped.",
            "error: '\(data)/c.jsonl' line 2: not valid JSON (unexpected end of data); the other lines were ingested.",
            "ingested 2, unchanged 0, failed 3",
        ])
    }

    @Test(arguments: [
        ["ingest"],
        ["ingest", "--date", "2024-02-30x", "x.txt"],
        ["ingest", "--language", "fr", "x.txt"],
        ["ingest", "--no-such-option", "x.txt"],
        ["export", "--format", "csv"],
        ["export", "--format", "xml"],
        ["search"],
        ["frobnicate"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run(arguments + ["--db", cli.path("news.db")])
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("Error:"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("news.db")))
    }

    @Test func helpExitsZero() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run(["ingest", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--language"))
    }

    @Test func browseLoadsTheDemoIntoAnEmptyDefaultDatabaseOnce() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let first = try cli.run([])
        #expect(first.status == 1, "without a terminal the browser itself cannot start")
        #expect(first.stderr.contains("loading the demo corpus"))
        let lines = first.stderr.split(separator: "\n")
        let summary = try #require(lines.dropLast().last)
        #expect(summary.hasPrefix("ingested ") && summary.hasSuffix(", unchanged 0, failed 0"))
        let count = try #require(Int(summary.dropFirst("ingested ".count).prefix(while: \.isNumber)))
        #expect((30...61).contains(count))
        #expect(FileManager.default.fileExists(atPath: cli.path("xdg/newsbrowse/news.db")))
        #expect(first.stderr.contains("\(count) articles are stored, but the browser needs a terminal"))
        let second = try cli.run(["browse"])
        #expect(second.status == 1)
        #expect(!second.stderr.contains("demo"))
        #expect(second.stderr.contains("\(count) articles are stored"))
    }

    @Test func browseWithAnExplicitDatabaseDoesNotLoadTheDemo() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run(["browse", "--db", cli.path("own.db")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("0 articles are stored"))
        #expect(!result.stderr.contains("demo"))
    }
}
