import NewsExtraction
import NewsModel
import Testing

/// "Air" and a name word or a place is an airline ("Air Quorvia", "Air Jamaica"), in English and German; not "Air
/// Force" or "Air Traffic Control", nor "Air" inside a longer name ("TAP Air Portugal"). Invented airline names
/// where the shape allows.
@Suite struct EntityAirlineNameTests {
    private func names(_ text: String, _ language: Language = .english) -> [String] {
        EntityRecognizerTests.entities(text, language: language).entities.map(\.name)
    }

    @Test func airAndANameOrPlaceIsAnAirline() {
        let english = names("Air Quorvia has ordered 30 planes, and Air Jamaica is for sale.")
        #expect(english.contains("Air Quorvia") && english.contains("Air Jamaica"), "\(english)")
        let german = names("Die Fluggesellschaft Air Tarvola fliegt ab Mai nach Wien.", .german)
        #expect(german.contains("Air Tarvola"), "\(german)")
    }

    @Test func ordinaryWordsAndLongerNamesAreNoAirline() {
        let force = names("The Air Force said the Air Traffic Control system failed.")
        #expect(!force.contains("Air Traffic"), "\(force)")
        let longer = names("Brixel Corp sold two planes to TARVO Air Portugal last year.")
        #expect(!longer.contains("Air Portugal"), "\(longer)")
    }
}
