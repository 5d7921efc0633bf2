/// The ``NameInfo`` of names seen before: an ingest resolves the same names (a country, a large
/// company) in thousands of articles, and computing the matching forms (folding, splitting into
/// words, the key) costs several times a dictionary lookup.
///
/// Used only inside the store's write transactions, which run one at a time. A name's forms
/// depend on the name alone, so entries stay valid across transactions; the memo forgets all
/// when it holds ``capacity`` names, which bounds its memory.
final class NameInfoMemo: @unchecked Sendable {
    /// The most names kept (some 10 MB).
    static let capacity = 50_000

    private var infos: [String: NameInfo] = [:]

    /// The forms of `name`, computed once.
    func info(_ name: String) -> NameInfo {
        if let known = infos[name] { return known }
        let info = NameInfo(name)
        if infos.count >= Self.capacity { infos.removeAll(keepingCapacity: true) }
        infos[name] = info
        return info
    }

    /// How many names it holds.
    var count: Int { infos.count }
}
