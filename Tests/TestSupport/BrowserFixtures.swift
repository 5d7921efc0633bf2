import NewsModel

/// A small, realistic corpus for browser tests: the seed story (Alibaba sells 11 Main to
/// OpenSky and takes 37.6% of it) and a few invented companies and deals, with facts and
/// mentions whose offsets are computed from the text.
public enum BrowserFixtures {
    /// One article with its facts.
    public typealias Entry = (article: Article, facts: ArticleFacts)

    /// The id of the seed article.
    public static let seedID = "000_01e16cab228ac14f"

    // MARK: Entities

    /// Every entity of the corpus, by id.
    public static let entities: [EntityID: Entity] = {
        let list = [
            Entity(
                id: "alibaba", name: "Alibaba Group", kind: .company,
                aliases: ["Alibaba", "Alibabas", "Alibaba-Ableger"]),
            Entity(id: "11main", name: "11 Main", kind: .company, aliases: ["11Main"]),
            Entity(id: "opensky", name: "OpenSky", kind: .company),
            Entity(id: "auctiva", name: "Auctiva", kind: .company),
            Entity(id: "vendio", name: "Vendio", kind: .company),
            Entity(id: "ebay", name: "eBay", kind: .company),
            Entity(id: "wsj", name: "Wall Street Journal", kind: .organization),
            Entity(
                id: "jackma", name: "Jack Ma", kind: .person, role: "Gründer und Chef",
                organization: EntityRef(id: "alibaba", name: "Alibaba Group")),
            Entity(
                id: "reyes", name: "Abbygail Reyes", kind: .person, aliases: ["Reyes"], role: "Sprecherin",
                organization: EntityRef(id: "11main", name: "11 Main")),
            Entity(id: "usa", name: "USA", kind: .place),
            Entity(id: "cobalt", name: "Cobalt Systems Inc", kind: .company, aliases: ["Cobalt Systems"]),
            Entity(id: "brightline", name: "Brightline Software Corp", kind: .company, aliases: ["Brightline"]),
            Entity(
                id: "whitfield", name: "Dana Whitfield", kind: .person, role: "chief executive",
                organization: EntityRef(id: "cobalt", name: "Cobalt Systems Inc")),
            Entity(
                id: "nordwind", name: "Nordwind Logistik AG", kind: .company,
                aliases: ["Nordwind Logistik", "Nordwind"]),
            Entity(id: "hafenbahn", name: "Hafenbahn GmbH", kind: .company, aliases: ["Hafenbahn"]),
            Entity(id: "kiel", name: "Stadt Kiel", kind: .organization),
            Entity(
                id: "lindqvist", name: "Greta Lindqvist", kind: .person, role: "Chefin",
                organization: EntityRef(id: "nordwind", name: "Nordwind Logistik AG")),
            Entity(id: "meridian", name: "Meridian Foods", kind: .company),
            Entity(id: "patel", name: "Patel Brands", kind: .company),
            Entity(id: "kestrel", name: "Kestrel Mining", kind: .company),
            Entity(id: "orevalley", name: "Ore Valley Resources", kind: .company, aliases: ["Ore Valley"]),
            Entity(id: "sakura", name: "Sakura Robotics", kind: .company, aliases: ["サクラ・ロボティクス"]),
            Entity(
                id: "mori", name: "Kenji Mori", kind: .person, role: "founder",
                organization: EntityRef(id: "sakura", name: "Sakura Robotics")),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
    }()

    /// A reference to a fixture entity.
    public static func ref(_ id: EntityID) -> EntityRef {
        EntityRef(id: id, name: entities[id]?.name ?? id)
    }

    // MARK: Articles

    /// The seed article's paragraphs (German).
    public static let seedParagraphs = [
        "Erst vor einem Jahr hat Alibabas Web-Shop 11 Main seine Pforten für den US-amerikanischen Markt geöffnet. 11Main, der Alibaba-Ableger, wurde in den USA von Auctiva, einem eBay Listing-Tool, das seit 2010 Alibaba gehörte, an den Start gebracht. Viele Marktkenner zweifelten damals schon, ob die Chinesen auf dem amerikanischen Markt Erfolg haben werden.",
        "Jetzt veräußert Alibaba 11 Main an den weniger bekannten Internet-Marktplatz OpenSky. Im Zuge dessen übernimmt Alibaba 37,6% der Anteile an OpenSky, wie unter anderem das Wall Street Journal berichtet. Das Management von 11 Main wird in OpenSky eingegliedert. Die Webseite bleibt separat erhalten. Eine Person, die mit der Angelegenheit vertraut ist sagte, dass zumindest auf kurze Sicht für Verkäufer keine Änderungen zu erwarten seien.",
        "11 Main-Sprecherin Abbygail Reyes teilte mit, dass es auf dem Marktplatz mehr als 3.000 Shops und über 2,5 Millionen Produktangebote gebe und 11 Main weiterhin neue Verkäufer registrieren würde. Auch die beiden ehemaligen Tools für eBay Auctiva und Vendio würden weiterhin bereitgestellt und seien Kern-Tools für das Unternehmen, so Reyes weiter.",
        "Alibaba-Gründer Jack Ma hatte vor kurzem erst mitgeteilt, dass man aktuell kein Interesse daran habe, in den USA um Marktanteile zu kämpfen. Er machte auf seinem USA-Besuch deutlich, dass man sehr viel mehr Wert darauf lege, kleinere US-Unternehmen dabei zu unterstützen, Zugang zu chinesischen Verbrauchern zu erhalten.",
        "Die Expansionspläne für den Markt außerhalb von China waren bislang nicht von Erfolg gekrönt: “Wir wollen 40 Prozent unseres Geschäfts in Übersee machen, bislang sind es zwei Prozent”, sagte Alibaba-Gründer und Chef Jack Ma kürzlich in New York.",
    ]

    /// The whole corpus: seven articles with their facts.
    public static let corpus: [Entry] = [seed(), cobalt(), nordwind(), meridian(), kestrel(), sakura(), auctiva()]

    /// The seed story.
    public static func seed() -> Entry {
        let builder = FactBuilder(
            article: Article(
                id: seedID, title: "Alibaba verkauft US-Marktplatz 11 Main und kauft 37,6% an OpenSky",
                paragraphs: seedParagraphs, date: "2015-06-30", language: .german, source: "seed"),
            entityIDs: ["alibaba", "11main", "opensky", "auctiva", "vendio", "ebay", "wsj", "jackma", "reyes", "usa"])
        let sale = builder.evidence("Jetzt veräußert Alibaba 11 Main")
        let stake = builder.evidence("Im Zuge dessen übernimmt Alibaba 37,6%")
        let owner = builder.evidence("11Main, der Alibaba-Ableger")
        return builder.entry(
            deals: [
                Deal(
                    kind: .acquisition, acquirer: ref("opensky"), seller: ref("alibaba"), target: ref("11main"),
                    date: FactDate(year: 2015, month: 6), status: .announced, evidence: sale),
                Deal(
                    kind: .stake, acquirer: ref("alibaba"), target: ref("opensky"), percent: 37.6,
                    date: FactDate(year: 2015, month: 6), status: .announced, evidence: stake),
            ],
            stakes: [
                Stake(
                    holder: ref("alibaba"), company: ref("opensky"), percent: 37.6,
                    since: FactDate(year: 2015, month: 6), evidence: stake),
                Stake(holder: ref("alibaba"), company: ref("auctiva"), since: FactDate(year: 2010), evidence: owner),
            ],
            quotes: [
                builder.quote(
                    "Wir wollen 40 Prozent unseres Geschäfts in Übersee machen, bislang sind es zwei Prozent",
                    speaker: "jackma", role: "Gründer und Chef", organization: "alibaba", direct: true),
                builder.quote(
                    "dass man aktuell kein Interesse daran habe, in den USA um Marktanteile zu kämpfen",
                    speaker: "jackma", role: "Gründer", organization: "alibaba", direct: false),
                builder.quote(
                    "dass es auf dem Marktplatz mehr als 3.000 Shops und über 2,5 Millionen Produktangebote gebe und 11 Main weiterhin neue Verkäufer registrieren würde",
                    speaker: "reyes", role: "Sprecherin", organization: "11main", direct: false),
                builder.quote(
                    "dass zumindest auf kurze Sicht für Verkäufer keine Änderungen zu erwarten seien",
                    speaker: nil, description: "Eine Person, die mit der Angelegenheit vertraut ist", direct: false),
            ])
    }

    static func cobalt() -> Entry {
        let builder = FactBuilder(
            article: Article(
                id: "cobalt-1987", title: "Cobalt Systems to buy Brightline Software for 120 mln dlrs",
                paragraphs: [
                    "Cobalt Systems Inc said it agreed to acquire Brightline Software Corp for 120 mln dlrs in cash.",
                    "Dana Whitfield, chief executive of Cobalt Systems, said \"Brightline gives us the desktop market we were missing.\" The deal is expected to close in the second quarter.",
                ],
                date: "1987-03-02T10:15:00", language: .english, source: "reuters-21578"),
            entityIDs: ["cobalt", "brightline", "whitfield"])
        return builder.entry(
            deals: [
                Deal(
                    kind: .acquisition, acquirer: ref("cobalt"), target: ref("brightline"),
                    price: Money(amount: 120e6, currency: "USD"), date: FactDate(year: 1987, month: 3, day: 2),
                    status: .announced, evidence: builder.evidence("Cobalt Systems Inc said it agreed"))
            ],
            quotes: [
                builder.quote(
                    "Brightline gives us the desktop market we were missing.", speaker: "whitfield",
                    role: "chief executive", organization: "cobalt", direct: true)
            ])
    }

    static func nordwind() -> Entry {
        let builder = FactBuilder(
            article: Article(
                id: "nordwind-2021", title: "Nordwind Logistik übernimmt 60 Prozent an der Hafenbahn",
                paragraphs: [
                    "Die Nordwind Logistik AG übernimmt 60 Prozent der Hafenbahn GmbH von der Stadt Kiel. Der Kaufpreis liegt bei 45 Millionen Euro.",
                    "„Wir stärken damit den Schienenverkehr im Norden“, sagte Nordwind-Chefin Greta Lindqvist.",
                ],
                date: "2021-09-14", language: .german, source: "kieler-wirtschaft.example"),
            entityIDs: ["nordwind", "hafenbahn", "kiel", "lindqvist"])
        let evidence = builder.evidence("Die Nordwind Logistik AG übernimmt")
        return builder.entry(
            deals: [
                Deal(
                    kind: .stake, acquirer: ref("nordwind"), seller: ref("kiel"), target: ref("hafenbahn"), percent: 60,
                    price: Money(amount: 45e6, currency: "EUR"), date: FactDate(year: 2021, month: 9, day: 14),
                    status: .completed, evidence: evidence)
            ],
            stakes: [
                Stake(
                    holder: ref("nordwind"), company: ref("hafenbahn"), percent: 60,
                    since: FactDate(year: 2021, month: 9), evidence: evidence)
            ],
            quotes: [
                builder.quote(
                    "Wir stärken damit den Schienenverkehr im Norden", speaker: "lindqvist", role: "Chefin",
                    organization: "nordwind", direct: true)
            ])
    }

    static func meridian() -> Entry {
        let builder = FactBuilder(
            article: Article(
                id: "meridian-2005", title: "Meridian Foods and Patel Brands agree merger",
                paragraphs: [
                    "Meridian Foods and Patel Brands have agreed to merge, creating the country's third-largest snack maker.",
                    "Cobalt Systems, which owns 12% of Meridian Foods, backed the deal.",
                ],
                date: "2005-01-20", language: .english, source: "bbc-news"),
            entityIDs: ["meridian", "patel", "cobalt"])
        return builder.entry(
            deals: [
                Deal(
                    kind: .merger, acquirer: ref("meridian"), target: ref("patel"),
                    date: FactDate(year: 2005, month: 1, day: 20),
                    status: .planned, evidence: builder.evidence("Meridian Foods and Patel Brands have agreed"))
            ],
            stakes: [
                Stake(
                    holder: ref("cobalt"), company: ref("meridian"), percent: 12,
                    evidence: builder.evidence("Cobalt Systems, which owns"))
            ])
    }

    static func kestrel() -> Entry {
        let builder = FactBuilder(
            article: Article(
                id: "kestrel-undated", title: "Kestrel Mining said to weigh bid for Ore Valley",
                paragraphs: [
                    "Kestrel Mining is considering a bid for Ore Valley Resources, people familiar with the matter said. Ore Valley declined to comment."
                ],
                language: .english, source: "wire"),
            entityIDs: ["kestrel", "orevalley"])
        return builder.entry(deals: [
            Deal(
                kind: .acquisition, acquirer: ref("kestrel"), target: ref("orevalley"), status: .rumoured,
                evidence: builder.evidence("Kestrel Mining is considering"))
        ])
    }

    static func sakura() -> Entry {
        let builder = FactBuilder(
            article: Article(
                id: "sakura-2019", title: "東京のSakura Robotics wins order 🚀",
                paragraphs: [
                    "Sakura Robotics (サクラ・ロボティクス) said Hafenbahn ordered ten shunting robots. “Great news for Tōkyō”, said founder Kenji Mori."
                ],
                date: "2019-04-01", language: .english, source: "asia-tech.example"),
            entityIDs: ["sakura", "hafenbahn", "mori"])
        return builder.entry(quotes: [
            builder.quote(
                "Great news for Tōkyō", speaker: "mori", role: "founder", organization: "sakura", direct: true)
        ])
    }

    static func auctiva() -> Entry {
        let builder = FactBuilder(
            article: Article(
                id: "auctiva-2010", title: "Alibaba übernimmt Auctiva",
                paragraphs: [
                    "Alibaba übernimmt den amerikanischen Dienstleister Auctiva. Über den Kaufpreis wurde nichts bekannt."
                ],
                date: "2010-05-04", language: .german, source: "handelsblatt.example"),
            entityIDs: ["alibaba", "auctiva"])
        return builder.entry(deals: [
            Deal(
                kind: .acquisition, acquirer: ref("alibaba"), target: ref("auctiva"),
                date: FactDate(year: 2010, month: 5),
                status: .completed, evidence: builder.evidence("Alibaba übernimmt den amerikanischen"))
        ])
    }

    // MARK: Hostile input

    /// Escape sequences an attacker could put in an article: CSI, OSC window title, OSC 52
    /// clipboard, C1 controls, BEL, a reset, a DCS string and bidi overrides.
    public static let hostile =
        "\u{1B}[2J\u{1B}[H\u{1B}]0;pwned\u{07}\u{1B}]52;c;ZWNobyBldmls\u{07}\u{9B}31m\u{85}\u{90}q\u{9C}\u{07}\u{1B}c\u{1B}P1$r\u{1B}\\\u{202E}\u{08}\u{7F}"

    /// An article whose title, text, source, entities and facts all carry escape sequences.
    public static func hostileEntry() -> Entry {
        let h = hostile
        let evil = Entity(id: "evil", name: "Evil\(h) Corp", kind: .company, aliases: ["Evil\(h)"])
        let victim = Entity(id: "victim", name: "Victim\(h) Ltd", kind: .company)
        let boss = Entity(
            id: "boss", name: "Boss\(h) Person", kind: .person, role: "CEO\(h)",
            organization: EntityRef(id: "evil", name: evil.name))
        let text0 = "Evil\(h) Corp buys Victim\(h) Ltd for 5 mln dlrs.\(h) It now owns 51% of Victim\(h) Ltd."
        let text1 = "\"We\(h) win\", said Boss\(h) Person.\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\"
        let article = Article(
            id: "hostile\(h)", title: "Evil\(h) title \u{1B}]2;owned\u{07}news", paragraphs: [text0, text1],
            date: "2020-01-01", language: .english, source: "src\(h)")
        let builder = FactBuilder(article: article, entities: [evil, victim, boss])
        let dealEvidence = builder.evidence("Evil\(h) Corp buys")
        let stakeEvidence = builder.evidence("It now owns")
        let quoteEvidence = builder.evidence("\"We\(h) win")
        return builder.entry(
            deals: [
                Deal(
                    kind: .acquisition, acquirer: EntityRef(id: "evil", name: evil.name),
                    target: EntityRef(id: "victim", name: victim.name),
                    price: Money(amount: 5e6, currency: "US\(h)D"), date: FactDate(year: 2020), status: .announced,
                    evidence: dealEvidence)
            ],
            stakes: [
                Stake(
                    holder: EntityRef(id: "evil", name: evil.name), company: EntityRef(id: "victim", name: victim.name),
                    percent: 51, evidence: stakeEvidence)
            ],
            quotes: [
                Quote(
                    speaker: EntityRef(id: "boss", name: boss.name), speakerDescription: "desc\(h)", role: "CEO\(h)",
                    organization: EntityRef(id: "evil", name: evil.name), text: "We\(h) win", direct: true,
                    range: quoteEvidence.range, evidence: quoteEvidence)
            ])
    }
}

/// Builds facts for one fixture article, computing scalar offsets from the text.
public struct FactBuilder {
    /// The article.
    public let article: Article
    /// The entities it names.
    public let entities: [Entity]
    let text: [Unicode.Scalar]

    /// A builder for an article naming fixture entities by id.
    public init(article: Article, entityIDs: [EntityID]) {
        self.init(article: article, entities: entityIDs.compactMap { BrowserFixtures.entities[$0] })
    }

    /// A builder for an article naming the given entities.
    public init(article: Article, entities: [Entity]) {
        self.article = article
        self.entities = entities
        self.text = Array(article.text.unicodeScalars)
    }

    /// The scalar range of the `occurrence`-th appearance of `phrase` (or an empty range at 0).
    public func range(of phrase: String, from start: Int = 0) -> TextRange? {
        let needle = Array(phrase.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        var index = start
        while index + needle.count <= text.count {
            if Array(text[index..<(index + needle.count)]) == needle {
                return TextRange(start: index, end: index + needle.count)
            }
            index += 1
        }
        return nil
    }

    /// The sentence around a range: from after the previous ". " or line break to the next
    /// sentence end.
    public func sentence(around range: TextRange) -> TextRange {
        var start = range.start
        while start > 0 {
            let previous = text[start - 1]
            if previous == "\n" { break }
            if start >= 2, previous == " ", [".", "!", "?"].contains(text[start - 2]) { break }
            start -= 1
        }
        var end = range.end
        while end < text.count {
            let scalar = text[end]
            if scalar == "\n" { break }
            end += 1
            if [".", "!", "?"].contains(scalar), end == text.count || text[end] == " " || text[end] == "\n" { break }
        }
        return TextRange(start: start, end: end)
    }

    /// Evidence: the sentence containing `phrase`.
    public func evidence(_ phrase: String) -> Evidence {
        let found = range(of: phrase) ?? TextRange(start: 0, end: 0)
        let sentence = sentence(around: found)
        return Evidence(articleID: article.id, sentence: article.text.substring(in: sentence), range: sentence)
    }

    /// A quote of `words` as they stand in the text.
    public func quote(
        _ words: String, speaker: EntityID?, description: String? = nil, role: String? = nil,
        organization: EntityID? = nil,
        direct: Bool
    ) -> Quote {
        let found = range(of: words) ?? TextRange(start: 0, end: 0)
        let sentence = sentence(around: found)
        return Quote(
            speaker: speaker.map(BrowserFixtures.ref), speakerDescription: description, role: role,
            organization: organization.map(BrowserFixtures.ref), text: words, direct: direct, range: found,
            evidence: Evidence(articleID: article.id, sentence: article.text.substring(in: sentence), range: sentence))
    }

    /// Every occurrence of every entity's names (longest names first, no overlaps).
    public func mentions() -> [Mention] {
        var taken: [TextRange] = []
        var result: [Mention] = []
        let forms = entities.flatMap { entity in entity.allNames.map { (entity.id, $0) } }
            .sorted { $0.1.unicodeScalars.count > $1.1.unicodeScalars.count }
        for (id, form) in forms {
            var start = 0
            while let found = range(of: form, from: start) {
                start = found.end
                if taken.contains(where: { $0.overlaps(found) }) { continue }
                taken.append(found)
                result.append(
                    Mention(entity: id, articleID: article.id, range: found, sentence: sentence(around: found)))
            }
        }
        return result.sorted { $0.range < $1.range }
    }

    /// The article with its facts.
    public func entry(deals: [Deal] = [], stakes: [Stake] = [], quotes: [Quote] = []) -> BrowserFixtures.Entry {
        (article, ArticleFacts(entities: entities, mentions: mentions(), deals: deals, stakes: stakes, quotes: quotes))
    }
}
