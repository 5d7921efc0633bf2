/// A failure of the benchmark, with a message naming the file or thing in quotes.
struct BenchError: Error, CustomStringConvertible {
    /// The full-sentence message.
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
