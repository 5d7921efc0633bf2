import NewsModel

/// Arabic surnames written with the article: "al-Tayer", "el-Sarif", "Al-Marzouk". They start in
/// lower case, so the general name rules stop before them ("Ahmed Humaid" of "Ahmed Humaid al-Tayer").
extension EntityScanner {
    /// Whether token `i` is one hyphenated word made of the Arabic article ("al", "el", either case)
    /// and a capitalised name of two letters or more ("al-Tayer"; not "al-" alone or "el-nino").
    func isArabicArticleSurname(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.flags.contains(.hyphenated) else { return false }
        let scalars = Array(token.text.unicodeScalars.prefix(4))
        guard scalars.count == 4, scalars[2] == "-", "aAeE".unicodeScalars.contains(scalars[0]), scalars[1] == "l" else { return false }
        guard token.text.unicodeScalars.count >= 5, !token.text.unicodeScalars.dropFirst(3).contains("-") else { return false }
        return scalars[3].properties.isUppercase
    }
}
