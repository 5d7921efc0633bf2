import Dispatch
import Foundation
import GRDB

/// Copies the WAL back into a file database on a background thread, through a connection of its
/// own, so that the thread that writes articles never does it.
///
/// SQLite's automatic checkpoint runs inside the commit that fills the WAL: during ingest it
/// wrote and synced the database file on the writing thread, the one every other thread waits
/// for. Here the writer's automatic checkpoint is off; after each save ``request()`` starts a
/// PASSIVE checkpoint (it never blocks the writer or readers) unless one is running. Whatever is
/// left is checkpointed when the last connection closes.
final class BackgroundCheckpointer: @unchecked Sendable {
    private let connection: DatabaseQueue
    private let queue = DispatchQueue(label: "newsbrowse.checkpoint", qos: .utility)
    private let lock = NSLock()
    private var running = false

    /// Opens a connection to the database at `path` for checkpoints only.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.label = "newsbrowse.checkpoint"
        configuration.busyMode = .timeout(1)
        connection = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Starts a checkpoint in the background unless one is running.
    func request() {
        let start = lock.withLock {
            if running { return false }
            running = true
            return true
        }
        guard start else { return }
        queue.async { [self] in
            // A failed checkpoint (another process holds the checkpoint lock) is retried after the
            // next save; the WAL keeps every change safe meanwhile.
            _ = try? connection.inDatabase { db in try db.checkpoint(.passive) }
            lock.withLock { running = false }
        }
    }
}
