import NewsModel

/// English speaker phrases where a company and a role word stand side by side: the company before
/// a role names no person ("said Harlow Research analyst Dana Ferrick": Dana Ferrick speaks), and a
/// company right after a role of the deal ("lead manager Veltrona Bank NV said") speaks itself.
extension QuoteContext {
    /// Whether the capitalised run `run` is followed by a lower-case role word (alone or after one
    /// lower-case word: "chief economist") and a capitalised word ("Harlow Research analyst Dana
    /// Ferrick"): the run names the person's employer, not a person.
    func isEmployerBeforeRole(_ run: Range<Int>) -> Bool {
        guard language == .english, run.upperBound + 2 < tokens.count else { return false }
        return tokens.withUnsafeBufferPointer { tokens in
            // "analyst", or "chief economist": a role after one lower-case word.
            var role = run.upperBound
            let isLowerWord = { (index: Int) in
                tokens[index].kind == .word && !tokens[index].isCapitalized
                    && tokens[index].sentence == tokens[run.lowerBound].sentence
            }
            guard isLowerWord(role) else { return false }
            if lexicon.roleWord(in: tokens[role].lower) == nil {
                role += 1
                guard isLowerWord(role), lexicon.roleWord(in: tokens[role].lower) != nil else { return false }
            }
            return role + 1 < tokens.count && tokens[role + 1].kind == .word && tokens[role + 1].isCapitalized
        }
    }

    /// "lead manager Veltrona Bank NV said", "said lead manager Veltrona Bank NV": a company or
    /// organisation named right after the lower-case role word at `index`, at the verb of saying
    /// `anchor`, acts in that role and speaks. Nil when no such company stands there.
    func englishCompanyInRole(at index: Int, anchor: Int, upper: Int) -> EntityID? {
        guard language == .english, index + 1 < upper, !tokens[index].isCapitalized,
            let company = mention(at: index + 1), company.kind == .company || company.kind == .organization,
            document.tokenIndex(containing: company.range.start) == index + 1,
            let last = document.tokenIndex(containing: max(company.range.start, company.range.end - 1))
        else { return nil }
        // "… lead manager X said": the name ends at the verb.
        if last + 1 == anchor { return company.entity }
        // "…, said lead manager X.": only lower-case words of the role between the verb and the name.
        guard anchor < index else { return nil }
        for probe in (anchor + 1)..<index {
            guard tokens[probe].kind == .word, !tokens[probe].isCapitalized, !Self.determiners.contains(tokens[probe].lower)
            else { return nil }
        }
        let next = last + 1
        return next >= upper || tokens[next].endsSentence || tokens[next].isPunctuation(",") ? company.entity : nil
    }
}
