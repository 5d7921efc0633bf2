import NewsExtraction
import NewsModel
import Testing

/// Quote patterns that need the context around a sentence: quotes that stand alone, quoted
/// newspaper names as speakers, role nouns that point back, attributions between dashes.
@Suite struct QuoteContextPatternTests {
    static let anna = QuoteFixture.Person(name: "Anna Berg", role: "Wirtschaftsministerin", organization: nil)
    static let paul = QuoteFixture.Person(name: "Paul Kern")
    static let john = QuoteFixture.Person(name: "John Carter", role: "chief executive", organization: "Acme")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes(
            "Titel\n\n" + body, language: .german, people: [anna, paul], companies: ["Nordwerk", "Abendpost"])
    }

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [john], companies: ["Acme"])
    }

    @Test func germanQuoteAloneContinuesTheReportedSpeaker() throws {
        let quotes = Self.german(
            "Anna Berg sagte, das Werk bleibe in Sachsen. „Wir sind mit dem Standort sehr zufrieden.“")
        let direct = try #require(quotes.first { $0.direct })
        #expect(direct.speaker?.name == "Anna Berg")
        #expect(direct.text.hasPrefix("Wir sind mit dem Standort"))
    }

    @Test func englishQuoteAloneContinuesTheReportedSpeaker() throws {
        let quotes = Self.english(
            "John Carter said the plant would stay in Ohio. \"We are very happy with the site there.\"")
        let direct = try #require(quotes.first { $0.direct })
        #expect(direct.speaker?.name == "John Carter")
    }

    @Test func sentenceAfterAFinishedQuoteIsNoAttribution() throws {
        // The cue "laut" in the next sentence does not attribute the quote before it.
        let quotes = Self.german(
            "„Das Werk bleibt in Sachsen“, so Berg. „Der Umbau beginnt schon im Mai.“ Der Plan soll laut Kern bald stehen.")
        let second = try #require(quotes.first { $0.direct && $0.text.hasPrefix("Der Umbau") })
        #expect(second.speaker?.name == "Anna Berg")
        let english = Self.english(
            "\"The plant stays in Ohio,\" Carter said. \"The work starts in May.\" The board must approve it, said Acme.")
        let continued = try #require(english.first { $0.direct && $0.text.hasPrefix("The work") })
        #expect(continued.speaker?.name == "John Carter")
    }

    @Test func quotedNewspaperNameIsTheSpeaker() throws {
        let reported = Self.german("Die „Abendpost“ hatte gestern berichtet, 200 Stellen sollen wegfallen.")
        let first = try #require(reported.first)
        #expect(first.speaker?.name == "Abendpost")
        #expect(first.text == "200 Stellen sollen wegfallen")
        let direct = Self.german("„Das Werk bleibt noch lange in Sachsen“, schreibt die „Abendpost“.")
        #expect(direct.first?.speaker?.name == "Abendpost")
        #expect(direct.count == 1)
    }

    @Test func germanRoleNounPointsBackToACompoundRole() {
        let quotes = Self.german(
            "Wirtschaftsministerin Anna Berg besuchte das Werk. Das Werk sei wichtig für Sachsen, so die Ministerin.")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
        #expect(quotes.first?.text == "Das Werk sei wichtig für Sachsen")
    }

    @Test func englishRoleNounPointsBackToTheRole() {
        let quotes = Self.english(
            "John Carter, chief executive of Acme, visited Ohio. The plant will stay open, the executive said.")
        #expect(quotes.first?.speaker?.name == "John Carter")
    }

    @Test func newspaperAfterZumIsTheAddressee() throws {
        let quotes = Self.german("Das Werk bleibe in Sachsen, sagte ein Sprecher zum Abendpost-Reporter.")
        let quote = try #require(quotes.first)
        #expect(quote.speaker == nil)
        #expect(quote.organization?.name != "Abendpost")
    }

    @Test func weakInvertedCueNeedsASubjunctive() {
        let reported = Self.german("Das sei ein schwerer Fehler, kritisierte Anna Berg.")
        #expect(reported.first?.speaker?.name == "Anna Berg")
        #expect(reported.first?.text == "Das sei ein schwerer Fehler")
        // A reporting verb right after the comma needs none; other weak cues do.
        #expect(Self.german("Der Plan ist ein schwerer Fehler, kritisierte Anna Berg.").first?.speaker?.name == "Anna Berg")
        #expect(Self.german("Der Plan ist ein schwerer Fehler, sah Anna Berg.").isEmpty)
    }

    @Test func heisstEsIsAnAttribution() {
        let quotes = Self.german("Das Werk werde geschlossen, heißt es in einem Bericht von Nordwerk.")
        #expect(quotes.first?.speaker?.name == "Nordwerk")
        #expect(quotes.first?.text == "Das Werk werde geschlossen")
        #expect(Self.german("Das neue Werk heißt, wie das alte, Nordwerk Süd.").isEmpty)
    }

    @Test func statedViewsAreReportedSpeech() {
        let german = Self.german("Anna Berg geht davon aus, dass das Werk in Sachsen bleibt.")
        #expect(german.first?.speaker?.name == "Anna Berg")
        #expect(german.first?.text == "dass das Werk in Sachsen bleibt")
        let holds = Self.german("Nordwerk hält es für möglich, dass das Werk in Sachsen bleibt.")
        #expect(holds.first?.speaker?.name == "Nordwerk")
        let english = Self.english("John Carter expects that the plant will stay in Ohio.")
        #expect(english.first?.speaker?.name == "John Carter")
        #expect(english.first?.text == "the plant will stay in Ohio")
    }

    @Test func conditionWithoutSubjunctiveIsNoContent() {
        #expect(Self.german("Anna Berg zeigte sich verwundert, wenn Kunden das Werk verlassen.").isEmpty)
        let conditional = Self.german("Anna Berg sagte, wenn der Auftrag komme, bleibe das Werk.")
        #expect(conditional.first?.speaker?.name == "Anna Berg")
    }

    @Test func genitiveNameBeforeASourceNoun() {
        let quotes = Self.german("Nach Bergs Meinung werden im Werk falsche Entscheidungen getroffen.")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
        #expect(quotes.first?.text == "werden im Werk falsche Entscheidungen getroffen")
    }

    @Test func soBetweenDashes() {
        let quotes = Self.german("Das Werk sei wichtig – so Berg –, trotzdem suche man neue Investoren.")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
        #expect(quotes.first?.text == "Das Werk sei wichtig")
    }

    @Test func sameStatementTwiceIsOneQuote() {
        let quotes = Self.german(
            "Wie aus Kreisen verlautete, will Nordwerk das Werk in Sachsen schließen. Das berichtete die Abendpost.")
        let reported = quotes.filter { !$0.direct }
        #expect(reported.count == 1)
        #expect(reported.first?.speaker?.name == "Abendpost")
    }

    @Test func zitiertNamesThePersonAfterTheMedium() throws {
        let quote = try #require(Self.german("Das Werk werde bleiben, zitiert die Abendpost Betriebsrat Hugo Lenz.").first)
        #expect(quote.speaker?.name != "Abendpost")
        #expect(quote.speakerDescription?.contains("Lenz") == true)
    }

    @Test func nameAppositionBeforeTheVerbIsTheSpeaker() {
        let quotes = Self.german("Der Chef von Nordwerk, Paul Kern, sagte, das Werk bleibe in Sachsen.")
        #expect(quotes.first?.speaker?.name == "Paul Kern")
        #expect(quotes.first?.text == "das Werk bleibe in Sachsen")
    }

    @Test func accordingToBeforeASpeechVerbLeavesTheSpeakerToTheVerb() {
        let quotes = Self.english("According to Acme, John Carter said that the plant will stay in Ohio.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "John Carter")
        #expect(quotes.first?.text == "the plant will stay in Ohio")
    }

    @Test func sourceStatementIsNoQuoteOfTheSentenceBefore() {
        let quotes = Self.german("Der Umbau kostet 600.000 Euro. Das geht aus einer Antwort von Nordwerk hervor.")
        #expect(quotes.isEmpty)
    }

    @Test func relativeClauseAfterACueIsNoContent() {
        #expect(Self.german("Nordwerk kündigte einen Wagen an, der in zwei Jahren vorgestellt werden soll.").isEmpty)
        #expect(Self.german("Ein ähnliches Bild zeigte sich an der Börse, wo die Kurse ebenfalls fielen.").isEmpty)
        let demonstrative = Self.german("Anna Berg sagte, das sei ein Fehler gewesen.")
        #expect(demonstrative.first?.text == "das sei ein Fehler gewesen")
    }

    @Test func declaringSomethingIsNoSpeech() {
        #expect(Self.german("Das Gericht erklärte die Wahl für ungültig, der Termin wurde verschoben.").isEmpty)
    }

    @Test func quotedNamesAreNoQuotes() {
        #expect(Self.german("Anna Berg sagte: „Reporter ohne Grenzen“.").filter(\.direct).isEmpty)
        #expect(Self.english("John Carter told the \"National Press Club\" about it.").filter(\.direct).isEmpty)
        let sentence = Self.german("Anna Berg sagte: „Wir sind wieder da.“")
        #expect(sentence.first { $0.direct }?.speaker?.name == "Anna Berg")
    }

    @Test func nounAfterAPrepositionIsNoSpeaker() throws {
        let quotes = Self.german("Der Trainer verabschiedete sich mit den Worten: „Wir sehen uns sehr bald wieder.“")
        let quote = try #require(quotes.first { $0.direct })
        #expect(quote.speakerDescription == "Der Trainer")
    }

    @Test func sourceAfterVonStaysTheSpeaker() {
        let quotes = Self.german("Nach Angaben von Oppositionspolitikern hat die Regierung ein Verbot verhängt.")
        #expect(quotes.first?.speakerDescription?.hasSuffix("Oppositionspolitikern") == true)
        #expect(quotes.first?.text == "hat die Regierung ein Verbot verhängt")
    }

    @Test func articleAdjectiveNounOpensContent() {
        let quotes = Self.german("Anna Berg behauptete, die neuen Werke kämen nur durch Tricks zustande.")
        #expect(quotes.first?.text == "die neuen Werke kämen nur durch Tricks zustande")
    }

    @Test func ownStatementsWithoutSpeakerKeepTheSourcePhrase() {
        let quotes = Self.german("Nach eigenen Angaben hat das Werk einen neuen Partner gefunden.")
        #expect(quotes.first?.speakerDescription == "eigenen Angaben")
        #expect(quotes.first?.text == "hat das Werk einen neuen Partner gefunden")
    }

    @Test func twoAttributionsInOneSentence() {
        let german = Self.german(
            "Anna Berg sagte, das Werk bleibe in Sachsen, fügte aber hinzu, dass einige Stellen wegfallen könnten.")
        #expect(german.map(\.text) == ["das Werk bleibe in Sachsen", "dass einige Stellen wegfallen könnten"])
        #expect(german.allSatisfy { $0.speaker?.name == "Anna Berg" })
        let english = Self.english(
            "Acme said it might buy more shares in the company, it said it had no plans to seek control of it.")
        #expect(english.map(\.text) == ["it might buy more shares in the company", "it had no plans to seek control of it"])
        #expect(english.allSatisfy { $0.speaker?.name == "Acme" })
    }

    @Test func germanQuoteInAClauseBelongsToItsSubject() throws {
        let quotes = Self.german("Paul Kern habe „nicht den Eindruck, dass das Werk noch lange bleibt“.")
        let quote = try #require(quotes.first { $0.direct })
        #expect(quote.speaker?.name == "Paul Kern")
    }

    @Test func demnachContinuesTheSource() throws {
        let quotes = Self.german(
            "Die Abendpost berichtete, Nordwerk plane einen Umbau. Demnach sollen im Werk 200 Stellen wegfallen.")
        let second = try #require(quotes.first { $0.text.hasPrefix("sollen") })
        #expect(second.speaker?.name == "Abendpost")
    }

    @Test func heisstEsInADocument() {
        let quotes = Self.german("Im Bericht heißt es, dass das Werk bald geschlossen werde.")
        #expect(quotes.first?.speakerDescription == "Bericht")
        #expect(quotes.first?.text == "dass das Werk bald geschlossen werde")
    }

    @Test func lautWithAnAdjectiveBeforeTheSource() {
        let quotes = Self.german("Laut israelischen Medien gab es zehn Verletzte.")
        #expect(quotes.first?.speakerDescription?.contains("Medien") == true)
        #expect(quotes.first?.text == "gab es zehn Verletzte")
    }

    @Test func interviewAnswerAfterTheName() {
        let german = Self.german("Kern: Das Werk soll unbedingt in Sachsen bleiben.")
        #expect(german.first?.speaker?.name == "Paul Kern")
        #expect(german.first?.text == "Das Werk soll unbedingt in Sachsen bleiben")
        let english = Self.english("Carter: We will keep the plant in Ohio.")
        #expect(english.first?.speaker?.name == "John Carter")
        #expect(english.first?.text == "We will keep the plant in Ohio")
    }

    @Test func reportingVerbRightAfterTheComma() {
        let quotes = Self.german("Eine Besserung ist im Jahr nicht zu erwarten, schreibt Nordwerk in seinem Bericht.")
        #expect(quotes.first?.speaker?.name == "Nordwerk")
        #expect(quotes.first?.text == "Eine Besserung ist im Jahr nicht zu erwarten")
    }

    @Test func adverbialsAfterTheSpeakerAreNotPartOfIt() {
        let quotes = Self.german(
            "Der Verkauf solle eine Milliarde einbringen, berichtet die Agentur Abendpost am Donnerstag unter Berufung auf vertraute Personen.")
        #expect(quotes.first?.speaker?.name == "Abendpost")
        #expect(quotes.first?.text == "Der Verkauf solle eine Milliarde einbringen")
    }

    @Test func soAttributionInsideARunningSentence() {
        let quotes = Self.german(
            "Die Maßnahme der Bank sollte den Markt beruhigen, so Ministerin Anna Berg, bewirkte aber das Gegenteil.")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
        #expect(quotes.first?.text == "Die Maßnahme der Bank sollte den Markt beruhigen")
    }

    @Test func subjectWithAppositionIsNoContent() {
        let quotes = Self.german("Der frühere Chef von Nordwerk, Paul Kern, kritisierte die Pläne der Regierung.")
        #expect(!quotes.contains { $0.text.hasPrefix("Der frühere Chef") })
        let verb = Self.german("Ab Montag stünden neue Modelle bereit, schreibt Nordwerk.")
        #expect(verb.first?.text == "Ab Montag stünden neue Modelle bereit")
    }

    @Test func soInTheMiddleOfAShortStatement() {
        let quotes = Self.german("Der Einsatz solle sich, so Berg, auf schwere Fälle beschränken.")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
        #expect(quotes.first?.text == "Der Einsatz solle sich auf schwere Fälle beschränken")
    }

    @Test func quotedNameInsideTheAttribution() {
        let forward = Self.german("Anna Berg sagte der „Abendpost“, dass das Werk in Sachsen bleibe.")
        #expect(forward.first?.speaker?.name == "Anna Berg")
        #expect(forward.first?.text == "dass das Werk in Sachsen bleibe")
        let inverted = Self.german("Das Werk bleibe in Sachsen, sagte Paul Kern, der Sprecher der „Abendpost“.")
        #expect(inverted.first?.speaker?.name == "Paul Kern")
    }

    @Test func undBeforeTheNextVerbEndsTheContent() {
        let quotes = Self.german("Anna Berg sagte, die Firmen müssten nachgeben und bemühte das Bild vom gemeinsamen Boot.")
        #expect(quotes.first?.text == "die Firmen müssten nachgeben")
    }

    @Test func nameAfterACompoundOfTheParentSpeaks() {
        let quotes = Self.german("Der Verkauf solle eine Milliarde einbringen, berichtet die Nordwerk-Tochter Abendpost.")
        #expect(quotes.first?.speaker?.name == "Abendpost")
    }

    @Test func quotedNameBeforeTheQuoteIsPartOfTheAttribution() throws {
        let quotes = Self.german(
            "Der Chef von Nordwerk, Paul Kern, wird von der „Abendpost“ mit den Worten zitiert: „Das Werk ist angeschlagen. Das wird ihm nachhängen.“")
        let quote = try #require(quotes.first { $0.direct })
        #expect(quote.speaker?.name == "Paul Kern")
    }

    @Test func pronounContinuesAnUnknownNamedSpeaker() throws {
        let german = Self.german(
            "Das Werk bleibe in Sachsen, sagte Hugo Lenz. Er sagte außerdem, die Löhne würden steigen.")
        let second = try #require(german.first { $0.text.hasPrefix("die Löhne") })
        // The name the recognizer missed becomes a person, and the pronoun continues it.
        #expect(second.speaker?.name == "Hugo Lenz")
        let english = Self.english("The plant will stay, said Hugo Lenz. He said the wages would rise next year.")
        let continued = try #require(english.first { $0.text.hasPrefix("the wages") })
        #expect(continued.speaker?.name == "Hugo Lenz")
    }

    @Test func sentenceAdverbIsNoSpeaker() {
        let quotes = Self.german("Offiziell geht man davon aus, dass das Werk in Sachsen bleibt.")
        #expect(quotes.first?.speakerDescription != "Offiziell")
    }

    @Test func groupLedByAPersonSpeaksThroughThePerson() {
        let english = Self.english(
            "An investor group led by John Carter said it bought a stake in Acme. The group said it paid 69 mln dlrs for the shares. It said all the shares were bought in March.")
        #expect(english.count == 3)
        #expect(english.allSatisfy { $0.speaker?.name == "John Carter" })
        let german = Self.german(
            "Eine Gruppe um Paul Kern teilte mit, dass sie Anteile an Nordwerk gekauft habe. Die Gruppe sagte, sie habe dafür viel Geld bezahlt.")
        #expect(german.count == 2)
        #expect(german.allSatisfy { $0.speaker?.name == "Paul Kern" })
    }

    @Test func manyAttributionsInOneSentenceEnd() {
        // Each round of the per-sentence search must move on: this sentence once looped.
        let quotes = Self.german(
            "Das Werk bleibe, sagte Anna Berg, die Löhne stiegen, so Kern, man plane viel, erklärte Nordwerk, es werde gut, hieß es.")
        #expect(quotes.count <= 6)
        let english = Self.english("Acme said it would grow, it said it would hire, it said it would build, it said it would win.")
        #expect(english.count <= 4)
    }
}
