/// Trimming of Foundation's `whitespaces` and `whitespacesAndNewlines` sets without going through `NSString`.
///
/// `trimmingCharacters(in:)` bridges to `NSString` and copies through UTF-16 on Linux: about 12,000 instructions
/// per call, and the bundled resources alone made 390 calls at every start. These match Foundation's sets
/// scalar for scalar (a test checks every Unicode scalar against them).
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Foundation's `CharacterSet.whitespaces`).
    public func trimmingWhitespace() -> String {
        trimmed(where: Self.isWhitespace)
    }

    /// The text without leading and trailing spaces, tabs and line breaks (Foundation's `CharacterSet.whitespacesAndNewlines`).
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmed(where: { Self.isWhitespace($0) || Self.isNewline($0) })
    }

    private func trimmed(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        // Scalar indices are UTF-8 positions: copying the bytes between them keeps a combining mark that follows a
        // trimmed space (String's own subscript would round to the whole character and keep the space too).
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }

    /// Space separators (Unicode category Zs), the tab and the zero-width space: Foundation's definition of whitespace.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }

    /// U+000A to U+000D, NEL, and the line and paragraph separators: Foundation's definition of a newline.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
