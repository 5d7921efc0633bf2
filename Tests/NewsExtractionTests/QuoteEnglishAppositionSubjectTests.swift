import NewsExtraction
import NewsModel
import Testing

/// "Veltrona Corp, the owner of the Harvey Rabbit park, has said …": the subject before the
/// apposition speaks, also with an auxiliary before the verb; "A spokesman for X, Dr Quenbar,
/// told …": a titled name in the apposition speaks. An unknown given name with "general
/// secretary of" or "chief operations officer" is a person. Invented names only.
@Suite struct QuoteEnglishAppositionSubjectTests {
    private func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishWireAttributionTests.speaker(text, of: content)
    }

    @Test func theSubjectBeforeAnAppositionSpeaksAcrossAnAuxiliary() {
        let text = "Veltrona Corp, the European owner of the Harvey Rabbit Park, has said it will sell new shares to avoid insolvency."
        #expect(speaker(text, of: "it will sell new shares") == "Veltrona Corp", "\(QuoteEnglishWireAttributionTests.quotes(text))")
        let adverb = "Veltrona Corp, the owner of the park of Harvey Rabbit, has also said it will cut 300 jobs."
        #expect(speaker(adverb, of: "it will cut 300 jobs") == "Veltrona Corp", "\(QuoteEnglishWireAttributionTests.quotes(adverb))")
    }

    @Test func aNameClosingTheAppositionOfAnUnnamedSubjectSpeaks() {
        let text = "The prosecution's star witness, former Harlow Minerals chief Dana Ferrick, has said that the chairman ordered the changes."
        #expect(speaker(text, of: "the chairman ordered the changes") == "Dana Ferrick", "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func aTitledNameInTheAppositionSpeaks() {
        let text = "A spokesman for Harlow Builders Ltd, Dr Quenbar, told the BBC the plan would mean lower prices for buyers."
        #expect(speaker(text, of: "the plan would mean lower prices") == "Quenbar", "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func anUnknownGivenNameBeforeGeneralSecretaryOfIsAPerson() {
        let text = "However, Talvo Quenby, general secretary of the Harlow Union of Dock Workers, said the plan is hurting workers."
        let people = EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == .person }.map(\.name)
        #expect(people.contains("Talvo Quenby"), "\(people)")
        #expect(speaker(text, of: "the plan is hurting workers") == "Talvo Quenby", "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func anUnknownGivenNameAfterChiefOperationsOfficerIsAPerson() {
        let text = "The trio are chief executive Dana Ferrick and chief operations officer Talvo Kettering."
        let people = EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == .person }.map(\.name)
        #expect(people.contains("Talvo Kettering"), "\(people)")
    }
}

/// "Harlow Mutual Plc, the Marlovian largest bank, … The bank said": the company described as a
/// bank speaks, not a bank named later in passing. Invented names only.
@Suite struct QuoteEnglishDescribedInstitutionTests {
    @Test func theBankSaidGoesToTheCompanyDescribedAsABank() {
        let text =
            "Harlow Mutual Plc, the Marlovian largest bank, is to cut 2,000 jobs.\n\n"
            + "Harlow Mutual is the third bank to cut jobs this month, following Quenby Bank and Tarrow Capital Inc. "
            + "Harlow Mutual's operations in Marlovia will be hit hardest.\n\n"
            + "The bank said it expected a 10% rise in net income this year."
        #expect(
            QuoteEnglishWireAttributionTests.speaker(text, of: "it expected a 10% rise") == "Harlow Mutual Plc",
            "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func aNameBeforeTheSpeakersOwnNounIsNotDescribedByIt() {
        // "… to Harlow Mutual Plc, the bank said": "the bank" is the subject, not an apposition.
        let text = "Quenby Bank issued new bonds to Harlow Mutual Plc, the bank said."
        let found = QuoteEnglishWireAttributionTests.speaker(text, of: "Quenby Bank issued")
        #expect(found == "Quenby Bank", "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func withoutADescriptionTheBankNamedWithTheNounStillSpeaks() {
        let text =
            "Harlow Mutual Plc is to cut 2,000 jobs, following Quenby Bank.\n\n"
            + "The bank said it expected a 10% rise in net income this year."
        #expect(
            QuoteEnglishWireAttributionTests.speaker(text, of: "it expected a 10% rise") == "Quenby Bank",
            "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func aCapitalisedBankInsideANameDescribesNothing() {
        // "First Marlow Bank N.A.": "Bank" is part of the name; "N.A." is no bank of its own.
        let text =
            "First Marlow Bank N.A., the major subsidiary of First Marlow Corp, said it will add a new card.\n\n"
            + "The bank said the card carries a 14 pct annual interest rate."
        let found = QuoteEnglishWireAttributionTests.speaker(text, of: "the card carries")
        #expect(found != "N.A.", "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func aNamedInstitutionWithItsOwnModifiersIsNoAnaphor() {
        // "The Finnish Central Bank" names its own institution, not the bank described before.
        let text =
            "Harlow Mutual Plc, the Marlovian largest bank, will offer futures.\n\n"
            + "The Finnish Central Bank last month said approval will only be given case by case."
        let found = QuoteEnglishWireAttributionTests.speaker(text, of: "approval will only be given")
        #expect(found != "Harlow Mutual Plc", "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }
}
