import TestSupport
import Testing
import Foundation

@Suite struct FixtureTests {
    @Test func seedFileIsBesideTheRepository() {
        #expect(FileManager.default.fileExists(atPath: Fixtures.seedFile.path))
    }
}
