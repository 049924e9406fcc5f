import Geometry

/// A row the sales person adds under the capabilities, such as "Unit price" or "Lead time": a label and one value per series, in column order.
public struct QuoteRow: Sendable, Equatable, Codable {
    /// The row's label.
    public var label: String
    /// One value per series, printed as given except that plain numbers and ISO dates get the sheet's one format.
    public var values: [String]

    /// Creates a row.
    public init(label: String, values: [String]) { self.label = label; self.values = values }

    /// Reads `LABEL=VALUE;VALUE;…` (values split at semicolons, since prices use commas).
    public init(parsing text: String) throws(DocumentError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw DocumentError.malformed(.rows, value: text, expected: "a row as LABEL=VALUE;VALUE (one value per series)")
        }
        self.init(label: String(text[..<equals]).trimmingWhitespace(),
                  values: text[text.index(after: equals)...].split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() })
        try validate()
    }

    /// The row as `LABEL=VALUE;VALUE`.
    public var commandLineText: String { "\(label)=\(values.joined(separator: ";"))" }

    /// Checks that the label and every value have text.
    public func validate() throws(DocumentError) {
        guard !label.trimmingWhitespace().isEmpty else {
            throw DocumentError.malformed(.rows, value: commandLineText, expected: "a row with a label (it is empty)")
        }
        guard !values.isEmpty, values.allSatisfy({ !$0.trimmingWhitespace().isEmpty }) else {
            throw DocumentError.malformed(.rows, value: commandLineText, expected: "a row with a value for every series (one is empty)")
        }
    }
}
