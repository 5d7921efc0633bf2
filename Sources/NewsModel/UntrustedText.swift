/// Removes what must never reach a terminal from text that came from an article or a feed.
public enum UntrustedText {
    /// The text without C0/C1 control characters, escape sequences (CSI, OSC, DCS, …) and bidi
    /// overrides. Tabs and line breaks become spaces; everything printable is kept.
    ///
    /// `UntrustedText.sanitized("a\u{1B}]0;title\u{07}b")` is `"ab"`.
    public static func sanitized(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            index += 1
            switch value {
            case 0x1B:  // ESC: drop the whole sequence
                guard index < scalars.count else { break }
                let introducer = scalars[index].value
                index += 1
                switch introducer {
                case 0x5B: index = endOfControlSequence(scalars, from: index)
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: index = endOfControlString(scalars, from: index)
                default: break  // a two-character escape such as ESC c or ESC 7
                }
            case 0x9B:
                index = endOfControlSequence(scalars, from: index)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                index = endOfControlString(scalars, from: index)
            case 0x09, 0x0A, 0x0D:
                output.append(" ")
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                output.append(scalars[index - 1])
            }
        }
        return String(output)
    }

    /// Skips CSI parameters up to and including the final byte (0x40–0x7E).
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            index += 1
            if (0x40...0x7E).contains(value) { break }
        }
        return index
    }

    /// Skips an OSC/DCS/APC string up to and including BEL, ST (0x9C) or ESC \.
    private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            index += 1
            if value == 0x07 || value == 0x9C { break }
            if value == 0x1B {
                if index < scalars.count, scalars[index].value == 0x5C { index += 1 }
                break
            }
        }
        return index
    }
}
