import Foundation
import NewsEvaluation

/// The entities spaCy found, as written by `Scripts/spacy_entities.py`.
struct SpacyEntities: Decodable {
    /// One predicted entity: a name with its merged spellings.
    struct Entity: Decodable {
        let name: String
        let aliases: [String]?
        /// "organization" (from ORG) or "person" (from PERSON).
        let kind: String
    }

    /// The pipeline's name and version, e.g. "en_core_web_sm 3.8.0".
    let model: String
    /// Entities per article id.
    let articles: [String: [Entity]]

    /// Reads the file; nil when it does not exist.
    static func load(_ url: URL) throws -> SpacyEntities? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(SpacyEntities.self, from: data)
        } catch {
            throw BenchError("The spaCy entity file '\(url.path)' cannot be read: \(error).")
        }
    }

    /// The predictions of one article in comparable form; nil if the article was not processed.
    func facts(for article: String) -> ComparableFacts? {
        guard let entities = articles[article] else { return nil }
        return ComparableFacts(entities: entities.compactMap { entity in
            guard let kind = ScoredKind(rawValue: entity.kind) else { return nil }
            return ComparableEntity(names: [entity.name] + (entity.aliases ?? []), kind: kind)
        })
    }
}
