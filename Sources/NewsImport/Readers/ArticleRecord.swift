import Foundation
import NewsModel

/// Turns one JSON object into an article. Understands the corpus fields (`id`, `title`, `text`,
/// `date`, `source`, `language`, `url`, `topics`) and news-please's (`maintext`, `date_publish`,
/// `source_domain`, `language`, `url`, `title`).
struct ArticleRecord {
    let options: ImportOptions

    /// The article, or why the object is not one. `fallbackID` is used when the object has
    /// neither an `id` nor a `url`; `origin` is the file it was read from.
    func article(from object: Any, fallbackID: String, origin: String) -> Result<Article, ReadProblem> {
        guard let fields = object as? [String: Any] else {
            return .failure(ReadProblem("a JSON \(kind(of: object)), not an object"))
        }
        guard let body = string(fields, "text") ?? string(fields, "maintext") ?? string(fields, "description") else {
            return .failure(ReadProblem("no \"text\" or \"maintext\" field"))
        }
        let paragraphs = PlainTextParser.bodyParagraphs(body)
        guard !paragraphs.isEmpty else { return .failure(ReadProblem("the text is empty")) }
        let title = (string(fields, "title") ?? string(fields, "title_page") ?? string(fields, "title_rss"))
            .map(TextTrimming.spacesAndNewlines)
        guard let title = title.flatMap({ $0.isEmpty ? nil : $0 }) ?? HeadlineGuess.from(paragraphs) else {
            return .failure(ReadProblem("no \"title\" field and no text to take one from"))
        }
        let url = string(fields, "url")
        let id: String
        if let given = string(fields, "id") ?? (fields["id"] as? NSNumber).map({ $0.stringValue }),
            !TextTrimming.spaces(given).isEmpty
        {
            id = TextTrimming.spaces(given)
        } else if let url, !url.isEmpty {
            id = StableID.make(prefix: URL(string: url)?.host ?? "url", key: url)
        } else {
            id = fallbackID
        }
        let date = (string(fields, "date") ?? string(fields, "date_publish")).flatMap(DateNormalizer.normalize)
            ?? options.defaultDate
        let stated = string(fields, "language").flatMap(LanguageGuesser.language(named:))
        let language: Language
        switch options.language {
        case .fixed(let fixed): language = fixed
        case .auto: language = stated ?? LanguageGuesser.guess(title + "\n" + paragraphs.prefix(3).joined(separator: "\n"))
        }
        let topics = (fields["topics"] as? [Any])?.compactMap { $0 as? String } ?? []
        return .success(
            Article(
                id: id, title: title, paragraphs: paragraphs, date: date, language: language,
                source: string(fields, "source") ?? string(fields, "source_domain"), origin: origin, url: url,
                topics: topics))
    }

    private func string(_ fields: [String: Any], _ key: String) -> String? {
        fields[key] as? String
    }

    private func kind(of object: Any) -> String {
        switch object {
        case is [Any]: "array"
        case is String: "string"
        case is NSNumber: "number"
        case is NSNull: "null"
        default: "value"
        }
    }
}
