/// One thing wrong with a catalog or palette file, located as precisely as the file allows.
public struct CatalogProblem: Hashable, Sendable, CustomStringConvertible {
    /// The offending value as it appeared in the file.
    public enum Value: Hashable, Sendable, CustomStringConvertible {
        /// A text value, shown quoted.
        case text(String)
        /// A number, shown bare.
        case number(Int)

        /// The value quoted as text or bare as a number, e.g. 'Blak' or 11.
        public var description: String {
            switch self {
            case .text(let text): "'\(text)'"
            case .number(let number): String(number)
            }
        }
    }

    /// The file's last path component, e.g. "flying-leads.yaml".
    public var file: String
    /// The 1-based line in the file, when the problem has one.
    public var line: Int?
    /// The id of the series concerned, if any.
    public var series: String?
    /// The position of the lead concerned, if any.
    public var lead: Int?
    /// The id of the group concerned, if any.
    public var group: String?
    /// The YAML field concerned, e.g. "color".
    public var field: String?
    /// What is wrong, in a few words.
    public var message: String
    /// The offending value, if there is one to show.
    public var value: Value?

    /// Creates a problem.
    public init(file: String, line: Int? = nil, series: String? = nil, lead: Int? = nil, group: String? = nil,
                field: String? = nil, message: String, value: Value? = nil) {
        self.file = file
        self.line = line
        self.series = series
        self.lead = lead
        self.group = group
        self.field = field
        self.message = message
        self.value = value
    }

    /// One line: `file:line: series X, lead N, field: message (value)`, leaving out parts that do not apply.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        var scope: [String] = []
        if let series { scope.append("series \(series)") }
        if let lead { scope.append("lead \(lead)") }
        if let group { scope.append("group \(group)") }
        if let field { scope.append(field) }
        var text = location + ": "
        if !scope.isEmpty { text += scope.joined(separator: ", ") + ": " }
        text += message
        if let value { text += " (\(value))" }
        return text
    }
}
