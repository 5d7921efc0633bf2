/// Where a content ends before the narrator goes on: a semicolon after the source ("Die Anklage
/// umfasst laut Zeitung 270 Seiten; dem Gericht liegen zudem …"), or a dash before a contrast
/// ("… machen zu wollen – doch auf dem Weg dahin …").
extension QuoteContext {
    /// The end of a content that starts at `start`: the first semicolon outside quotes, or `end`.
    func contentEnd(from start: Int, end: Int) -> Int {
        var probe = start
        while probe < end {
            if tokens[probe].isPunctuation(";") && spanAt[probe] == nil { return probe }
            probe += 1
        }
        return end
    }

    /// The end of a German content at the first dash that a contrast word follows ("– doch",
    /// "– aber"), or `end`.
    func contentEndBeforeDashContrast(from start: Int, end: Int) -> Int {
        guard language == .german else { return end }
        var probe = start + 1
        while probe + 1 < end {
            if Self.isDash(tokens[probe]), spanAt[probe] == nil, Self.dashContrasts.contains(tokens[probe + 1].lower) {
                return probe
            }
            probe += 1
        }
        return end
    }

    /// Words after a dash that open the narrator's contrast, not the speaker's words.
    static let dashContrasts: Set<String> = ["doch", "aber", "allerdings", "jedoch"]
}
