import NewsModel

/// A merger of a company with the holder of its majority is the holder's purchase of the rest: "the proposed
/// merger of X with Y" where the article says that Y holds 55.2 pct of X is Y's acquisition of X (as "raising
/// its holding to 100 pct from 55 pct" is).
enum MajorityHolderMergers {
    /// The deals with each merger of a majority-held company turned into its holder's acquisition.
    static func resolve(_ deals: [DealCandidate], stakes: [StakeCandidate]) -> [DealCandidate] {
        guard deals.contains(where: { $0.kind == .merger }), stakes.contains(where: { ($0.percent ?? 0) > 50 }) else { return deals }
        var changedAny = false
        let resolved = deals.map { deal in
            guard deal.kind == .merger, let first = deal.acquirer else { return deal }
            let second = deal.target
            for stake in stakes where (stake.percent ?? 0) > 50 && stake.percent ?? 0 < 100 {
                var changed = deal
                if stake.holder == first, stake.company == second {
                    changed.kind = .acquisition
                } else if stake.holder == second, stake.company == first {
                    changed.kind = .acquisition
                    changed.acquirer = second
                    changed.target = first
                } else {
                    continue
                }
                changedAny = true
                return changed
            }
            return deal
        }
        // The holder's bid and its merger with the company are one purchase ("its offer for Y" … "the merger of
        // a X subsidiary with Y"): fold the new acquisition into one already stated.
        return changedAny ? DealMerger.merge(resolved) : resolved
    }
}
