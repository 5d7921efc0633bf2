import NewsModel

extension EntityScanner {
    /// Groups the spans into entities and mentions. Entity ids are "company:<key>",
    /// "organization:<key>", "person:<key>", "place:<key>"; the name is the longest full
    /// writing in the article, aliases every other surface form (genitives and compounds whole).
    func table() -> EntityTable {
        let count = spans.count
        // Groups are numbered in the order their keys first appear; `group[span]` is a span's
        // group. A group's spans form a chain in span order: `first[g]`, then `next[span]` (-1 ends).
        var groupOfKey: [String: Int] = [:]
        groupOfKey.reserveCapacity(count)
        var keys: [String] = []
        var first: [Int] = []
        var last: [Int] = []
        var next = [Int](repeating: -1, count: count)
        var group = [Int](repeating: 0, count: count)
        // Only the key of each span is read: `for span in spans` would copy every span.
        for index in spans.indices {
            let key = spans[index].key
            if let existing = groupOfKey[key] {
                group[index] = existing
                next[last[existing]] = index
                last[existing] = index
            } else {
                group[index] = keys.count
                groupOfKey[key] = keys.count
                keys.append(key)
                first.append(index)
                last.append(index)
            }
        }
        // Groups whose full names have the same key are one entity ("Time Warner", "TimeWarner").
        let names = spans.map { self.name(of: $0) }
        // The length of each name in scalars (names are slices of the normalised text).
        let textLength = document.scalars.count
        let lengths = spans.map { span -> Int in
            let lower = min(max(0, span.nameStart), textLength)
            return min(max(lower, span.nameEnd), textLength) - lower
        }
        var alive = [Bool](repeating: true, count: keys.count)
        // Each group's fullest name and its name key: the entity's name below is mostly the same
        // string, and its key is then not computed again.
        var fullestName = [String](repeating: "", count: keys.count)
        var fullestKey = [String](repeating: "", count: keys.count)
        var byNameKey: [String: Int] = [:]  // people
        var byOrganizationNameKey: [String: Int] = [:]  // everything else
        // Sized once: growing them group by group cost more than the lookups.
        byOrganizationNameKey.reserveCapacity(keys.count)
        for g in keys.indices {
            // The first longest full writing, else the first writing.
            var fullest = -1
            var index = first[g]
            while index >= 0 {
                if !spans[index].derived && (fullest < 0 || lengths[index] > lengths[fullest]) { fullest = index }
                index = next[index]
            }
            let nameKey = NameKey.of(names[fullest >= 0 ? fullest : first[g]])
            fullestName[g] = names[fullest >= 0 ? fullest : first[g]]
            fullestKey[g] = nameKey
            let isPerson = spans[first[g]].kind == .person
            if let target = isPerson ? byNameKey[nameKey] : byOrganizationNameKey[nameKey] {
                var member = first[g]
                while member >= 0 {
                    group[member] = target
                    member = next[member]
                }
                next[last[target]] = first[g]
                last[target] = last[g]
                alive[g] = false
            } else if isPerson {
                byNameKey[nameKey] = g
            } else {
                byOrganizationNameKey[nameKey] = g
            }
        }
        // Entity per group.
        var entityID = [EntityID?](repeating: nil, count: keys.count)
        var entityName = [String](repeating: "", count: keys.count)
        var entityKind = [EntityKind](repeating: .company, count: keys.count)
        for g in keys.indices where alive[g] {
            var kind = spans[first[g]].kind
            var bestStrength = -1
            var longest = -1
            var canonical: String?
            var personCanonical: String?
            var onlyModifiers = true
            var index = first[g]
            // The spans' fields are read in place: `let span = spans[index]` copies every field.
            while index >= 0 {
                defer { index = next[index] }
                if !spans[index].derived {
                    if spans[index].strength > bestStrength {
                        bestStrength = spans[index].strength
                        kind = spans[index].kind
                    }
                    if longest < 0 || lengths[index] > lengths[longest] { longest = index }
                }
                // A known person's name in a company's group ("Ivan Boesky" for "Ivan Boesky and Co
                // L.P.") names no company, and a known company's name no person.
                if spans[index].kind == .person {
                    if personCanonical == nil { personCanonical = spans[index].canonical }
                } else if canonical == nil {
                    canonical = spans[index].canonical
                }
                if onlyModifiers && (!isModifierCompound(spans[index]) || isKnownCompanyModifier(spans[index])) { onlyModifiers = false }
            }
            var name = longest >= 0 && lengths[longest] > 0 ? names[longest] : names[first[g]]
            // A well-known name keeps the gazetteer's spelling, not a declined one ("der Deutschen
            // Bank" is "Deutsche Bank", "Putin" is "Vladimir Putin"); the surface forms stay aliases.
            if kind == .person { canonical = personCanonical }
            if let canonical { name = canonical }
            let bareKey = name == fullestName[g] ? fullestKey[g] : NameKey.of(name)
            if kind != .person, bareKey.isEmpty || EntityKey.legalForms.contains(bareKey) {
                continue  // "GmbH" alone
            }
            // "EU-Länder", "Nikkei-Index": a name used only as the first part of ordinary
            // compounds is a modifier, not an entity the article talks about.
            if kind != .person, onlyModifiers { continue }
            entityKind[g] = kind
            entityName[g] = name
            entityID[g] = kind.rawValue + ":" + (bareKey.isEmpty ? keys[g] : bareKey)
        }
        var entities: [Entity] = []
        for g in keys.indices {
            guard let id = entityID[g] else { continue }
            let name = entityName[g]
            var aliases: [String] = []
            var role: String?
            var organization: EntityRef?
            let isPerson = entityKind[g] == .person
            var index = first[g]
            while index >= 0 {
                defer { index = next[index] }
                let span = spans[index]
                let surface = span.derived ? wholeText(of: span) : names[index]
                if surface != name && !aliases.contains(surface) && (isPerson || !isLawOrRoleCompound(span)) {
                    aliases.append(surface)
                }
                if isPerson {
                    if role == nil, let spanRole = span.role, !spanRole.isEmpty { role = spanRole }
                    if organization == nil, let org = span.organization, org >= 0, org < count {
                        let orgGroup = group[org]
                        if let orgID = entityID[orgGroup] {
                            organization = EntityRef(id: orgID, name: entityName[orgGroup])
                        }
                    }
                }
            }
            entities.append(
                Entity(id: id, name: name, kind: entityKind[g], aliases: aliases, role: role, organization: organization))
        }
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(count)
        for index in spans.indices {
            let g = group[index]
            guard let id = entityID[g] else { continue }
            let start = spans[index].start
            let range = TextRange(start: spans[index].nameStart, end: spans[index].nameEnd)
            let tokenRange = TextRange(start: tokens[start].range.start, end: tokens[spans[index].end - 1].range.end)
            mentions.append(
                EntityMention(
                    entity: id, kind: entityKind[g], range: range, tokenRange: tokenRange,
                    sentence: tokens[start].sentence, surface: names[index], role: spans[index].role))
        }
        return EntityTable(entities: entities, mentions: mentions)
    }

    /// Whether a span is a name used only as the first part of a compound whose last part is
    /// neither a role ("-Chef") nor a company word ("-Tochter", "-Konzern").
    func isModifierCompound(_ span: EntitySpan) -> Bool {
        guard span.derived, span.end - span.start == 1, let tail = tail(span.end - 1) else { return false }
        return !EntityLexicons.roles.matches(tail) && !EntityLexicons.companyCompounds.contains(tail)
            && !EntityLexicons.companyCues.matches(tail)
    }

    /// Whether a span is a name used as the first part of a compound with a law or a role noun
    /// ("Veltrona-Gesetz", "Veltrona-Finanzvorstand"): a mention of the company (its role and cue
    /// still count), but no other name of it.
    func isLawOrRoleCompound(_ span: EntitySpan) -> Bool {
        guard span.derived, span.end - span.start == 1, let tail = tail(span.end - 1) else { return false }
        return EntityLexicons.roles.matches(tail) || EntityLexicons.lawNouns.matches(tail)
    }

    /// The whole tokens of a span as written ("Alibaba-Ableger", "Alibabas").
    func wholeText(of span: EntitySpan) -> String {
        document.slice(TextRange(start: tokens[span.start].range.start, end: tokens[span.end - 1].range.end))
    }
}
