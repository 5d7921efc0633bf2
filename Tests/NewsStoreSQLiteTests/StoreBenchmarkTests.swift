import Foundation
import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

/// Timings on a synthetic corpus, printed, never asserted. Runs only with `NEWSBROWSE_STORE_BENCH`
/// set to the number of articles, e.g. `NEWSBROWSE_STORE_BENCH=10000 swift test --filter StoreBenchmark`.
@Suite struct StoreBenchmarkTests {
    static let articleCount = Int(ProcessInfo.processInfo.environment["NEWSBROWSE_STORE_BENCH"] ?? "") ?? 0

    static let syllables = ["bra", "ken", "tor", "vel", "mun", "dra", "sil", "quo", "rin", "fal", "zen", "lor",
                            "ost", "wen", "kap", "hel", "ßen", "über", "gar", "nim"]
    static let suffixes = ["Inc", "AG", "Corp", "Holdings", "GmbH", "Ltd", "Group", "SA"]

    /// An invented company name for a number: "Brakentor AG".
    static func company(_ n: Int) -> String {
        let a = syllables[n % 20], b = syllables[(n / 20) % 20], c = syllables[(n / 400) % 20]
        return (a + b + c).capitalized + " " + suffixes[n % suffixes.count]
    }

    static func person(_ n: Int) -> String {
        let first = ["Ada", "Bo", "Cem", "Dana", "Eli", "Finn", "Gus", "Hana", "Ivo", "Jana"][n % 10]
        return first + " " + (syllables[(n / 10) % 20] + syllables[(n / 200) % 20]).capitalized
    }

    static func fixture(_ index: Int) -> ArticleFixture {
        // Popular entities recur often, most are rare (a rough power law).
        let picks = (0..<4).map { k in (index * 7919 + k * 104_729) % (k == 0 ? 50 : 3000) }
        let names = picks.map(company)
        let speaker = person(index % 800)
        let dealSentence = "\(names[0]) agreed to acquire \(names[1]) for \(index % 900 + 10) mln dlrs."
        let quoteSentence = "\"This is a good day for \(names[2]),\" said \(speaker), who also advises \(names[3])."
        let filler = "Shares of the company rose in early trading as analysts welcomed the transaction and the outlook for the coming year."
        var fixture = ArticleFixture(
            id: "bench-\(index)", title: "\(names[0]) to buy \(names[1])",
            paragraphs: [dealSentence, quoteSentence, filler, filler + " Die Straße über den Fluß bleibt gesperrt."],
            date: "19\(80 + index % 20)-\(index % 12 + 1 < 10 ? "0" : "")\(index % 12 + 1)-15")
        let refs = names.map { name in
            fixture.entity(name, aliases: [String(name.split(separator: " ")[0])])
        }
        let person = fixture.entity(speaker, .person, role: "chairman", organization: refs[2])
        fixture.deal(
            .acquisition, acquirer: refs[0], target: refs[1],
            price: Money(amount: Double(index % 900 + 10) * 1e6, currency: "USD"),
            date: index % 5 == 0 ? nil : FactDate(year: 1980 + index % 20, month: index % 12 + 1),
            sentence: dealSentence)
        fixture.quote("This is a good day for \(names[2]),", speaker: person, sentence: quoteSentence)
        return fixture
    }

    /// Process CPU time in seconds (the machine is shared: wall time says little).
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    @discardableResult
    static func time<T>(_ label: String, repeat count: Int = 1, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        let cpuStart = cpuSeconds()
        var result: T?
        for _ in 0..<count { result = try body() }
        let wall = Date().timeIntervalSince(start) / Double(count)
        let cpu = (cpuSeconds() - cpuStart) / Double(count)
        print(String(format: "BENCH %@: %.3f ms CPU, %.3f ms wall", label, cpu * 1000, wall * 1000))
        return result!
    }

    @Test(.enabled(if: articleCount > 0)) func syntheticCorpus() throws {
        let folder = try Fixtures.temporaryFolder("store-bench")
        defer { try? FileManager.default.removeItem(at: folder) }
        let keep = ProcessInfo.processInfo.environment["NEWSBROWSE_STORE_BENCH_KEEP"]
        let path = keep ?? folder.appendingPathComponent("bench.db").path
        let store = try SQLiteNewsStore(path: path)
        let fixtures = (0..<Self.articleCount).map(Self.fixture)
        try Self.time("save \(Self.articleCount) articles (5 entities, 1 deal, 1 quote each)") {
            for fixture in fixtures { try store.save(fixture.article, facts: fixture.facts) }
        }
        let memory = try SQLiteNewsStore.inMemory()
        try Self.time("save \(Self.articleCount) articles into an in-memory store") {
            for fixture in fixtures { try memory.save(fixture.article, facts: fixture.facts) }
        }
        try Self.time("re-save \(Self.articleCount) unchanged") {
            for fixture in fixtures { try store.save(fixture.article, facts: fixture.facts) }
        }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0)
        print("BENCH database size: \(size / 1024) KiB; entities: \(try store.entityCount(kinds: []))")
        let top = try Self.time("entities page 1 (companies)", repeat: 20) {
            try store.entities(kinds: [.company, .organization], page: PageRequest(limit: 50))
        }
        try Self.time("articles page 1 newest", repeat: 20) {
            try store.articles(order: .newestFirst, page: PageRequest(limit: 50))
        }
        try Self.time("articles page 100 oldest", repeat: 20) {
            try store.articles(order: .oldestFirst, page: PageRequest(offset: 5000, limit: 50))
        }
        try Self.time("deals page 1", repeat: 20) { try store.deals(filter: DealFilter(), page: PageRequest(limit: 50)) }
        try Self.time("deal count", repeat: 20) { try store.dealCount(filter: DealFilter()) }
        try Self.time("profile of the most frequent entity", repeat: 5) { try store.profile(ofEntity: top[0].id) }
        try Self.time("profile of a rare entity", repeat: 20) { try store.profile(ofEntity: top[49].id) }
        for query in ["bra", "b", "brakentor", "über", "strasse", "ken tor", "hana"] {
            let results = try Self.time("searchEntities '\(query)'", repeat: 20) { try store.searchEntities(query, limit: 20) }
            print("  -> \(results.prefix(3).map { "\($0.name) (\($0.articleCount))" })")
            try Self.time("searchArticles '\(query)'", repeat: 10) { try store.searchArticles(query, limit: 20) }
        }
        try Self.time("export all") { try store.exportDump(articleID: nil) }
        try Self.time("facts of one article", repeat: 20) { try store.facts(ofArticle: "bench-77") }
    }

    /// Reads a kept benchmark database again and again (for a profiler):
    /// `NEWSBROWSE_STORE_BENCH_READ=/tmp/bench.db`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSBROWSE_STORE_BENCH_READ"] != nil))
    func repeatedProfiles() throws {
        let store = try SQLiteNewsStore(path: ProcessInfo.processInfo.environment["NEWSBROWSE_STORE_BENCH_READ"]!)
        let top = try store.entities(kinds: [.company], page: PageRequest(limit: 1))
        try Self.time("profile of \(top[0].name)", repeat: 300) { try store.profile(ofEntity: top[0].id) }
    }

    /// Saves every article of a JSON Lines corpus without facts:
    /// `NEWSBROWSE_STORE_BENCH_JSONL=../shared/corpus/reuters-21578/articles.jsonl`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSBROWSE_STORE_BENCH_JSONL"] != nil))
    func corpusWithoutFacts() throws {
        struct Line: Decodable {
            var id: String
            var title: String?
            var text: String?
            var date: String?
        }
        let file = ProcessInfo.processInfo.environment["NEWSBROWSE_STORE_BENCH_JSONL"]!
        let decoder = JSONDecoder()
        let articles = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").compactMap { line in
            (try? decoder.decode(Line.self, from: Data(line.utf8))).map {
                Article(
                    id: $0.id, title: $0.title ?? "", paragraphs: ($0.text ?? "").components(separatedBy: "\n\n"),
                    date: $0.date, language: .english)
            }
        }
        let folder = try Fixtures.temporaryFolder("store-bench-corpus")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("corpus.db").path
        let store = try SQLiteNewsStore(path: path)
        try Self.time("save \(articles.count) corpus articles without facts") {
            for article in articles { try store.save(article, facts: .empty) }
        }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0)
        print("BENCH corpus database size: \(size / 1024) KiB")
        for query in ["oil", "acquisition", "the", "stake pct"] {
            try Self.time("searchArticles '\(query)'", repeat: 10) { try store.searchArticles(query, limit: 20) }
        }
    }
}
