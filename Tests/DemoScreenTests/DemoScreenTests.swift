import BrowserCore
import Testing

/// Golden screens of every screen at 120x40 and 80x24, on the real demo corpus ingested with the
/// real extractor. Re-record after an intended change with
/// `RECORD_SNAPSHOTS=1 swift test --filter DemoScreen`.
@Suite struct DemoScreenTests {
    /// The two sizes the issue asks for: a wide terminal (list and detail side by side) and 80x24.
    static let sizes: [(rows: Int, columns: Int)] = [(40, 120), (24, 80)]

    @Test(arguments: DemoScreen.allCases)
    func screen(_ screen: DemoScreen) throws {
        for size in Self.sizes {
            let session = try BrowserSession.demo(rows: size.rows, columns: size.columns)
            #expect(screen.drive(session), "\(screen.rawValue): a row the screen needs is missing")
            #expect(!session.isFinished)
            SnapshotAssertion.check(session.grid, "\(screen.rawValue)-\(size.columns)x\(size.rows)")
        }
    }

    @Test(arguments: DemoScreen.allCases)
    func sameKeysDrawTheSameScreen(_ screen: DemoScreen) throws {
        let first = try BrowserSession.demo(rows: 24, columns: 80)
        let second = try BrowserSession.demo(rows: 24, columns: 80)
        screen.drive(first)
        screen.drive(second)
        #expect(SnapshotAssertion.text(of: first.grid) == SnapshotAssertion.text(of: second.grid))
    }
}
