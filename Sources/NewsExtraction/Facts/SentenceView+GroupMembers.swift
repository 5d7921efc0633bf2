import NewsModel

/// A group of named members acting as one party: "a group of A, B and C", "a consortium including A and B", "an
/// investor group led by A". As the annotation guide resolves joint parties, the first-named member stands for
/// the group (as buyer, holder or seller); "the group" in a later sentence is that member too.
extension SentenceView {
    /// Nouns that name a group of parties.
    private static let groupNouns: WordSet = ["group", "consortium", "syndicate", "partnership", "investors", "alliance"]
    /// Words that introduce the members right after a group noun (or "led by", "consisting of").
    private static let memberLeads: WordSet = ["of", "including", "comprising", "by"]

    /// The first member of the list of names that holds the party at `index`, when the list names a group's
    /// members ("a group of A, B and C": A for B and for C); nil when the name is in no such list.
    func firstGroupMember(of index: Int) -> Int? {
        guard language == .english else { return nil }
        var first = index
        // Back over ", B", " and C" and ", and C" (each step moves back, so the walk ends).
        while first >= 2 {
            let joiner = word(first - 1)
            if joiner == ",", items[first - 2].isParty {
                first -= 2
            } else if joiner == "and", items[first - 2].isParty {
                first -= 2
            } else if joiner == "and", first >= 3, word(first - 2) == ",", items[first - 3].isParty {
                first -= 3
            } else {
                break
            }
        }
        return isGroupMemberLead(before: first) ? first : nil
    }

    /// Whether the words before the name at `first` introduce a group's members: "a group of", "a consortium
    /// including", "an investor group led by", "a group consisting of".
    private func isGroupMemberLead(before first: Int) -> Bool {
        var lead = first - 1
        guard lead >= 1, Self.memberLeads.contains(word(lead)), !items[lead].hasMention else { return false }
        if word(lead) == "by" {
            guard word(lead - 1) == "led" else { return false }
            lead -= 1
        } else if word(lead) == "of", ["consisting", "composed"].contains(word(lead - 1)) {
            lead -= 1
        } else if word(lead) == "of", word(lead - 1) == "up", word(lead - 2) == "made" {
            lead -= 2
        }
        // The group noun stands right before the lead, or one word before it ("a group, led by").
        return span(max(0, lead - 2), lead).contains { Self.groupNouns.contains(word($0)) && !items[$0].hasMention }
    }

    /// The first member named by a group phrase in this sentence, for "the group" in later sentences.
    func groupLeader() -> EntityID? {
        guard language == .english else { return nil }
        for index in items.indices where items[index].hasMention && items[index].isParty && index >= 2 {
            // Cheap test first: the word before a group's first member is "of", "including", "comprising" or "by".
            let before = items[index - 1].lower
            guard before == "of" || before == "by" || before == "including" || before == "comprising" else { continue }
            if isGroupMemberLead(before: index), !isPossessive(index) { return items[index].entity }
        }
        return nil
    }

    /// Whether "the group", "the consortium" or "the investors" stands before `offset` as the subject of the
    /// sentence, with no organisation named before it.
    func namesTheGroup(before offset: Int) -> Bool {
        for index in items.indices where items[index].tokens.lowerBound <= offset {
            if items[index].isOrganisation, isSubjectCandidate(index) { return false }
            if Self.groupNouns.contains(items[index].lower), word(index - 1) == "the", !items[index].hasMention { return true }
        }
        return false
    }
}
