import NewsModel

/// The names of an article's companies and organisations split into words and initials
/// (``NameWords/split(_:)``), computed on first use and then kept for the article: the speaker
/// rules match every name the recognizer missed against them, and splitting all names per match
/// cost more than the match itself.
///
/// A class so that the ``QuoteContext`` value can fill it lazily; one instance belongs to one
/// context (one article, one thread).
final class OrganizationNames {
    /// One name of an entity, split.
    struct Name {
        /// The entity the name belongs to.
        var entity: EntityID
        /// The lower-case words of the name.
        var words: [String]
        /// The lower-case initials of the words.
        var initials: String
    }

    private var cached: [Name]?

    /// Every name (``Entity/allNames``) of the table's companies and organisations, in table order.
    func names(in table: EntityTable) -> [Name] {
        if let cached { return cached }
        var names: [Name] = []
        for entity in table.entities where entity.kind == .company || entity.kind == .organization {
            for name in entity.allNames {
                let (words, initials) = NameWords.split(name)
                names.append(Name(entity: entity.id, words: words, initials: initials))
            }
        }
        cached = names
        return names
    }
}
