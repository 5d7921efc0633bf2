import NewsModel

extension EnglishDealRules {
    /// "A and B said they agreed to buy X", "A and B jointly acquired X": one transaction, so one deal (A, the
    /// first named, as the acquirer, as German does for "A und B übernehmen gemeinsam X"); B gets a holding of
    /// X once the deal is agreed or done (plans and rumours give none). `known` are the holdings already
    /// found for the sentence, so that a co-buyer ``SentenceView/coAcquirerStakes(of:trigger:)`` found is
    /// not told twice.
    func jointBuyerStakes(of deal: DealCandidate, trigger: Int, _ clause: Range<Int>, known: [StakeCandidate]) -> [StakeCandidate] {
        guard deal.status == .completed || deal.status == .announced,
            let extra = coordinatedBuyer(of: deal, trigger: trigger, clause), let buyer = extra.acquirer,
            !known.contains(where: { $0.holder == buyer && $0.company == deal.target })
        else { return [] }
        return [StakeCandidate(holder: buyer, company: deal.target, percent: nil, since: nil, sentence: view.sentence.index)]
    }
}
