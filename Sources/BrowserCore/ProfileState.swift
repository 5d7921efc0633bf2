import NewsModel

/// A company, person or organisation page.
public struct ProfileState: Sendable, Hashable {
    /// The entity shown.
    public var entityID: EntityID
    /// What the page shows, once loaded.
    public var profile: EntityProfile?
    /// Whether loading failed or found nothing.
    public var isMissing = false

    /// A page waiting for its profile.
    public init(entityID: EntityID) {
        self.entityID = entityID
    }
}
