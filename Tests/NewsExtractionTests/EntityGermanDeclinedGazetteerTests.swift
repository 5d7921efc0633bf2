@testable import NewsExtraction
import NewsModel
import Testing

/// Gazetteer names that open with a German adjective, matched in their declined forms: the
/// adjective in "-en" ("beim Roten Kreuz") and the last noun with a genitive ending ("des Roten Kreuzes").
@Suite struct EntityGermanDeclinedGazetteerTests {
    @Test func anyCapitalisedAdjectiveLeadIsDeclined() {
        #expect(Gazetteer.declinedLead("Rotes") == "Roten")
        #expect(Gazetteer.declinedLead("Oberster") == "Obersten")
        #expect(Gazetteer.declinedLead("Vereinte") == "Vereinten")
        // The narrower adjective test still answers first.
        #expect(Gazetteer.declinedLead("Europäische") == "Europäischen")
        #expect(Gazetteer.declinedLead("Alt") == nil)
        #expect(Gazetteer.declinedLead("rotes") == nil)
    }

    @Test func variantsTakeAGenitiveNoun() {
        let variants = Gazetteer.declinedVariants(["Blaues", "Kreuz"])
        #expect(variants.contains(["Blauen", "Kreuz"]))
        #expect(variants.contains(["Blauen", "Kreuzes"]))
        #expect(variants.contains(["Blauen", "Kreuzs"]))
        // A last word that ends in "s" keeps its form; a single word has no variants.
        #expect(Gazetteer.declinedVariants(["Vereinte", "Nationen"]).contains(["Vereinten", "Nationen"]))
        #expect(Gazetteer.declinedVariants(["Grüne", "Aktionärs"]) == [["Grünen", "Aktionärs"]])
        #expect(Gazetteer.declinedVariants(["Rotes"]).isEmpty)
    }

    @Test func genitiveAndDativeFormsFindTheGazetteerName() {
        let table = EntityRecognizerTests.entities(
            "Ein Sprecher des Roten Kreuzes bestätigte den Einsatz in Velkaro. Beim Roten Kreuz hieß es, die Lage sei ruhig.")
        let cross = EntityRecognizerTests.entity(table, "Roten Kreuzes")
        #expect(cross?.kind == .organization)
        #expect(cross?.name == "Rotes Kreuz")
        #expect(cross?.allNames.contains("Roten Kreuz") == true)
    }

    @Test func declinedLeadOfAnotherKindOfAdjective() {
        let table = EntityRecognizerTests.entities(
            "Die Mission der Vereinten Nationen in Velkaro wird verlängert, teilte das Außenamt mit.")
        #expect(EntityRecognizerTests.entity(table, "Vereinten Nationen")?.name == "Vereinte Nationen")
    }
}
