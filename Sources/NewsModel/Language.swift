/// The language of an article. newsbrowse understands German and English news.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case german = "de"
    case english = "en"
}
