import Foundation
import NewsExtraction
import NewsModel
import Testing
import TestSupport

/// Prints the quotes of the first 25 articles of a folder of text files, for reading by eye
/// (English corpora have no quote gold): `QUOTE_DUMP=<folder> swift test --filter QuoteDumpTests`;
/// `QUOTE_DUMP_LANGUAGE=de` reads the texts as German.
@Suite struct QuoteDumpTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["QUOTE_DUMP"] != nil)) func dump() throws {
        let folder = ProcessInfo.processInfo.environment["QUOTE_DUMP"]!
        let language: Language = ProcessInfo.processInfo.environment["QUOTE_DUMP_LANGUAGE"] == "de" ? .german : .english
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().prefix(25)
        for file in files {
            let raw = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let paragraphs = raw.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            let article = Article(id: file, title: paragraphs[0], paragraphs: paragraphs, language: language)
            let facts = RuleBasedExtractor().extract(from: article)
            for q in facts.quotes {
                print("Q [\(file)] \(q.direct ? "D" : "R") spk=\(q.speaker?.name ?? "-") desc=\(q.speakerDescription ?? "-") role=\(q.role ?? "-") org=\(q.organization?.name ?? "-") :: \(q.text.prefix(110))")
            }
        }
    }
}
