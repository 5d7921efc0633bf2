import Foundation
import NewsModel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads RSS 2.0 (and RSS 1.0) and Atom feeds: one article per `item` or `entry`.
///
/// Title, text (`content:encoded`, `content`, `description` or `summary`, HTML removed), date
/// (`pubDate`, `dc:date`, `published`, `updated`), link as URL and an id hashed from the
/// `guid`/`id` (else the link, else title and date).
struct FeedReader {
    let options: ImportOptions

    /// The articles of a feed, or why the file is not one.
    func read(_ data: Data, file: String) -> FileReadResult {
        let collector = FeedCollector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        let finished = parser.parse()
        if let (code, line) = collector.firstError ?? (finished ? nil : ((parser.parserError as NSError?)?.code ?? 1, parser.lineNumber)) {
            let reason = ImportError.Reason.invalidXML(line: max(line, 1), detail: Self.describe(code: code))
            return FileReadResult(errors: [ImportError(file: file, reason: reason)])
        }
        if collector.root == nil {
            return FileReadResult(errors: [ImportError(file: file, reason: .invalidXML(line: 1, detail: "no root element"))])
        }
        guard let root = collector.root, ["rss", "feed", "rdf:RDF", "RDF"].contains(root) else {
            return FileReadResult(errors: [ImportError(file: file, reason: .notAFeed(root: collector.root ?? "?"))])
        }
        let stated = collector.feedLanguage.flatMap(LanguageGuesser.language(named:))
        var result = FileReadResult()
        for item in collector.items {
            guard let article = article(from: item, stated: stated, source: collector.feedTitle, file: file) else {
                continue
            }
            result.articles.append(article)
        }
        return result
    }

    private func article(from item: FeedItem, stated: Language?, source: String?, file: String) -> Article? {
        let body = item.content ?? item.description ?? item.summary ?? ""
        let paragraphs = HTMLText.paragraphs(body)
        let title = item.title.map { HTMLText.paragraphs($0).joined(separator: " ") } ?? ""
        guard !title.isEmpty || !paragraphs.isEmpty else { return nil }
        let shownTitle = title.isEmpty ? String(paragraphs[0].prefix(80)) : title
        let key = item.id ?? item.link ?? (shownTitle + "|" + (item.date ?? ""))
        let language: Language
        switch options.language {
        case .fixed(let fixed): language = fixed
        case .auto: language = stated ?? LanguageGuesser.guess(shownTitle + "\n" + paragraphs.joined(separator: "\n"))
        }
        return Article(
            id: StableID.make(prefix: "feed", key: key), title: shownTitle, paragraphs: paragraphs,
            date: item.date.flatMap(DateNormalizer.normalize) ?? options.defaultDate, language: language,
            source: source.map { HTMLText.paragraphs($0).joined(separator: " ") }, origin: file, url: item.link,
            topics: item.categories)
    }

    /// A phrase for the XML parser's error codes (libxml2's numbering, as Foundation reports them).
    private static func describe(code: Int) -> String {
        switch code {
        case 4: "no XML content"
        case 5: "the document ends before its elements are closed"
        case 9: "an invalid character"
        case 23, 26: "an undefined or malformed entity"
        case 38, 39, 40, 41: "a malformed attribute"
        case 64, 65: "a malformed XML declaration"
        case 68: "a malformed name"
        case 73: "a tag is not closed with '>'"
        case 76: "a closing tag does not match the opening tag"
        case 111: "a malformed XML declaration"
        default: "XML error \(code)"
        }
    }
}

/// One item or entry as the parser met it.
struct FeedItem {
    var title: String?
    var link: String?
    var id: String?
    var description: String?
    var content: String?
    var summary: String?
    var date: String?
    var categories: [String] = []
}

/// The XML parser's delegate: collects items and entries and the feed's title and language.
final class FeedCollector: NSObject, XMLParserDelegate {
    var root: String?
    var items: [FeedItem] = []
    var feedTitle: String?
    var feedLanguage: String?
    /// The first error the parser met: its code and line.
    var firstError: (code: Int, line: Int)?

    private var current: FeedItem?
    private var path: [String] = []
    private var text = ""
    /// While inside Atom XHTML content: the depth of the content element.
    private var xhtmlDepth: Int?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if root == nil { root = name }
        if let depth = xhtmlDepth, path.count > depth {
            if ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"].contains(local(name)) { text += "\n\n" }
            path.append(name)
            return
        }
        path.append(name)
        switch local(name) {
        case "item", "entry":
            current = FeedItem()
        case "link" where current != nil:
            if let href = attributes["href"], current?.link == nil || attributes["rel"] == "alternate" {
                if attributes["rel"] == nil || attributes["rel"] == "alternate" { current?.link = href }
            }
        case "content", "summary":
            if attributes["type"] == "xhtml" { xhtmlDepth = path.count }
        case "category" where current != nil:
            if let term = attributes["term"], !term.isEmpty { current?.categories.append(term) }
        default: break
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstError == nil { firstError = ((parseError as NSError).code, parser.lineNumber) }
    }

    func parser(_ parser: XMLParser, foundCDATA data: Data) {
        text += String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { path.removeLast() }
        if let depth = xhtmlDepth {
            if path.count > depth { return }
            xhtmlDepth = nil
        }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        text = ""
        guard current != nil else {
            if path.count == 3 || (path.count == 2 && root == "feed") {
                if local(name) == "title", feedTitle == nil, !value.isEmpty { feedTitle = value }
                if local(name) == "language", !value.isEmpty { feedLanguage = value }
            }
            return
        }
        if local(name) == "item" || local(name) == "entry" {
            if let item = current { items.append(item) }
            current = nil
            return
        }
        guard !value.isEmpty else { return }
        switch name {
        case "title": current?.title = value
        case "link": if current?.link == nil { current?.link = value }
        case "guid", "id": current?.id = value
        case "description": current?.description = value
        case "content:encoded", "content": current?.content = value
        case "summary": current?.summary = value
        case "pubDate", "dc:date", "published": current?.date = value
        case "updated": if current?.date == nil { current?.date = value }
        case "category": current?.categories.append(value)
        default: break
        }
    }

    private func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
