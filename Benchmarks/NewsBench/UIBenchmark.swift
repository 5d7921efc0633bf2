import ArgumentParser
import BrowserCore
import Foundation
import NewsModel
import NewsStoreSQLite

/// `newsbrowse-bench ui --db PATH`: how quickly the browser shows its first screen and redraws
/// after a key, on a real database, without a terminal.
///
/// Time to first screen is opening the store, creating the ``BrowserSession`` (which loads the
/// first page of articles) and rendering its first grid. A key's time runs from sending it to a
/// finished grid and the list of changed cell runs a backend would draw; the store's share of it
/// is measured through ``TimedStore``. Peak memory is the process's `VmHWM` from `/proc/self/status`.
struct UIBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Measure time to first screen, key-to-redraw times and peak memory of the browser.")

    @Option(help: "The database to browse (made with `newsbrowse ingest --db PATH …`).")
    var db: String

    @Option(help: "Terminal rows.")
    var rows = 40

    @Option(help: "Terminal columns.")
    var columns = 120

    @Option(help: "How many times to play the key script (each time in a new session on the same store).")
    var rounds = 3

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw BenchError("The database '\(db)' does not exist: make it with `newsbrowse ingest --db '\(db)' FILES`.")
        }
        let openStart = ContinuousClock.now
        let sqlite = try SQLiteNewsStore(path: db)
        let store = TimedStore(sqlite)
        let opened = ContinuousClock.now
        var session = BrowserSession(store: store, rows: rows, columns: columns, theme: .dark)
        let started = ContinuousClock.now
        var previous = session.grid
        _ = previous.changedRuns(from: nil)
        let drawn = ContinuousClock.now
        let rssAfterFirst = MemoryStatus.read()

        let size = (try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
        print("== UI benchmark: '\(db)' (\(String(format: "%.1f", Double(size) / 1_048_576)) MB), \(columns)x\(rows)")
        print("\(try store.articleCount()) articles, \(try store.entityCount(kinds: [])) entities, \(try store.dealCount(filter: DealFilter())) deals")
        var first = Table("first screen", "ms")
        first.add(["open store", Self.ms(opened - openStart)])
        first.add(["session (first page of articles)", Self.ms(started - opened)])
        first.add(["render grid + runs", Self.ms(drawn - started)])
        first.add(["total", Self.ms(drawn - openStart)])
        print(first.render())
        print("")

        var samples: [String: [Duration]] = [:]
        var storeSamples: [String: [Duration]] = [:]
        var all: [Duration] = []
        var warmFirst: [Duration] = []
        for round in 0..<max(1, rounds) {
            if round > 0 {
                let start = ContinuousClock.now
                session = BrowserSession(store: store, rows: rows, columns: columns, theme: .dark)
                previous = session.grid
                _ = previous.changedRuns(from: nil)
                warmFirst.append(ContinuousClock.now - start)
            }
            for step in KeyScript.steps {
                for key in step.keys {
                    _ = store.takeTimeSinceMark()
                    let start = ContinuousClock.now
                    session.send(key)
                    let grid = session.grid
                    _ = grid.changedRuns(from: previous)
                    let elapsed = ContinuousClock.now - start
                    previous = grid
                    samples[step.name, default: []].append(elapsed)
                    storeSamples[step.name, default: []].append(store.takeTimeSinceMark())
                    all.append(elapsed)
                }
            }
        }

        var keys = Table("key → redraw", "keys", "median ms", "p95 ms", "max ms", "store median ms", "store max ms")
        for step in KeyScript.steps {
            guard let times = samples[step.name], let reads = storeSamples[step.name] else { continue }
            keys.add([
                step.name, String(times.count), Self.ms(Self.quantile(times, 0.5)), Self.ms(Self.quantile(times, 0.95)),
                Self.ms(times.max()!), Self.ms(Self.quantile(reads, 0.5)), Self.ms(reads.max()!),
            ])
        }
        keys.add(["all keys", String(all.count), Self.ms(Self.quantile(all, 0.5)), Self.ms(Self.quantile(all, 0.95)), Self.ms(all.max() ?? .zero)])
        print(keys.render())
        print("")
        var reads = Table("store call", "calls", "total ms", "mean ms", "max ms")
        for (name, usage) in store.report {
            let mean = usage.total / max(1, usage.calls)
            reads.add([name, String(usage.calls), Self.ms(usage.total), Self.ms(mean), Self.ms(usage.slowest)])
        }
        print(reads.render())
        print("")
        if !warmFirst.isEmpty {
            print("new session + first render on the open store (warm): median \(Self.ms(Self.quantile(warmFirst, 0.5))) ms over \(warmFirst.count)")
        }
        let memory = MemoryStatus.read()
        var table = Table("memory", "MB")
        table.add(["RSS after first screen", Self.mb(rssAfterFirst.currentKB)])
        table.add(["RSS at the end", Self.mb(memory.currentKB)])
        table.add(["peak RSS (VmHWM)", Self.mb(memory.peakKB)])
        print(table.render())
    }

    /// A duration in milliseconds with two decimals.
    static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.2f", Double(seconds) * 1_000 + Double(attoseconds) / 1e15)
    }

    /// Kilobytes as megabytes with one decimal, or "-" when unknown.
    static func mb(_ kilobytes: Int?) -> String {
        kilobytes.map { String(format: "%.1f", Double($0) / 1_024) } ?? "-"
    }

    /// The nearest-rank quantile of the durations (`q` in 0...1).
    static func quantile(_ durations: [Duration], _ q: Double) -> Duration {
        let sorted = durations.sorted()
        guard !sorted.isEmpty else { return .zero }
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(sorted.count - 1, max(0, rank))]
    }
}

/// The keys the benchmark plays, in named steps, starting and ending on the article list.
enum KeyScript {
    /// One named group of keys.
    struct Step {
        let name: String
        let keys: [KeyEvent]
    }

    static let steps: [Step] = [
        Step(name: "down ×50 (articles)", keys: Array(repeating: .down, count: 50)),
        Step(name: "page down ×5 (articles)", keys: Array(repeating: .pageDown, count: 5)),
        Step(name: "G end, g home (articles)", keys: [.character("G"), .character("g")]),
        Step(name: "Enter (reader)", keys: [.enter]),
        Step(name: "Tab, down ×3 (reader facts)", keys: [.tab, .down, .down, .down]),
        Step(name: "Esc (back to articles)", keys: [.escape]),
        Step(name: "2 (entities)", keys: [.character("2")]),
        Step(name: "down ×10 (entities)", keys: Array(repeating: .down, count: 10)),
        Step(name: "Enter (entity page)", keys: [.enter]),
        Step(name: "Esc (back to entities)", keys: [.escape]),
        Step(name: "3 (deal timeline)", keys: [.character("3")]),
        Step(name: "down ×10 (deals)", keys: Array(repeating: .down, count: 10)),
        Step(name: "Enter (deal evidence)", keys: [.enter]),
        Step(name: "Esc (back to deals)", keys: [.escape]),
        Step(name: "/ (search prompt)", keys: [.character("/")]),
        Step(name: "typing \"alibaba\"", keys: "alibaba".map { KeyEvent.character($0) }),
        Step(name: "Enter (company page)", keys: [.enter]),
        Step(name: "Esc (company page → deals)", keys: [.escape]),
        Step(name: "? and Esc (help)", keys: [.character("?"), .escape]),
        Step(name: "1 (articles)", keys: [.character("1")]),
    ]
}

/// The process's memory from `/proc/self/status` (Linux; nil elsewhere).
struct MemoryStatus {
    /// `VmRSS`: resident memory now, in kB.
    var currentKB: Int?
    /// `VmHWM`: the peak resident memory, in kB.
    var peakKB: Int?

    /// Reads the current values.
    static func read() -> MemoryStatus {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return MemoryStatus() }
        var status = MemoryStatus()
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let value = Int(parts[1]) else { continue }
            if parts[0] == "VmRSS:" { status.currentKB = value }
            if parts[0] == "VmHWM:" { status.peakKB = value }
        }
        return status
    }
}
