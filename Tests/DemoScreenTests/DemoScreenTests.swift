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

/// The screens stay sound off the two golden sizes and do not depend on how the ingest ran.
@Suite struct DemoScreenRobustnessTests {
    /// A second, independent ingest of the demo (extraction runs in parallel batches) draws
    /// exactly the same screens, so the goldens cannot flicker between runs.
    @Test func aSecondIngestDrawsTheSameScreens() throws {
        let again = try DemoCorpus.ingest()
        for screen in DemoScreen.allCases {
            let first = try BrowserSession.demo(rows: 40, columns: 120)
            let second = try BrowserSession.demo(rows: 40, columns: 120, store: again)
            screen.drive(first)
            screen.drive(second)
            #expect(
                SnapshotAssertion.text(of: first.grid) == SnapshotAssertion.text(of: second.grid),
                "\(screen.rawValue) differs between two ingests of the demo")
        }
    }

    /// Every screen at 20x6 and through a storm of resizes: no crash, and the grid always has the
    /// terminal's size.
    @Test(arguments: DemoScreen.allCases)
    func tinyTerminalsAndResizeStorms(_ screen: DemoScreen) throws {
        let session = try BrowserSession.demo(rows: 6, columns: 20)
        screen.drive(session)
        #expect(session.grid.rows == 6 && session.grid.columns == 20)
        let sizes = [(24, 80), (1, 1), (40, 120), (3, 10), (6, 20), (50, 200), (24, 80)]
        for (rows, columns) in sizes {
            session.resize(rows: rows, columns: columns)
            let grid = session.grid
            #expect(grid.rows == rows && grid.columns == columns, "\(screen.rawValue) at \(columns)x\(rows)")
            #expect(grid.lines.count == rows)
        }
        #expect(!session.isFinished)
    }
}
