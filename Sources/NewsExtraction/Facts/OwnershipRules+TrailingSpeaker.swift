extension OwnershipRules {
    /// Verbs of saying that follow a trailing source ("…, Harcourt said.").
    private static let trailingSayings: WordSet = ["said", "says", "added", "reported", "stated"]

    /// Whether the party at `index` is the source named after a comma at the end of the clause ("X owns 9.5 mln
    /// dlrs face amount, Harcourt said"): it reports the holding and is not what is held. English only.
    func isTrailingSpeaker(_ index: Int) -> Bool {
        view.language == .english && index > 0 && view.word(index - 1) == "," && Self.trailingSayings.contains(view.word(index + 1))
    }
}
