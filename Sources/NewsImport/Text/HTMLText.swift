import Foundation

/// Plain paragraphs from the HTML of a feed item: tags removed, entities decoded, block
/// elements (p, br, div, li, headings) as paragraph breaks, white space inside a paragraph
/// collapsed to single spaces.
enum HTMLText {
    /// The paragraphs of an HTML fragment (or of plain text, which passes through).
    static func paragraphs(_ html: String) -> [String] {
        var output = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                if !tag.hasPrefix("/"), name == "script" || name == "style",
                    let end = html.range(of: "</\(name)", options: .caseInsensitive, range: close..<html.endIndex)
                {
                    index = html[end.upperBound...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                    continue
                }
                if name.isEmpty && !tag.hasPrefix("!") {
                    output.append(character)  // a lone "<" in text, e.g. "a < b"
                    index = html.index(after: index)
                    continue
                }
                if blockTags.contains(name) { output += "\n\n" }
                index = html.index(after: close)
            } else {
                output.append(character)
                index = html.index(after: index)
            }
        }
        let decoded = HTMLEntities.decode(output)
        return decoded.components(separatedBy: "\n\n").compactMap { block in
            let words = block.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
    }

    private static let blockTags: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
        "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr",
    ]
}
