import NewsModel

/// Who said something, as far as the rules could tell.
struct SpeakerGuess: Sendable, Equatable {
    /// The named speaker (a person, or a company or organisation speaking as itself).
    var entity: EntityID?
    /// How the text describes an unnamed speaker ("eine Person, die …", "a spokeswoman for X").
    var description: String?
    /// The role as stated ("Sprecherin", "spokeswoman").
    var role: String?
    /// The organisation the speaker speaks for.
    var organization: EntityID?
    /// Whether the speaker came from "it" or "the company": the extractor may resolve it to the
    /// company that spoke last instead of the company mentioned last.
    var isCompanyAnaphor = false
    /// Whether that "it" or "the company" stands for the company that opens the sentence before
    /// ("Varnholt Bank has challenged Y. It said …"): the subject, kept as it is.
    var isSubjectAnaphor = false
    /// Whether the speaker is a person speaking for a group they lead ("a group led by X"): a
    /// later "it" may continue them.
    var isGroupLeader = false
    /// Whether the description is only a capitalised phrase near the cue ("sagte Filep Karma",
    /// "der Staatsanwalt"), not a person, pronoun, role, company or unnamed source.
    var isGuessed = false
    /// The tokens of a name the entity stage missed and the rules are sure of ("sagte Hanno
    /// Quirl"): the extractor makes it a person.
    var newName: Range<Int>?
    /// The tokens of a medium's name the entity stage missed ("the Quillton Times reported"): the
    /// extractor makes it an organisation.
    var newOrganization: Range<Int>?
    /// Where the mention a personal pronoun was resolved to starts (normalised offset): a person
    /// named inside a quote's content is what was said, not who said it.
    var antecedentStart: Int?
    /// The gender of the personal pronoun the speaker was resolved from ("he said": male), if any.
    var pronounGender: SpeakerGender?

    /// A guess from a capitalised phrase alone.
    init(guessedDescription: String) {
        description = guessedDescription
        isGuessed = true
    }

    /// A guess from its parts.
    init(
        entity: EntityID? = nil, description: String? = nil, role: String? = nil, organization: EntityID? = nil
    ) {
        self.entity = entity
        self.description = description
        self.role = role
        self.organization = organization
    }

    /// Whether there is anything to attribute the quote to.
    var isEmpty: Bool { entity == nil && description == nil && organization == nil }
}
