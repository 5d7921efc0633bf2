import NewsModel
import Testing

/// The en-rel15 probe table: common English deal and ownership phrasings of wire and business copy (acquire, buy,
/// take over, merge, bid, tender offer, stake changes, sales of units, "a unit of", "owned by", "holds N pct",
/// parents, shareholders, joint ventures; passive, noun and possessive forms; agreed, completed, planned), in
/// invented names. Each row states the deal ("D kind acquirer>target …") or holding ("S holder>company percent")
/// the sentence must give; "D kind ->X from Y" asks for a sale by Y with any buyer, "S !…" for no such holding.
/// Rows the rules do not read yet are listed in `knownGaps` and expected to fail.
@Suite struct RelationEnglishProbeTableTests {
    static let rows: [(String, String)] = [
        ("Brixel Corp acquired Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it bought Zentor Inc for 40 mln dlrs.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp has agreed to purchase Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp will take over Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it completed the acquisition of Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp made a bid for Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp began a 20 dlr a share tender offer for all shares of Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp raised its stake in Zentor Inc to 15 pct.", "D stake Brixel Corp>Zentor Inc"),
        ("Brixel Corp cut its stake in Zentor Inc to 5 pct.", "S Brixel Corp>Zentor Inc 5.0"),
        ("Brixel Corp sold its Zentor Inc unit to Quorra Inc.", "D acquisition Quorra Inc>Zentor Inc from Brixel Corp"),
        ("Brixel Corp agreed to divest Zentor Inc.", "D acquisition ->Zentor Inc from Brixel Corp"),
        ("Zentor Inc was acquired by Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc agreed to be bought by Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp's acquisition of Zentor Inc is expected to close in May.", "D acquisition Brixel Corp>Zentor Inc"),
        ("The acquisition of Zentor Inc by Brixel Corp is expected to close in May.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it is in talks to acquire Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp may buy Zentor Inc, sources said.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp agreed to merge with Zentor Inc.", "D merger Brixel Corp>Zentor Inc"),
        ("Brixel Corp and Zentor Inc agreed to merge.", "D merger Brixel Corp>Zentor Inc"),
        ("Brixel Corp bought a 20 pct stake in Zentor Inc from Quorra Inc.", "D stake Brixel Corp>Zentor Inc from Quorra Inc 20.0"),
        ("Brixel Corp purchased 500,000 shares of Zentor Inc.", "D stake Brixel Corp>Zentor Inc"),
        ("Brixel Corp agreed to acquire the remaining 49 pct of Zentor Inc it does not already own.", "D Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it will acquire Zentor Inc in a stock swap.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc said it agreed to sell itself to Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc agreed to a takeover by Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc accepted a takeover offer from Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp completed its purchase of Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it acquired all the outstanding shares of Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it will buy Zentor Inc from Quorra Inc.", "D acquisition Brixel Corp>Zentor Inc from Quorra Inc"),
        ("Quorra Inc said it sold Zentor Inc to Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc from Quorra Inc"),
        ("Quorra Inc agreed to sell its 40 pct stake in Zentor Inc to Brixel Corp.", "D stake Brixel Corp>Zentor Inc from Quorra Inc 40.0"),
        ("Brixel Corp will pay 4bn dollars for Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc will become part of Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said the Zentor Inc deal would close in June.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp's proposed takeover of Zentor Inc has drawn criticism.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it has acquired Zentor Inc, a maker of valves.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp agreed in principle to acquire Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp signed a letter of intent to acquire Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp signed a definitive agreement to acquire Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it has received regulatory approval for its acquisition of Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp is the target of a takeover bid by Zentor Inc.", "D acquisition Zentor Inc>Brixel Corp"),
        ("Zentor Inc agreed to be taken over by Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp has bought Zentor Inc's Quorra Inc unit.", "D acquisition Brixel Corp>Quorra Inc from Zentor Inc"),
        ("Brixel Corp acquired the Zentor Inc unit of Quorra Inc.", "D acquisition Brixel Corp>Zentor Inc from Quorra Inc"),
        ("Brixel Corp said its subsidiary Zentor Inc acquired Quorra Inc.", "D acquisition Zentor Inc>Quorra Inc"),
        ("Brixel Corp said its subsidiary Zentor Inc acquired Quorra Inc.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp agreed to buy a majority stake in Zentor Inc.", "D stake Brixel Corp>Zentor Inc"),
        ("Brixel Corp holds 5.1 pct of Zentor Inc.", "S Brixel Corp>Zentor Inc 5.1"),
        ("Brixel Corp has a 12 pct interest in Zentor Inc.", "S Brixel Corp>Zentor Inc 12.0"),
        ("Brixel Corp owns a stake of 15 pct in Zentor Inc.", "S Brixel Corp>Zentor Inc 15.0"),
        ("Zentor Inc is majority-owned by Brixel Corp.", "S Brixel Corp>Zentor Inc -"),
        ("Zentor Inc is a majority-owned subsidiary of Brixel Corp.", "S Brixel Corp>Zentor Inc -"),
        ("Zentor Inc, a wholly owned subsidiary of Brixel Corp, said sales rose.", "S Brixel Corp>Zentor Inc"),
        ("Zentor Inc's parent company, Brixel Corp, said sales rose.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp, the parent company of Zentor Inc, said sales rose.", "S Brixel Corp>Zentor Inc -"),
        ("Zentor Inc is controlled by Brixel Corp.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp, Zentor Inc's largest shareholder, said it would vote for the plan.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp's 30 pct stake in Zentor Inc is worth 40 mln dlrs.", "S Brixel Corp>Zentor Inc 30.0"),
        ("Zentor Inc is 80 pct owned by Brixel Corp.", "S Brixel Corp>Zentor Inc 80.0"),
        ("Brixel Corp's Zentor Inc unit said sales rose.", "S Brixel Corp>Zentor Inc -"),
        ("Zentor Inc, a Brixel Corp subsidiary, said sales rose.", "S Brixel Corp>Zentor Inc -"),
        ("Zentor Inc, a subsidiary of Brixel Corp, said sales rose.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp said its Zentor Inc subsidiary had a loss.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp owns Zentor Inc.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp now owns 45 pct of Zentor Inc.", "S Brixel Corp>Zentor Inc 45.0"),
        ("Brixel Corp has a 50 pct stake in Zentor Inc, with Quorra Inc holding the rest.", "S Brixel Corp>Zentor Inc 50.0"),
        ("Brixel Corp said sales rose. It holds 10 pct of Zentor Inc.", "S Brixel Corp>Zentor Inc 10.0"),
        ("Brixel Corp said sales rose. The company owns 20 pct of Zentor Inc.", "S Brixel Corp>Zentor Inc 20.0"),
        ("Brixel Corp said it now holds 9.5 pct of Zentor Inc's common stock.", "S Brixel Corp>Zentor Inc 9.5"),
        ("Brixel Corp said it has acquired 9.5 pct of Zentor Inc's common stock.", "D stake Brixel Corp>Zentor Inc"),
        ("Zentor Inc is part of the Brixel Corp group.", "S Brixel Corp>Zentor Inc -"),
        ("Zentor Inc, a 50-50 joint venture between Brixel Corp and Quorra Inc, said sales rose.", "S Brixel Corp>Zentor Inc 50.0"),
        ("Brixel Corp and Quorra Inc each own 50 pct of Zentor Inc.", "S Quorra Inc>Zentor Inc 50.0"),
        ("Brixel Corp said it had reduced its holding in Zentor Inc to 4.5 pct.", "S Brixel Corp>Zentor Inc 4.5"),
        ("Brixel Corp said it lowered its stake in Zentor Inc to 8 pct from 10 pct.", "S Brixel Corp>Zentor Inc 8.0"),
        ("Shareholders of Zentor Inc approved the merger with Brixel Corp.", "D merger Zentor Inc>Brixel Corp"),
        ("Brixel Corp's merger with Zentor Inc was completed on Friday.", "D merger Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it agreed to acquire Zentor Inc, a unit of Quorra Inc, for 50 mln dlrs.", "D acquisition Brixel Corp>Zentor Inc from Quorra Inc"),
        ("Brixel Corp plans to sell Zentor Inc.", "D acquisition ->Zentor Inc from Brixel Corp"),
        ("Brixel Corp put Zentor Inc up for sale.", "D acquisition ->Zentor Inc from Brixel Corp"),
        ("Brixel Corp said it is seeking a buyer for Zentor Inc.", "D acquisition ->Zentor Inc from Brixel Corp"),
        ("Brixel Corp has acquired control of Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp has taken a controlling stake in Zentor Inc.", "D stake Brixel Corp>Zentor Inc"),
        ("Brixel Corp became Zentor Inc's largest shareholder with 25 pct.", "S Brixel Corp>Zentor Inc 25.0"),
        ("Brixel Corp bought out Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc has been acquired by Brixel Corp for 120 mln dlrs in cash.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it would acquire Zentor Inc through its Quorra Inc subsidiary.", "D Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it owns 1,200,000 Zentor Inc shares, or 6.1 pct of the total outstanding.", "S Brixel Corp>Zentor Inc 6.1"),
        ("Brixel Corp said it and its affiliates hold 7.2 pct of Zentor Inc.", "S Brixel Corp>Zentor Inc 7.2"),
        ("A group led by Brixel Corp said it holds 7.2 pct of Zentor Inc.", "S Brixel Corp>Zentor Inc 7.2"),
        ("Brixel Corp's bid to buy Zentor Inc failed.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it was considering selling its stake in Zentor Inc.", "S Brixel Corp>Zentor Inc"),
        ("Brixel Corp is seeking to acquire Zentor Inc.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it would sell Zentor Inc to its management.", "D acquisition ->Zentor Inc from Brixel Corp"),
        ("Zentor Inc said it will be acquired by Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc said Brixel Corp has offered to buy it for 20 dlrs a share.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc said it received a proposal from Brixel Corp to acquire the company.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc agreed to a merger with Brixel Corp.", "D merger Zentor Inc>Brixel Corp"),
        ("Brixel Corp, which owns 30 pct of Zentor Inc's shares, said sales rose.", "S Brixel Corp>Zentor Inc 30.0"),
        ("Zentor Inc said Brixel Corp holds 12 pct of its shares.", "S Brixel Corp>Zentor Inc 12.0"),
        ("Zentor Inc said Brixel Corp had acquired 12 pct of its shares.", "D stake Brixel Corp>Zentor Inc"),
        ("Brixel Corp said Zentor Inc will become a wholly owned subsidiary.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc will become a unit of Brixel Corp.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp is Zentor Inc's parent.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp is the parent of Zentor Inc.", "S Brixel Corp>Zentor Inc -"),
        ("Zentor Inc's majority owner, Brixel Corp, said sales rose.", "S Brixel Corp>Zentor Inc -"),
        ("Brixel Corp said its stake in Zentor Inc is 20 pct.", "S Brixel Corp>Zentor Inc 20.0"),
        ("Brixel Corp has a 20 pct shareholding in Zentor Inc.", "S Brixel Corp>Zentor Inc 20.0"),
        ("Brixel Corp is a 20 pct shareholder in Zentor Inc.", "S Brixel Corp>Zentor Inc 20.0"),
        ("Brixel Corp, a 20 pct shareholder in Zentor Inc, said sales rose.", "S Brixel Corp>Zentor Inc 20.0"),
        ("Brixel Corp's holding in Zentor Inc is 20 pct.", "S Brixel Corp>Zentor Inc 20.0"),
        ("Brixel Corp will acquire Zentor Inc under the agreement.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Zentor Inc shareholders will receive 20 dlrs a share from Brixel Corp under the merger.", "D Brixel Corp>Zentor Inc"),
        ("Brixel Corp said the purchase of Zentor Inc was completed.", "D acquisition Brixel Corp>Zentor Inc"),
        ("Brixel Corp said it sold its 51 pct interest in Zentor Inc to Quorra Inc.", "D stake Quorra Inc>Zentor Inc from Brixel Corp 51.0"),
        ("Brixel Corp said it sold Zentor Inc, its oil unit, to Quorra Inc.", "D acquisition Quorra Inc>Zentor Inc from Brixel Corp"),
        ("Brixel Corp sold Zentor Inc for 50 mln dlrs.", "D acquisition ->Zentor Inc from Brixel Corp"),
        ("Brixel Corp sold Zentor Inc for 50 mln dlrs.", "S !Brixel Corp>Zentor Inc"),
        ("Brixel Corp has agreed to buy Zentor Inc. The deal values Zentor at 20 mln dlrs.", "D acquisition Brixel Corp>Zentor Inc"),
    ]

    /// Rows the rules do not read yet (see the CHANGELOG's "Next"); the enrel17 rules read the last ones.
    static let knownGaps: Set<String> = []

    /// Whether the facts of a row's sentence hold what the row expects.
    static func holds(_ text: String, _ expected: String) -> Bool {
        let found = DealFixture.facts(
            "Headline\n\n" + text, .english, companies: ["Brixel Corp", "Zentor Inc", "Quorra Inc", "Vandor Corp"], aliases: ["Zentor": "Zentor Inc"],
            date: "1987-03-01")
        let deals = found.deals.map(\.summary)
        let stakes = found.stakes.map(\.summary)
        let want = String(expected.dropFirst(2))
        if expected.hasPrefix("D "), let arrow = want.range(of: "->") {
            // "acquisition ->X from Y": a sale of X by Y, whoever buys.
            let kind = want[..<arrow.lowerBound]
            let rest = want[arrow.upperBound...]
            return deals.contains { $0.hasPrefix(kind) && $0.contains(">" + rest) }
        }
        if expected.hasPrefix("D ") { return deals.contains { $0.contains(want) } }
        if want.hasPrefix("!") { return !stakes.contains { $0.hasPrefix(want.dropFirst()) } }
        return stakes.contains { $0.hasPrefix(want) }
    }

    @Test func everyRowOutsideTheKnownGapsHolds() {
        for (text, expected) in Self.rows where !Self.knownGaps.contains(text) {
            #expect(Self.holds(text, expected), "\(text) -> \(expected)")
        }
    }

    @Test func theKnownGapsStillFail() {
        for (text, expected) in Self.rows where Self.knownGaps.contains(text) {
            withKnownIssue("\(text) is a known gap") {
                #expect(Self.holds(text, expected), "\(text) -> \(expected)")
            }
        }
    }
}
