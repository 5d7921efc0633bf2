/// Finds where JSON text goes wrong, for an error message a person can act on. Used only after
/// the JSON parser has refused the text.
enum JSONSyntaxCheck {
    /// "unexpected end of data", "unexpected character 'x' at column 12", or a generic reason.
    static func problem(in bytes: [UInt8]) -> String {
        var scanner = Scanner(bytes: bytes)
        do {
            scanner.skipSpace()
            try scanner.value()
            scanner.skipSpace()
            if scanner.index < bytes.count { return scanner.unexpected() }
            return "the text is not valid UTF-8"
        } catch ScanError.end {
            return "unexpected end of data"
        } catch {
            return scanner.unexpected()
        }
    }

    private enum ScanError: Error { case end, unexpected }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func unexpected() -> String {
            guard index < bytes.count else { return "unexpected end of data" }
            let byte = bytes[index]
            let shown = (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
            return "unexpected character \(shown) at column \(index + 1)"
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        func peek() throws -> UInt8 {
            guard index < bytes.count else { throw ScanError.end }
            return bytes[index]
        }

        mutating func value() throws {
            switch try peek() {
            case UInt8(ascii: "{"): try container(close: UInt8(ascii: "}"), keyed: true)
            case UInt8(ascii: "["): try container(close: UInt8(ascii: "]"), keyed: false)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw ScanError.unexpected
            }
        }

        mutating func container(close: UInt8, keyed: Bool) throws {
            index += 1
            skipSpace()
            if try peek() == close {
                index += 1
                return
            }
            while true {
                skipSpace()
                if keyed {
                    guard try peek() == UInt8(ascii: "\"") else { throw ScanError.unexpected }
                    try string()
                    skipSpace()
                    guard try peek() == UInt8(ascii: ":") else { throw ScanError.unexpected }
                    index += 1
                    skipSpace()
                }
                try value()
                skipSpace()
                let next = try peek()
                index += 1
                if next == close { return }
                guard next == UInt8(ascii: ",") else {
                    index -= 1
                    throw ScanError.unexpected
                }
            }
        }

        mutating func string() throws {
            index += 1
            while true {
                let byte = try peek()
                index += 1
                if byte == UInt8(ascii: "\"") { return }
                if byte == UInt8(ascii: "\\") {
                    _ = try peek()
                    index += 1
                } else if byte < 0x20 {
                    index -= 1
                    throw ScanError.unexpected
                }
            }
        }

        mutating func literal(_ word: String) throws {
            for expected in word.utf8 {
                guard try peek() == expected else { throw ScanError.unexpected }
                index += 1
            }
        }

        mutating func number() throws {
            let start = index
            while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
            if index == start { throw ScanError.unexpected }
        }
    }
}
