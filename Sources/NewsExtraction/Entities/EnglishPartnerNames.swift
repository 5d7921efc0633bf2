import NewsModel

extension EntityScanner {
    /// "Quill, Barrow and Denton Canada Ltd": a name before a legal form (from `start` to `form`)
    /// that joins partners' names with "and" may start with further partners listed before it,
    /// each followed by a comma. The start moves back over them (as ``commaPartnersStart(_:)``
    /// does for "X, Y and Co"). English only; names without an inner "and" keep their start.
    func commaListedPartnersStart(_ start: Int, form: Int) -> Int {
        guard !german, start < form, start >= 2, tokens[start - 1].text == "," else { return start }
        // The inner "and" must join two name words of this name ("Barrow and Denton").
        guard
            let and = (start..<form).first(where: { tokens[$0].lower == "and" || tokens[$0].text == "&" }),
            and > start, and + 1 < form, isNameShaped(and - 1), isNameShaped(and + 1)
        else { return start }
        return commaPartnersStart(start)
    }
}
