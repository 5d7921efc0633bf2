import ArgumentParser
import Foundation
import NewsExtraction
import NewsModel

/// `newsbrowse-bench dump`: writes every extracted fact of one or more corpus files as JSON Lines,
/// one article a line, so that two builds of the extractor can be compared byte for byte.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump", abstract: "Write all extracted facts of corpus files as JSON Lines (for before/after checks).")

    @Option(help: "A JSON Lines corpus file to extract from (repeatable).")
    var corpus: [String] = [
        "../shared/corpus/reuters-21578/articles.jsonl", "../shared/corpus/10kgnad/articles.jsonl",
        "../shared/corpus/bbc-news/articles.jsonl", "../shared/corpus/wikinews-de-quotes/articles.jsonl",
    ]

    @Option(help: "The file to write.")
    var output: String

    func run() throws {
        let extractor = RuleBasedExtractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = Data()
        var count = 0
        for file in corpus {
            for record in try CorpusReader.records(in: URL(fileURLWithPath: file)) {
                let facts = extractor.extract(from: record.article)
                out.append(Data(record.id.utf8))
                out.append(UInt8(ascii: "\t"))
                out.append(try encoder.encode(facts))
                out.append(UInt8(ascii: "\n"))
                count += 1
            }
        }
        guard FileManager.default.createFile(atPath: output, contents: out) else {
            throw BenchError("Unable to write the dump file '\(output)'.")
        }
        print("\(count) articles dumped to '\(output)'")
    }
}
