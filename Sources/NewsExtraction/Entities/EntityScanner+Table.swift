import NewsModel

extension EntityScanner {
    /// Groups the spans into entities and mentions. Entity ids are "company:<key>",
    /// "organization:<key>", "person:<key>", "place:<key>"; the name is the longest full
    /// writing in the article, aliases every other surface form (genitives and compounds whole).
    func table() -> EntityTable {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (index, span) in spans.enumerated() {
            if members[span.key] == nil { order.append(span.key) }
            members[span.key, default: []].append(index)
        }
        // Groups whose full names have the same key are one entity ("Time Warner", "TimeWarner").
        var spans = self.spans
        let names = spans.map { self.name(of: $0) }
        var byNameKey: [String: String] = [:]
        for key in order {
            let indices = members[key]!
            let fullest = indices.filter { !spans[$0].derived }.map { names[$0] }
                .max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? names[indices[0]]
            let nameKey = (spans[indices[0]].kind == .person ? "p:" : "o:") + NameKey.of(fullest)
            if let target = byNameKey[nameKey], target != key {
                for index in indices { spans[index].key = target }
                members[target]! += indices
                members[key] = nil
            } else {
                byNameKey[nameKey] = key
            }
        }
        order = order.filter { members[$0] != nil }
        // Entity per group.
        var entityID: [String: EntityID] = [:]
        var entityName: [String: String] = [:]
        var entityKind: [String: EntityKind] = [:]
        for key in order {
            let indices = members[key]!
            var kind = spans[indices[0]].kind
            var bestStrength = -1
            for index in indices where spans[index].strength > bestStrength && !spans[index].derived {
                bestStrength = spans[index].strength
                kind = spans[index].kind
            }
            var name = ""
            for index in indices where !spans[index].derived {
                let candidate = names[index]
                if candidate.unicodeScalars.count > name.unicodeScalars.count { name = candidate }
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
            entityKind[key] = kind
            entityName[key] = name
            entityID[key] = "\(kind.rawValue):\(bareKey.isEmpty ? key : bareKey)"
        }
        order = order.filter { entityID[$0] != nil }
        var entities: [Entity] = []
        for key in order {
            let indices = members[key]!
            let name = entityName[key]!
            var aliases: [String] = []
            var seen: Set<String> = [name]
            var role: String?
            var organization: EntityRef?
            for index in indices {
                let span = spans[index]
                let surface = span.derived ? wholeText(of: span) : names[index]
                if !seen.contains(surface) {
                    seen.insert(surface)
                    aliases.append(surface)
                }
                if entityKind[key] == .person {
                    if role == nil, let spanRole = span.role, !spanRole.isEmpty { role = spanRole }
                    if organization == nil, let org = span.organization, org < spans.count {
                        let orgKey = spans[org].key
                        if let id = entityID[orgKey], let orgName = entityName[orgKey] {
                            organization = EntityRef(id: id, name: orgName)
                        }
                    }
                }
            }
            entities.append(
                Entity(
                    id: entityID[key]!, name: name, kind: entityKind[key]!, aliases: aliases, role: role,
                    organization: organization))
        }
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(spans.count)
        for (index, span) in spans.enumerated() where entityID[span.key] != nil {
            let range = TextRange(start: span.nameStart, end: span.nameEnd)
            let tokenRange = TextRange(start: tokens[span.start].range.start, end: tokens[span.end - 1].range.end)
            mentions.append(
                EntityMention(
                    entity: entityID[span.key]!, kind: entityKind[span.key]!, range: range, tokenRange: tokenRange,
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
