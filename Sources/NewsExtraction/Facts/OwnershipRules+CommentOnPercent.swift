import NewsModel

extension OwnershipRules {
    /// "It now holds 14.99 pct, the maximum allowed without Kestrel Review Board approval": a name after
    /// a comma that follows the stated percent, not joined by "of" or "in", stands in a comment on the
    /// percent, not as the company held (English). "holds 12 pct, or 1.2 mln shares, of Y" keeps Y.
    func isAfterCommentOnPercent(_ company: Int, trigger: Int, stated: Double?) -> Bool {
        guard view.language == .english, stated != nil, company > trigger + 2,
            !["of", "in"].contains(view.word(company - 1)),
            let comma = view.span(trigger + 1, company).first(where: { view.word($0) == "," })
        else { return false }
        // The percent stands before the comma.
        return view.quantities(in: view.span(trigger + 1, comma)).contains { $0.percent != nil }
    }
}
