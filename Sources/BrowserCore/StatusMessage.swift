/// A message in the status bar until the next key.
public struct StatusMessage: Sendable, Hashable {
    /// The full sentence shown.
    public var text: String
    /// Whether it reports an error.
    public var isError: Bool

    /// Creates a message.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
