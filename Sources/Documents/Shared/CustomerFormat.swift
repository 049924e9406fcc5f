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
    /// Numbers are read as typed on the command line or in a job file: `.` before the decimals, optionally `,` between
    /// thousands (`1,240.50`), or in the sheet's own language (`1 240,50` on a French sheet, `1.240,50` on a German one).
    /// A value that looks like a number but is in neither form, or could be read both ways (`1.240` on a German sheet),
    /// is an error naming it, never printed as typed beside numbers in the sheet's format.
    public static func row(_ values: [String], in strings: Strings) throws -> [String] {
        let numbers = try values.map { try number($0, in: strings) }
        let decimals = numbers.compactMap { $0?.decimals }.max() ?? 0
        return try zip(values, numbers).map { value, parsed in
            if let parsed { return strings.grouped(parsed.value, fractionDigits: decimals) }
            return try date(value, in: strings) ?? value.trimmingWhitespace()
        }
    }

    /// A number typed in either accepted form (see `row`); nil for text that is not a number.
    static func number(_ text: String, in strings: Strings) throws -> (value: Decimal, decimals: Int)? {
        let trimmed = text.trimmingWhitespace()
        let commaDecimal = strings.language.locale.decimalSeparator == ","
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        let spaced = trimmed.contains { spaces.contains($0) }
        func local() -> (value: Decimal, decimals: Int)? {
            // Grouping by spaces, or by dots where the decimals follow a comma; never both dots and spaces.
            let grouped = trimmed.filter { !spaces.contains($0) }
            let pattern = spaced ? #"^-?\d{1,3}( \d{3})+(,\d+)?$"# : #"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$"#
            let normalized = String(trimmed.map { spaces.contains($0) ? " " : $0 })
            guard normalized.range(of: pattern, options: .regularExpression) != nil else { return nil }
            return plain(grouped.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))
        }
        if commaDecimal {
            if trimmed.contains(",") && !trimmed.contains(".") || spaced { if let found = local() { return found } }
            // `1.240` reads as 1.24 typed the documented way and as 1240 in German: neither guess is safe.
            if !trimmed.contains(","), trimmed.range(of: #"^-?\d{1,3}(\.\d{3})+$"#, options: .regularExpression) != nil {
                throw DocumentError.malformed(.rows, value: trimmed, expected: "a number that reads one way: \(example(strings)) (\(trimmed) could be a decimal or a thousands group)")
            }
            if let found = number(trimmed) ?? local() { return found }
        } else if let found = number(spaced ? String(trimmed.filter { !spaces.contains($0) }) : trimmed),
                  !spaced || trimmed.range(of: #"^-?\d{1,3}([ \x{00A0}\x{202F}]\d{3})+(\.\d+)?$"#, options: .regularExpression) != nil {
            return found
        }
        if trimmed.range(of: #"^-?\d[\d.,' \x{00A0}\x{202F}]*\d$"#, options: .regularExpression) != nil {
            throw DocumentError.malformed(.rows, value: trimmed, expected: "a number written \(example(strings))")
        }
        return nil
    }

    /// The two forms a number may be typed in on a sheet in this language.
    private static func example(_ strings: Strings) -> String {
        let local = strings.grouped(Decimal(string: "1240.5", locale: Locale(identifier: "en_US_POSIX"))!, fractionDigits: 2)
        return local == "1,240.50" ? "1240.50 or 1,240.50" : "1240.50 or as the sheet writes it, \(local)"
    }

    /// A plain decimal number (`1240`, `-3.5`, `1,240.00`), with the decimals it was given; nil for anything else.
    static func number(_ text: String) -> (value: Decimal, decimals: Int)? {
        let trimmed = text.trimmingWhitespace()
        let pattern = #"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"#
        guard trimmed.range(of: pattern, options: .regularExpression) != nil else { return nil }
        return plain(trimmed.replacingOccurrences(of: ",", with: ""))
    }

    /// `-1240.50` read exactly, with its count of decimals.
    private static func plain(_ text: String) -> (value: Decimal, decimals: Int)? {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return (value, text.split(separator: ".").dropFirst().first?.count ?? 0)
    }
}
