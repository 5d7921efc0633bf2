/// Why one record could not be read, as a phrase for an ``ImportError`` message.
struct ReadProblem: Error, Hashable {
    var detail: String

    init(_ detail: String) { self.detail = detail }
}
