/// What kind of transaction a deal is.
public enum DealKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A company, unit or business bought, sold, taken over or bid for.
    case acquisition
    /// Part (less than all) of a company's shares bought.
    case stake
    /// Two companies merging as equals.
    case merger
}

/// How far a deal has gone, as the article tells it.
public enum DealStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case announced, completed, planned, rumoured
}

/// An acquisition, sale, stake purchase or merger.
public struct Deal: Sendable, Hashable, Codable {
    public var kind: DealKind
    /// The buyer.
    public var acquirer: EntityRef?
    /// Who sells, if the article says.
    public var seller: EntityRef?
    /// What is bought.
    public var target: EntityRef
    /// The percent acquired (37.6, not "37,6%"), for stakes.
    public var percent: Double?
    public var price: Money?
    public var date: FactDate?
    public var status: DealStatus
    /// The sentence that states the deal.
    public var evidence: Evidence
    /// Further sentences that state the same deal (repeats, captions).
    public var moreEvidence: [Evidence]

    public init(
        kind: DealKind, acquirer: EntityRef?, seller: EntityRef? = nil, target: EntityRef,
        percent: Double? = nil, price: Money? = nil, date: FactDate? = nil, status: DealStatus,
        evidence: Evidence, moreEvidence: [Evidence] = []
    ) {
        self.kind = kind
        self.acquirer = acquirer
        self.seller = seller
        self.target = target
        self.percent = percent
        self.price = price
        self.date = date
        self.status = status
        self.evidence = evidence
        self.moreEvidence = moreEvidence
    }

    /// The entities taking part, in the order acquirer, seller, target.
    public var parties: [EntityRef] { [acquirer, seller, target].compactMap { $0 } }
}
