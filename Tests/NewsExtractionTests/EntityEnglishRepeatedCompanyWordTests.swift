import NewsExtraction
import NewsModel
import Testing

/// "X Bank and Y Bank", "Rust Ventures and Orien Ventures": the same company word on both sides of "and" ends
/// two names, where "Savings and Loan Association" stays one. Invented names only.
@Suite struct EntityEnglishRepeatedCompanyWordTests {
    private func names(_ text: String) -> [String] { EntityRecognizerTests.entities(text, language: .english).entities.map(\.name) }

    @Test func theSameCompanyWordTwiceMakesTwoNames() {
        let banks = names("Harlow Bancorp owns Harwick National Bank and Tarrow Bank, its filing said.")
        #expect(banks.contains("Harwick National Bank"), "\(banks)")
        #expect(!banks.contains { $0.contains(" and ") }, "\(banks)")
        let funds = names("The stake is held by Brisko Ventures and Orlen Ventures, the filing said.")
        #expect(funds.contains("Brisko Ventures") && funds.contains("Orlen Ventures"), "\(funds)")
    }

    @Test func differentCompanyWordsStayOneName() {
        let found = names("Depositors of Quorn Federal Savings and Loan Association were paid in full.")
        #expect(found.contains("Quorn Federal Savings and Loan Association"), "\(found)")
    }
}
