import Foundation
import NewsExtraction
import NewsModel
import Testing

/// Prints each entity span of chosen corpus articles with the rule that found it, for reading by
/// eye: `ENTITY_DUMP=<articles.jsonl> ENTITY_IDS=<id,id> swift test --filter EntityDumpTests`.
@Suite struct EntityDumpTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ENTITY_DUMP"] != nil)) func dump() throws {
        let environment = ProcessInfo.processInfo.environment
        let ids = Set((environment["ENTITY_IDS"] ?? "").split(separator: ",").map(String.init))
        let lines = try String(contentsOfFile: environment["ENTITY_DUMP"]!, encoding: .utf8).split(separator: "\n")
        for line in lines {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String, ids.isEmpty || ids.contains(id)
            else { continue }
            let language: Language = object["language"] as? String == "de" ? .german : .english
            let article = Article(
                id: id, title: object["title"] as? String ?? "", paragraphs: text.components(separatedBy: "\n\n"),
                language: language)
            let document = TextPreparer().prepare(article)
            print("== \(id)")
            for entry in EntityRecognizer().diagnostics(in: document) { print("   \(entry)") }
        }
    }
}
