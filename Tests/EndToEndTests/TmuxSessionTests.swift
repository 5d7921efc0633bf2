import Foundation
import Testing

@Suite(.serialized) struct TmuxSessionTests {
    @Test func drivesAProgramInAPrivateServer() throws {
        let session = try TmuxSession(command: "printf 'ready\\n'; read line; echo \"got:$line\"; sleep 30", rows: 10, columns: 40)
        try session.waitFor(text: "ready")
        try session.send("hello", literal: true)
        try session.send("Enter")
        let screen = try session.waitFor(text: "got:hello")
        #expect(screen.contains("got:hello"))
    }

    @Test func builtExecutableIsBesideTheTests() {
        #expect(FileManager.default.isExecutableFile(atPath: BuiltProducts.newsbrowse.path))
    }
}
