import NewsExtraction
import NewsModel
import Testing

/// Speaker attribution: surnames, pronouns, role phrases, companies and unnamed sources.
@Suite struct QuoteAttributionTests {
    static let anna = QuoteFixture.Person(name: "Anna Berg", role: "Chefin", organization: "Nordwerk")
    static let paul = QuoteFixture.Person(name: "Paul Kern")
    static let john = QuoteFixture.Person(name: "John Carter", role: "chief executive", organization: "Acme")
    static let mary = QuoteFixture.Person(name: "Mary Stone")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [anna, paul], companies: ["Nordwerk"])
    }

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [john, mary], companies: ["Acme"])
    }

    @Test func surnameResolvesToTheFullName() {
        let quotes = Self.german("Anna Berg leitet das Werk. „Wir bleiben in Sachsen“, sagte Berg.")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
    }

    @Test func germanPronounResolvesToTheLastPerson() {
        let quotes = Self.german(
            "Paul Kern kam gestern. Anna Berg leitet das Werk. Sie sagte, das Werk bleibe in Sachsen.")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
        let er = Self.german(
            "Anna Berg leitet das Werk. Paul Kern ist neu. Er machte deutlich, dass das Werk bleiben werde.")
        #expect(er.first?.speaker?.name == "Paul Kern")
        #expect(er.first?.text == "dass das Werk bleiben werde")
    }

    @Test func englishPronounResolvesToTheLastPerson() {
        let quotes = Self.english(
            "John Carter runs Acme. \"We will keep the plant open,\" he said. Mary Stone agreed.")
        #expect(quotes.first?.speaker?.name == "John Carter")
    }

    @Test func germanRolePhraseGivesOrganisationNotSpeaker() throws {
        let quote = try #require(Self.german("Ein Sprecher von Nordwerk sagte, das Werk bleibe in Sachsen.").first)
        #expect(quote.speaker == nil)
        #expect(quote.organization?.name == "Nordwerk")
        #expect(quote.role == "Sprecher")
        let compound = try #require(Self.german("Eine Nordwerk-Sprecherin sagte, das Werk bleibe in Sachsen.").first)
        #expect(compound.speaker == nil)
        #expect(compound.organization?.name == "Nordwerk")
        #expect(compound.role == "Sprecherin")
    }

    @Test func englishRolePhraseGivesOrganisationNotSpeaker() throws {
        let quote = try #require(Self.english("A spokeswoman for Acme said the plant would stay open.").first)
        #expect(quote.speaker == nil)
        #expect(quote.organization?.name == "Acme")
        #expect(quote.role == "spokeswoman")
        #expect(quote.text == "the plant would stay open")
    }

    @Test func namedRolePhraseGivesThePerson() throws {
        let quote = try #require(Self.german("Nordwerk-Chefin Anna Berg sagte, das Werk bleibe in Sachsen.").first)
        #expect(quote.speaker?.name == "Anna Berg")
        #expect(quote.organization?.name == "Nordwerk")
        #expect(quote.role == "Chefin")
    }

    @Test func companyAsSpeaker() throws {
        let direct = try #require(Self.english("Acme said in a statement that the plant would stay open.").first)
        #expect(direct.speaker?.name == "Acme")
        let company = try #require(Self.english("Acme makes tools. The company said it would keep the plant.").first)
        #expect(company.speaker?.name == "Acme")
        #expect(company.text == "it would keep the plant")
        let german = try #require(
            Self.german("Nordwerk baut Maschinen. Das Unternehmen teilte mit, dass das Werk bleibe.").first)
        #expect(german.speaker?.name == "Nordwerk")
    }

    @Test func companyAnaphorSpeaksForTheCompanyThatSpokeLast() {
        let text = "Title\n\nAcme said it bought a stake in Bolt Industries. The company said the price was fair. "
            + "It said Bolt Industries would keep its name."
        let quotes = QuoteFixture.quotes(text, language: .english, companies: ["Acme", "Bolt Industries"])
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Acme" })
        let german = "Titel\n\nNordwerk teilte mit, dass es Teile von Südbau kaufe. Das Unternehmen sagte, "
            + "der Preis sei fair. Südbau bleibe eigenständig, teilte der Konzern mit."
        let germanQuotes = QuoteFixture.quotes(german, language: .german, companies: ["Nordwerk", "Südbau"])
        #expect(germanQuotes.count == 3)
        #expect(germanQuotes.allSatisfy { $0.speaker?.name == "Nordwerk" })
    }

    @Test func partOfAKnownCompanyNameIsThatCompany() {
        let text = "Title\n\nEastwood Tooling Corp said it bought a plant. Tooling said the price was fair. "
            + "ETC said the plant would stay open."
        let quotes = QuoteFixture.quotes(text, language: .english, companies: ["Eastwood Tooling Corp"])
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Eastwood Tooling Corp" })
    }

    @Test func tickerCodesAreNoSpeakers() throws {
        let text = "Title\n\nNEW YORK - Bolt Works <BW NV>, a maker of tools, said it would close a plant."
        let quote = try #require(QuoteFixture.quotes(text, language: .english).first)
        #expect(quote.speakerDescription == "Bolt Works")
        #expect(quote.text == "it would close a plant")
    }

    @Test func aNamedAddresseeAfterToldIsNoContent() throws {
        let quote = try #require(
            Self.english("Acme told the Securities and Exchange Commission it bought 5 pct of the shares.").first)
        #expect(quote.speaker?.name == "Acme")
        #expect(quote.text == "it bought 5 pct of the shares")
    }

    @Test func definiteRoleNounNamesThePersonWithThatRole() throws {
        let minister = QuoteFixture.Person(name: "Karl Brenner", role: "Wirtschaftsminister")
        let text = "Titel\n\nWirtschaftsminister Karl Brenner besuchte das Werk. Paul Kern begleitete ihn. "
            + "Das Werk bleibe in Sachsen, so der Wirtschaftsminister weiter."
        let quote = try #require(
            QuoteFixture.quotes(text, language: .german, people: [minister, Self.paul]).first)
        #expect(quote.speaker?.name == "Karl Brenner")
        // A role with its own attribute is someone new: "der Sprecher des Ministeriums".
        let other = "Titel\n\nWirtschaftsminister Karl Brenner besuchte das Werk. "
            + "Das Werk bleibe in Sachsen, so der Wirtschaftsminister des Nachbarlandes."
        let quotes = QuoteFixture.quotes(other, language: .german, people: [minister])
        #expect(quotes.first?.speaker == nil)
    }

    @Test func possessiveBeforeASourceNounIsTheLastPerson() throws {
        let quote = try #require(
            Self.german("Anna Berg leitet das Werk. Seiner Meinung nach sollten die Kunden sparen, so Paul Kern. "
                + "Ihrer Ansicht nach bleibe das Werk.").first)
        #expect(quote.speaker?.name == "Paul Kern")
        let german = try #require(
            Self.german("Paul Kern leitet das Werk. Nach seiner Einschätzung werde das Werk wachsen.").first)
        #expect(german.speaker?.name == "Paul Kern")
    }

    @Test func germanCompoundCompanyNounIsTheCompany() throws {
        let quote = try #require(
            Self.german("Nordwerk baut Maschinen. Die Ratingagentur teilte mit, dass die Lage stabil sei.").first)
        #expect(quote.speaker?.name == "Nordwerk")
        // Indefinite ("eine Bauerngewerkschaft") is someone new.
        let other = try #require(
            Self.german("Nordwerk baut Maschinen. Eine Bauerngewerkschaft teilte mit, dass die Lage stabil sei.").first)
        #expect(other.speaker == nil)
    }

    @Test func theSubjectBeforeAnAppositionSpeaksNotTheNamesInIt() throws {
        let english = try #require(
            Self.english("Acme, a toolmaker controlled by its chairman, Mary Stone, said it sold the plant.").first)
        #expect(english.speaker?.name == "Acme")
        #expect(english.text == "it sold the plant")
        let german = try #require(
            Self.german("Nordwerk, ein Maschinenbauer von Paul Kern, teilte mit, dass das Werk bleibe.").first)
        #expect(german.speaker?.name == "Nordwerk")
        // An adverbial before the first comma is no subject.
        let adverbial = try #require(
            Self.english("Late last year, Mary Stone, a director of Acme, said the plant would stay open.").first)
        #expect(adverbial.speaker?.name == "Mary Stone")
    }

    @Test func unnamedSourcesKeepTheirDescription() throws {
        let german = try #require(Self.german("Ein Insider sagte, das Werk werde geschlossen.").first)
        #expect(german.speaker == nil)
        #expect(german.speakerDescription == "Ein Insider")
        let english = try #require(
            Self.english("Sources close to the company said the plant would be sold.").first)
        #expect(english.speaker == nil)
        #expect(english.speakerDescription == "Sources close to the company")
        #expect(english.text == "the plant would be sold")
    }

    @Test func theSpeakerAfterTheVerbWinsInGermanInversion() {
        let quotes = Self.german("Nach dem Treffen mit Paul Kern sagte Anna Berg, das Werk bleibe in Sachsen.")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
    }
}
