@testable import NewsExtraction
import NewsModel
import Testing

/// Numbers, percents and money, German and English.
@Suite struct NumberReaderTests {
    private func quantities(_ text: String, _ language: Language) -> [Quantity] {
        let scalars = Array(text.unicodeScalars)
        let tokens = FactTokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count))
        return NumberReader(lexicon: FactLexicon.shared, language: language).quantities(in: tokens)
    }

    private func money(_ text: String, _ language: Language) -> Money? { quantities(text, language).compactMap(\.money).first }
    private func percent(_ text: String, _ language: Language) -> Double? { quantities(text, language).compactMap(\.percent).first }

    @Test func germanPercents() {
        #expect(percent("kauft 37,6% an", .german) == 37.6)
        #expect(percent("37,6 Prozent", .german) == 37.6)
        #expect(percent("eine 51-prozentige Beteiligung", .german) == 51)
        #expect(percent("bislang sind es zwei Prozent", .german) == 2)
        #expect(percent("der rund zehnprozentigen Beteiligung", .german) == 10)
        #expect(percent("die Zehnprozentgrenze", .german) == nil)
    }

    @Test func englishPercents() {
        #expect(percent("a 37.6 pct stake", .english) == 37.6)
        #expect(percent("5 per cent", .english) == 5)
        let owned = quantities("a 51 pct-owned unit", .english).first
        #expect(owned?.percent == 51)
        #expect(owned?.ownedCompound == true)
    }

    @Test func plainNumbers() {
        #expect(quantities("mehr als 3.000 Shops", .german).first?.value == 3000)
        #expect(quantities("über 2,5 Millionen Produktangebote", .german).first?.value == 2_500_000)
        #expect(quantities("258,591 shares", .english).first?.value == 258_591)
    }

    @Test func germanMoney() {
        #expect(money("für 1,2 Mrd. Euro", .german) == Money(amount: 1.2e9, currency: "EUR"))
        #expect(money("2,5 Millionen Euro", .german) == Money(amount: 2.5e6, currency: "EUR"))
        #expect(money("50 Mio. Franken", .german) == Money(amount: 5e7, currency: "CHF"))
    }

    @Test func englishMoney() {
        #expect(money("1.5 billion dlrs", .english) == Money(amount: 1.5e9, currency: "USD"))
        #expect(money("120 mln dlrs", .english) == Money(amount: 1.2e8, currency: "USD"))
        #expect(money("$3.3bn", .english) == Money(amount: 3.3e9, currency: "USD"))
        #expect(money("£600m", .english) == Money(amount: 6e8, currency: "GBP"))
        #expect(money("481.42m yuan", .english) == Money(amount: 481.42e6, currency: "CNY"))
        #expect(money("20 mln stg", .english) == Money(amount: 2e7, currency: "GBP"))
        #expect(money("10 billion yen", .english) == Money(amount: 1e10, currency: "JPY"))
        #expect(money("5 mln marks", .english) == Money(amount: 5e6, currency: "DEM"))
        #expect(money("50 mln Swiss francs", .english) == Money(amount: 5e7, currency: "CHF"))
        #expect(money("EUR 5 mln", .english) == Money(amount: 5e6, currency: "EUR"))
        #expect(money("USD 7.5 million", .english) == Money(amount: 7.5e6, currency: "USD"))
    }

    @Test func perShareFractions() {
        let quantity = quantities("at 11-5/8 dlrs a share", .english).first
        #expect(quantity?.money == Money(amount: 11.625, currency: "USD"))
        #expect(quantity?.perShare == true)
        #expect(quantities("22 Euro je Aktie", .german).first?.perShare == true)
    }
}
