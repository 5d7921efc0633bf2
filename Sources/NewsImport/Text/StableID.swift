/// Safe, stable article ids for sources that give none: a prefix and an FNV-1a 64 hash.
enum StableID {
    /// `prefix` + "-" + 16 hex digits of the hash of `key`, e.g. `feed-3f2a…`.
    static func make(prefix: String, key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return safe(prefix) + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Letters, digits, ".", "_" and "-" kept; anything else becomes "_".
    static func safe(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let allowed = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || value == 0x2E || value == 0x5F || value == 0x2D
            return allowed ? Character(scalar) : "_"
        })
    }
}
