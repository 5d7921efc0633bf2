import NewsModel

/// "Die Wahlkommission gab ein vorläufiges Ergebnis bekannt. Demnach hat sich …", "Das Kartellamt
/// hat seinen Bericht vorgelegt. Demnach …": the announcing subject of the sentence before is the
/// source of the "Demnach" sentence, although that sentence states nothing itself.
extension QuoteContext {
    /// Words that announce a result with its subject as the one who announces: "gab … bekannt",
    /// "hat … bekannt gegeben", "legte … vor"/"vorgelegt", "veröffentlichte".
    static let announcementWords: WordSet = [
        "bekannt", "bekanntgegeben", "vorgelegt", "veröffentlicht", "veröffentlichte", "veröffentlichten",
    ]

    /// Passive and copula forms: "wurde veröffentlicht", "ist bekannt" name no announcer.
    static let announcementPassives: WordSet = [
        "wurde", "wurden", "worden", "werden", "wird", "ist", "sind", "war", "waren", "sei", "seien",
    ]

    /// The speaker of a "Demnach …" sentence whose previous sentence (in the same or the previous
    /// paragraph) announces something in the active voice: the subject before the announcing word.
    func announcementSpeaker(beforeSentence sentence: Int) -> SpeakerGuess? {
        guard language == .german, sentence > 0, document.sentences[sentence - 1].repeatOf == nil else { return nil }
        let previous = sentenceTokens[sentence - 1]
        let current = sentenceTokens[sentence]
        guard !previous.isEmpty, !current.isEmpty, previous.count <= 40,
            paragraph(of: current.lowerBound) - paragraph(of: previous.lowerBound) <= 1
        else { return nil }
        var anchor: Int?
        for index in previous where isWord(at: index) {
            let word = tokens[index].lower
            if Self.announcementPassives.contains(word) || spanAt[index] != nil { return nil }
            if anchor == nil, index > previous.lowerBound, Self.announcementWords.contains(word) { anchor = index }
        }
        // A named person, company or organisation only: a bare phrase ("(Uhr MESZ)") is no announcer.
        guard let anchor, let guess = speaker(in: previous.lowerBound..<anchor, anchor: anchor),
            guess.entity != nil || guess.organization != nil
        else { return nil }
        return guess
    }
}
