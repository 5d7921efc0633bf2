import Foundation
import TestSupport
import Testing

/// Killing `newsbrowse ingest` in the middle of a batch leaves a database that a second run
/// completes: no duplicates, nothing lost.
@Suite(.serialized) struct CLIInterruptedIngestTests {
    /// The first `count` Reuters articles, as a JSON Lines batch.
    private func batch(_ cli: CLI, count: Int) throws -> (path: String, ids: [String]) {
        let corpus = Fixtures.sharedFolder.appendingPathComponent("corpus/reuters-21578/articles.jsonl")
        let handle = try FileHandle(forReadingFrom: corpus)
        defer { try? handle.close() }
        var lines: [Data] = []
        var buffer = Data()
        while lines.count < count, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            buffer += chunk
            var parts = buffer.split(separator: 0x0A, omittingEmptySubsequences: false)
            buffer = Data(parts.removeLast())
            lines += parts.map { Data($0) }
        }
        lines = Array(lines.prefix(count))
        let ids = try lines.map { line in
            try #require((try JSONSerialization.jsonObject(with: line) as? [String: Any])?["id"] as? String)
        }
        let path = cli.path("batch.jsonl")
        try Data(lines.joined(separator: [0x0A])).write(to: URL(fileURLWithPath: path))
        return (path, ids)
    }

    private func exportedArticleIDs(_ cli: CLI, db: String) throws -> [String] {
        let export = try cli.run(["export", "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        return try #require(object["articles"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    }

    @Test func killedIngestCompletesOnRerun() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let (path, ids) = try batch(cli, count: 500)
        let db = cli.path("news.db")
        let (process, _, stderr) = try cli.start(["ingest", "--verbose", "--db", db, path], label: "killed")
        // Wait until the first articles are stored, then kill -9.
        let deadline = Date().addingTimeInterval(60)
        var storedBeforeKill = 0
        while Date() < deadline, process.isRunning {
            let text = (try? String(contentsOf: stderr, encoding: .utf8)) ?? ""
            storedBeforeKill = text.split(separator: "\n").filter { $0.hasPrefix("inserted ") }.count
            if storedBeforeKill >= 10 { break }
            usleep(2_000)
        }
        #expect(process.isRunning, "the ingest finished before it could be killed; use a larger batch")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(storedBeforeKill >= 10)

        let partial = try exportedArticleIDs(cli, db: db)
        #expect(partial.count >= storedBeforeKill && partial.count < ids.count)
        #expect(Set(partial).count == partial.count)

        let rerun = try cli.run(["ingest", "--db", db, path])
        #expect(rerun.status == 0)
        #expect(rerun.stderr == "ingested \(ids.count - partial.count), unchanged \(partial.count), failed 0\n")

        let complete = try exportedArticleIDs(cli, db: db)
        #expect(complete.count == ids.count)
        #expect(Set(complete) == Set(ids))

        // The same facts as one uninterrupted run.
        let clean = cli.path("clean.db")
        #expect(try cli.run(["ingest", "--db", clean, path]).status == 0)
        let resumed = try cli.run(["export", "--db", db]).stdout
        let reference = try cli.run(["export", "--db", clean]).stdout
        for table in ["articles", "deals", "stakes", "quotes"] {
            #expect(try count(table, in: resumed) == count(table, in: reference), "\(table)")
        }
    }

    private func count(_ table: String, in export: String) throws -> Int {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any])
        return try #require(object[table] as? [Any]).count
    }
}
