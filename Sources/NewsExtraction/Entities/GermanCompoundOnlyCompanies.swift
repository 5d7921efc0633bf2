import NewsModel

extension EntityScanner {
    /// Whether a span is a well-known company (a gazetteer name) used as the first part of an ordinary
    /// German compound ("die Velmar-Smartphones", "die Velmar-Schulden"): unlike "EU-Länder", the
    /// article then still talks about the company, so the compound keeps it an entity. Index compounds
    /// ("Nikkei-Index") name an index, not the company.
    func isKnownCompanyModifier(_ span: EntitySpan) -> Bool {
        guard german, span.kind == .company, span.canonical != nil, span.strength >= 3, span.derived,
            let tail = tail(span.end - 1)
        else { return false }
        return !Self.indexTails.contains(tail)
    }

    /// Last parts of compounds that name a stock index or a price, not the company.
    static let indexTails: Set<String> = ["index", "indizes", "indexes", "leitindex", "future", "futures"]
}
