import Foundation
import Geometry
import Localization

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

    /// Whether the row is a total: its label starts with one of the sheet language's total words (`compare.summary.total-labels`,
    /// e.g. "Total", "Subtotal"; "Gesamt", "Zwischensumme"), ignoring case and accents, followed by nothing or a non-letter ("Total (USD)").
    /// A word list per language rather than "the last row", so a trailing "Lead time" row is not set as a total.
    public func isTotal(in strings: Strings) throws -> Bool {
        let words = try strings.text(.compareTotalLabels).split(separator: ",").map { Self.folded(String($0).trimmingWhitespace()) }
        let label = Self.folded(label.trimmingWhitespace())
        return words.contains { word in
            guard !word.isEmpty, label.hasPrefix(word) else { return false }
            guard let next = label.dropFirst(word.count).first else { return true }
            return !next.isLetter
        }
    }

    /// Text folded for matching: lower case, without accents.
    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
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
