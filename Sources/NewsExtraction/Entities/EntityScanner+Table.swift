import NewsModel

extension EntityScanner {
    /// Groups the spans into entities and mentions. Entity ids are "company:<key>",
    /// "organization:<key>", "person:<key>", "place:<key>"; the name is the longest full
    /// writing in the article, aliases every other surface form (genitives and compounds whole).
    func table() -> EntityTable {
        // Groups are numbered in the order their keys first appear; `group[span]` is a span's group.
        var groupOfKey: [String: Int] = [:]
        groupOfKey.reserveCapacity(spans.count)
        var keys: [String] = []
        var members: [[Int]] = []
        var group = [Int](repeating: 0, count: spans.count)
        for (index, span) in spans.enumerated() {
            if let existing = groupOfKey[span.key] {
                group[index] = existing
                members[existing].append(index)
            } else {
                let new = keys.count
                groupOfKey[span.key] = new
                keys.append(span.key)
                members.append([index])
                group[index] = new
            }
        }
        // Groups whose full names have the same key are one entity ("Time Warner", "TimeWarner").
        let names = spans.map { self.name(of: $0) }
        var alive = [Bool](repeating: true, count: keys.count)
        var byNameKey: [String: Int] = [:]
        for g in keys.indices {
            let indices = members[g]
            let fullest = indices.filter { !spans[$0].derived }.map { names[$0] }
                .max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? names[indices[0]]
            let nameKey = (spans[indices[0]].kind == .person ? "p:" : "o:") + NameKey.of(fullest)
            if let target = byNameKey[nameKey] {
                for index in indices { group[index] = target }
                members[target] += indices
                members[g] = []
                alive[g] = false
            } else {
                byNameKey[nameKey] = g
            }
        }
        // Entity per group.
        var entityID = [EntityID?](repeating: nil, count: keys.count)
        var entityName = [String](repeating: "", count: keys.count)
        var entityKind = [EntityKind](repeating: .company, count: keys.count)
        for g in keys.indices where alive[g] {
            let indices = members[g]
            var kind = spans[indices[0]].kind
            var bestStrength = -1
            for index in indices where spans[index].strength > bestStrength && !spans[index].derived {
                bestStrength = spans[index].strength
                kind = spans[index].kind
            }
            var name = ""
            var nameLength = 0
            for index in indices where !spans[index].derived {
                let candidate = names[index]
                let length = candidate.unicodeScalars.count
                if length > nameLength {
                    name = candidate
                    nameLength = length
                }
            }
            if name.isEmpty { name = names[indices[0]] }
            // A well-known name keeps the gazetteer's spelling, not a declined one ("der Deutschen
            // Bank" is "Deutsche Bank"); the surface forms stay aliases.
            if kind != .person, let canonical = indices.lazy.compactMap({ spans[$0].canonical }).first {
                name = canonical
            }
            let bareKey = NameKey.of(name)
            if kind != .person, bareKey.isEmpty || EntityKey.legalForms.contains(bareKey) {
                continue  // "GmbH" alone
            }
            // "EU-Länder", "Nikkei-Index": a name used only as the first part of ordinary
            // compounds is a modifier, not an entity the article talks about.
            if kind != .person, indices.allSatisfy({ isModifierCompound(spans[$0]) }) { continue }
            entityKind[g] = kind
            entityName[g] = name
            entityID[g] = "\(kind.rawValue):\(bareKey.isEmpty ? keys[g] : bareKey)"
        }
        var entities: [Entity] = []
        for g in keys.indices {
            guard let id = entityID[g] else { continue }
            let name = entityName[g]
            var aliases: [String] = []
            var seen: Set<String> = [name]
            var role: String?
            var organization: EntityRef?
            for index in members[g] {
                let span = spans[index]
                let surface = span.derived ? wholeText(of: span) : names[index]
                if !seen.contains(surface) {
                    seen.insert(surface)
                    aliases.append(surface)
                }
                if entityKind[g] == .person {
                    if role == nil, let spanRole = span.role, !spanRole.isEmpty { role = spanRole }
                    if organization == nil, let org = span.organization, org >= 0, org < spans.count {
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
        mentions.reserveCapacity(spans.count)
        for (index, span) in spans.enumerated() {
            let g = group[index]
            guard let id = entityID[g] else { continue }
            let range = TextRange(start: span.nameStart, end: span.nameEnd)
            let tokenRange = TextRange(start: tokens[span.start].range.start, end: tokens[span.end - 1].range.end)
            mentions.append(
                EntityMention(
                    entity: id, kind: entityKind[g], range: range, tokenRange: tokenRange,
                    sentence: tokens[span.start].sentence, surface: names[index], role: span.role))
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

    /// The whole tokens of a span as written ("Alibaba-Ableger", "Alibabas").
    func wholeText(of span: EntitySpan) -> String {
        document.slice(TextRange(start: tokens[span.start].range.start, end: tokens[span.end - 1].range.end))
    }
}
