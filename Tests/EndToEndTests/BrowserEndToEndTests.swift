import Foundation
import TestSupport
import Testing

/// Drives the real `newsbrowse` binary through tmux on the seed article, as a user would.
@Suite(.serialized) struct BrowserEndToEndTests {
    /// A temporary database holding the seed article, ingested by the real binary.
    private func seedDatabase() throws -> (folder: URL, database: String) {
        let folder = try Fixtures.temporaryFolder("e2e")
        let database = folder.appendingPathComponent("news.db").path
        let ingest = try ProcessRunner.run([BuiltProducts.newsbrowse.path, "ingest", "--db", database, Fixtures.seedFile.path])
        #expect(ingest.status == 0, "\(ingest.output)")
        return (folder, database)
    }

    /// The shell command that runs the browser, then records its exit status and the terminal
    /// mode after it ended.
    private func browserCommand(database: String, folder: URL) -> String {
        let report = folder.appendingPathComponent("after.txt").path
        return "'\(BuiltProducts.newsbrowse.path)' --db '\(database)'; echo \"EXIT=$?\" > '\(report)';"
            + " stty -a >> '\(report)'; echo 'SHELL BACK'; sleep 60"
    }

    @Test func searchOpenSkyJumpToAlibabaSeeTheQuoteGoBackAndQuit() throws {
        let (folder, database) = try seedDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(command: browserCommand(database: database, folder: folder))
        try session.waitFor(text: "Alibaba verkauft US-Marktplatz 11 Main")

        try session.send("/")
        try session.send("opensky", literal: true)
        try session.waitFor(text: "OpenSky · company")
        try session.send("Enter")
        let openSky = try session.waitFor("OpenSky's page with Alibaba's 37.6% stake") {
            $0.contains("Stakes in it") && $0.contains("← Alibaba 37.6%")
        }
        #expect(openSky.contains("┌ OpenSky"))
        // Move down the page until the stake Alibaba holds is selected (its detail says so).
        var moves = 0
        while try !session.capture().contains("Alibaba holds 37.6% of OpenSky"), moves < 12 {
            try session.send("Down")
            moves += 1
            usleep(150_000)
        }
        try session.waitFor(text: "Alibaba holds 37.6% of OpenSky")

        try session.send("Enter")
        let alibaba = try session.waitFor(text: "Wir wollen 40 Prozent")
        #expect(alibaba.contains("Jack Ma"))

        try session.send("Escape")
        try session.waitFor("OpenSky's page again") { $0.contains("← Alibaba 37.6%") }
        try session.send("Escape")
        try session.waitFor(text: "Articles")
        try session.send("q")
        try session.waitFor(text: "SHELL BACK")

        let after = try String(contentsOf: folder.appendingPathComponent("after.txt"), encoding: .utf8)
        #expect(after.contains("EXIT=0"))
        // The terminal is back in its normal mode: line editing and echo are on again.
        #expect(after.contains(" icanon") && !after.contains("-icanon"))
        #expect(after.contains(" echo ") && !after.contains("-echo "))
    }

    @Test func survivesAResizeStormAndRedrawsAtTheNewSize() throws {
        let (folder, database) = try seedDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(command: browserCommand(database: database, folder: folder))
        try session.waitFor(text: "Alibaba verkauft")
        for (rows, columns) in [(6, 20), (24, 80), (3, 10), (50, 200), (10, 30), (24, 80)] {
            try session.resize(rows: rows, columns: columns)
        }
        try session.send("2")
        try session.waitFor("the entity list at 80 columns") { screen in
            screen.contains("Entities") && screen.split(separator: "\n").allSatisfy { $0.count <= 80 }
        }
        try session.send("q")
        try session.waitFor(text: "SHELL BACK")
        let after = try String(contentsOf: folder.appendingPathComponent("after.txt"), encoding: .utf8)
        #expect(after.contains("EXIT=0"))
    }
}
