import Foundation
import NewsExtraction
import NewsModel
import Testing

/// The gazetteer data files (entities-companies.txt, entities-organizations.txt): their format,
/// their guard against ordinary words, and names from them found in invented sentences.
@Suite struct GazetteerDataTests {
    /// The folder Resources/Lexicons of the package, found from this file's path.
    static let lexicons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/Lexicons", isDirectory: true)

    /// The non-comment lines of a lexicon file, as written.
    static func lines(_ file: String) throws -> [String] {
        let text = try String(contentsOf: lexicons.appendingPathComponent(file), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map(String.init).filter {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#")
        }
    }

    /// The names of each entry (canonical first) of a gazetteer file.
    static func entries(_ file: String) throws -> [[String]] {
        try lines(file).map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Single-word names that are also ordinary English words but stand for the company or
    /// institution in business news whenever capitalised or in capitals.
    static let knownBrandWords: Set<String> = [
        "Alphabet", "Amazon", "Apple", "Dell", "GM", "MAN", "Metro", "Sears", "Shell", "Snap", "Yahoo", "Zoom", "UPS",
        "Fed", "FED", "FT", "Focus", "Fortune", "Guardian", "Telegraph", "Economist", "Moody", "OFT", "Treasury",
        "Congress", "Senate", "Democrats", "Republicans", "WHO", "STANDARD",
    ]

    /// Ordinary German nouns that are also company or newspaper names: never a single-word entry.
    static let germanWordsNeverAlone: [String] = [
        "Kraft", "Quelle", "Real", "Post", "Stern", "Trend", "Heute", "Format", "Profil", "Praktiker", "Weltbild", "Kakao",
        "Total", "Continental", "Österreich", "Esprit", "Ergo", "Trumpf",
    ]

    @Test(arguments: ["entities-companies.txt", "entities-organizations.txt"])
    func filesParseSortedWithoutBlankNames(file: String) throws {
        let entries = try Self.entries(file)
        #expect(entries.count > 400)
        for names in entries {
            for name in names {
                #expect(!name.isEmpty, "empty name in \(names)")
                #expect(name == name.trimmingCharacters(in: .whitespaces), "spaces around \"\(name)\"")
            }
            #expect(Set(names).count == names.count, "repeated alias in \(names)")
        }
        let canonicals = entries.map { $0[0] }
        let sorted = canonicals.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        #expect(canonicals == sorted, "\(file) is not sorted by canonical name")
    }

    @Test func noNameInTwoEntriesOrBothFiles() throws {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for file in ["entities-companies.txt", "entities-organizations.txt"] {
            for names in try Self.entries(file) {
                for name in names {
                    if let other = owner[name] { clashes.append("\(name): \(other) / \(names[0])") }
                    owner[name] = names[0]
                }
            }
        }
        #expect(clashes.isEmpty, "\(clashes)")
        #expect(owner.count > 3000)
    }

    @Test func singleWordNamesAreNotOrdinaryWords() throws {
        let english = Set(try Self.lines("entities-common-en.txt"))
        var ordinary: [String] = []
        for file in ["entities-companies.txt", "entities-organizations.txt"] {
            for name in try Self.entries(file).joined() where !name.contains(" ") {
                let word = name.hasSuffix("'s") ? String(name.dropLast(2)) : name
                if english.contains(word.lowercased()) && !Self.knownBrandWords.contains(word) { ordinary.append(name) }
                if Self.germanWordsNeverAlone.contains(word) { ordinary.append(name) }
            }
        }
        #expect(ordinary.isEmpty, "\(ordinary)")
    }

    @Test func companiesFromTheGazetteerInGermanText() {
        let table = EntityRecognizerTests.entities(
            "Der Windturbinenhersteller Vestas verhandelt mit Knorr-Bremse. Laut Hapag-Lloyd steigen die Frachtraten, "
                + "auch Sartorius profitiert.")
        let companies = EntityRecognizerTests.names(table, kind: .company)
        for name in ["Vestas", "Knorr-Bremse", "Hapag-Lloyd", "Sartorius"] {
            #expect(companies.contains(name), "\(name) not in \(companies)")
        }
    }

    @Test func companiesFromTheGazetteerInEnglishText() {
        let table = EntityRecognizerTests.entities(
            "Itochu and Embraer signed a supply agreement on Monday. Fortescue and Wesfarmers were not involved, "
                + "while Ecopetrol declined to comment.",
            language: .english)
        let companies = EntityRecognizerTests.names(table, kind: .company)
        for name in ["Itochu", "Embraer", "Fortescue", "Wesfarmers", "Ecopetrol"] {
            #expect(companies.contains(name), "\(name) not in \(companies)")
        }
    }

    @Test func aliasesOfOneCompanyAreOneEntity() {
        let table = EntityRecognizerTests.entities(
            "Die Deutsche Lufthansa streicht Flüge. Ein Sprecher von Lufthansa bestätigte das.")
        let lufthansa = EntityRecognizerTests.entity(table, "Lufthansa")
        #expect(lufthansa?.kind == .company)
        #expect(lufthansa?.allNames.contains("Deutsche Lufthansa") == true)
        #expect(table.entities.filter { $0.kind == .company }.count == 1)
    }

    @Test func organisationsFromTheGazetteerInBothLanguages() {
        let german = EntityRecognizerTests.entities(
            "Die Finma und die Bundesanstalt für Finanzdienstleistungsaufsicht prüfen den Fall.")
        let germanOrgs = EntityRecognizerTests.names(german, kind: .organization)
        #expect(germanOrgs.contains("Finma"))
        #expect(EntityRecognizerTests.entity(german, "Bundesanstalt für Finanzdienstleistungsaufsicht")?.name == "BaFin")
        let english = EntityRecognizerTests.entities(
            "The Monetary Authority of Singapore and Keidanren welcomed the plan.", language: .english)
        let englishOrgs = EntityRecognizerTests.names(english, kind: .organization)
        #expect(englishOrgs.contains("Monetary Authority of Singapore"))
        #expect(englishOrgs.contains("Keidanren"))
    }

    @Test func ordinaryWordsLeftOutAreNoCompanies() {
        let table = EntityRecognizerTests.entities(
            "Die Quelle der Kraft ist unklar. Real betrachtet bleibt der Trend stabil.")
        let names = table.entities.filter { $0.kind != .person }.map(\.name)
        for word in ["Quelle", "Kraft", "Real", "Trend"] {
            #expect(!names.contains(word), "\(word) in \(names)")
        }
    }
}
