import NewsExtraction
import NewsModel
import Testing

/// "…, erklärte der SPD-Politiker": a definite "<Partei>-<Mitglied>" compound after a German cue
/// refers back to the person named just before. Invented names throughout.
@Suite struct QuoteGermanMemberNounTests {
    static func quotes(_ text: String) -> [Quote] {
        let article = Article(id: "probe", title: "Probe", paragraphs: ["Probe", text], language: .german)
        return RuleBasedExtractor().extract(from: article).quotes
    }

    static func speaker(_ text: String, of content: String) -> String? {
        quotes(text).first { $0.text.hasPrefix(content) }?.speaker?.name
    }

    @Test func aPartyMemberCompoundRefersToThePersonNamedBefore() {
        let text = """
            Bundesjustizminister Holger Kranzmann hat den Anschlag scharf verurteilt. Das Ausmaß der Gewalt ist \
            erschreckend, erklärte der SPD-Politiker am Freitag in Berlin.
            """
        #expect(Self.speaker(text, of: "Das Ausmaß der Gewalt") == "Holger Kranzmann", "\(Self.quotes(text))")
        let female = """
            Die Abgeordnete Elke Varnhold hat den Plan kritisiert. Das Verfahren ist zu langsam, sagte die \
            Grünen-Politikerin am Montag.
            """
        #expect(Self.speaker(female, of: "Das Verfahren") == "Elke Varnhold", "\(Self.quotes(female))")
    }

    @Test func aPartyMemberCompoundDoesNotReachFarBack() {
        let text = """
            Bundesjustizminister Holger Kranzmann reiste ab. Der Regen hielt an. Die Straßen waren leer. Der Zug \
            war voll. Das Ausmaß der Gewalt ist erschreckend, erklärte der SPD-Politiker am Freitag.
            """
        #expect(Self.speaker(text, of: "Das Ausmaß der Gewalt") != "Holger Kranzmann", "\(Self.quotes(text))")
    }
}
