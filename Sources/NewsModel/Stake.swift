/// An ownership holding: `holder` owns `percent` of `company`.
public struct Stake: Sendable, Hashable, Codable {
    public var holder: EntityRef
    public var company: EntityRef
    public var percent: Double?
    public var since: FactDate?
    public var until: FactDate?
    public var evidence: Evidence
    public var moreEvidence: [Evidence]

    public init(
        holder: EntityRef, company: EntityRef, percent: Double? = nil, since: FactDate? = nil,
        until: FactDate? = nil, evidence: Evidence, moreEvidence: [Evidence] = []
    ) {
        self.holder = holder
        self.company = company
        self.percent = percent
        self.since = since
        self.until = until
        self.evidence = evidence
        self.moreEvidence = moreEvidence
    }
}
