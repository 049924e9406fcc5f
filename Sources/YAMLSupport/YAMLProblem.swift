/// One thing wrong with a YAML input file, located as precisely as the file allows.
///
/// Printed on one line as `file:line: context, field: message (value)`, leaving out parts that do not apply.
public struct YAMLProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The offending value as it appeared in the file.
    public enum Value: Hashable, Sendable, CustomStringConvertible {
        /// A text value, shown quoted and shortened.
        case text(String)
        /// A whole number, shown bare.
        case number(Int)

        /// The value quoted as text or bare as a number, e.g. 'Blak' or 11; long or multi-line text is shortened.
        public var description: String {
            switch self {
            case .text(let text): "'\(YAMLProblem.shortened(text))'"
            case .number(let number): String(number)
            }
        }
    }

    /// The file name as the user should see it, e.g. "flying-leads.yaml".
    public var file: String
    /// The 1-based line in the file, when the problem has one.
    public var line: Int?
    /// Where above the field level, e.g. "series PRO, lead 9"; nil at the top of the file.
    public var context: String?
    /// The YAML field concerned, e.g. "color" or "grid.columns".
    public var field: String?
    /// What is wrong, in a few words.
    public var message: String
    /// The offending value, if there is one to show.
    public var value: Value?

    /// Creates a problem.
    public init(file: String, line: Int? = nil, context: String? = nil, field: String? = nil, message: String,
                value: Value? = nil) {
        self.file = file
        self.line = line
        self.context = context
        self.field = field
        self.message = message
        self.value = value
    }

    /// One line: `file:line: context, field: message (value)`.
    public var description: String {
        var text = Self.shortened(file, limit: 200)
        if let line { text += ":\(line)" }
        text += ": "
        let scope = [context, field].compactMap { $0 }.filter { !$0.isEmpty }.map { Self.shortened($0) }
        if !scope.isEmpty { text += scope.joined(separator: ", ") + ": " }
        text += Self.shortened(message, limit: 400)
        if let value { text += " (\(value))" }
        return text
    }

    /// The text on one line and at most `limit` characters: line breaks and other control characters are
    /// written as escapes, and the middle of a long value is replaced by an ellipsis.
    public static func shortened(_ text: String, limit: Int = 60) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                    && !["\u{200D}", "\u{200C}"].contains(scalar) {
                    escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        guard escaped.count > limit else { return escaped }
        let keep = max(limit - 1, 2)
        return String(escaped.prefix(keep - keep / 3)) + "…" + String(escaped.suffix(keep / 3))
    }
}
