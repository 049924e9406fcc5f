import Foundation
import Geometry
import Localization

/// How dates and numbers read on customer-facing documents: one format each in the document's language, whatever was typed.
public enum CustomerFormat {
    /// An ISO 8601 day (`2026-01-15`) written out with the month's name, `15 January 2026` in English (`15. Januar 2026`,
    /// `2026年1月15日`), which no reader can take for another day; nil for anything else, a day that does not exist included.
    public static func date(_ iso: String, in strings: Strings) throws -> String? {
        let parts = iso.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard DateComponents(year: year, month: month, day: day).isValidDate(in: calendar) else { return nil }
        return try strings.writtenDate(year: year, month: month, day: day)
    }

    /// The values of one row in one format: plain numbers get the language's digit grouping and the row's largest number of
    /// decimals, ISO days read as dates, anything else prints as given.
    ///
    /// Numbers are read as typed on the command line or in a job file, the same in every language: `.` before the decimals,
    /// optionally `,` between thousands (`1,240.50`).
    public static func row(_ values: [String], in strings: Strings) throws -> [String] {
        let numbers = values.map(number)
        let decimals = numbers.compactMap { $0?.decimals }.max() ?? 0
        return try zip(values, numbers).map { value, parsed in
            if let parsed { return strings.grouped(parsed.value, fractionDigits: decimals) }
            return try date(value, in: strings) ?? value.trimmingWhitespace()
        }
    }

    /// A plain decimal number (`1240`, `-3.5`, `1,240.00`), with the decimals it was given; nil for anything else.
    static func number(_ text: String) -> (value: Decimal, decimals: Int)? {
        let trimmed = text.trimmingWhitespace()
        let pattern = #"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"#
        guard trimmed.range(of: pattern, options: .regularExpression) != nil,
              let value = Decimal(string: trimmed.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let decimals = trimmed.split(separator: ".").dropFirst().first?.count ?? 0
        return (value, decimals)
    }
}
