import Foundation

/// How dates and numbers read on customer-facing documents: one format each, whatever was typed.
public enum CustomerFormat {
    /// Month names, January first.
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// An ISO 8601 day (`2026-01-15`) as `15 January 2026`, which no reader can take for another day; nil for anything else.
    public static func date(_ iso: String) -> String? {
        let parts = iso.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// The values of one row in one format: plain numbers get thousands separators and the row's largest number of decimals,
    /// ISO days read as dates, anything else prints as given.
    public static func row(_ values: [String]) -> [String] {
        let numbers = values.map(number)
        let decimals = numbers.compactMap { $0?.decimals }.max() ?? 0
        return zip(values, numbers).map { value, parsed in
            if let parsed { return grouped(parsed.value, decimals: decimals) }
            return date(value) ?? value.trimmingCharacters(in: .whitespaces)
        }
    }

    /// A plain decimal number (`1240`, `-3.5`, `1,240.00`), with the decimals it was given; nil for anything else.
    static func number(_ text: String) -> (value: Decimal, decimals: Int)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let pattern = #"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"#
        guard trimmed.range(of: pattern, options: .regularExpression) != nil,
              let value = Decimal(string: trimmed.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let decimals = trimmed.split(separator: ".").dropFirst().first?.count ?? 0
        return (value, decimals)
    }

    /// `1234567.5` with 2 decimals as `1,234,567.50`.
    static func grouped(_ value: Decimal, decimals: Int) -> String {
        var rounded = Decimal(), source = value
        NSDecimalRound(&rounded, &source, decimals, .plain)
        let negative = rounded < 0
        let text = NSDecimalNumber(decimal: negative ? -rounded : rounded).stringValue
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var groups: [String] = []
        while whole.count > 3 { groups.insert(String(whole.suffix(3)), at: 0); whole.removeLast(3) }
        groups.insert(whole, at: 0)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < decimals { fraction += "0" }
        return (negative ? "−" : "") + groups.joined(separator: ",") + (decimals > 0 ? "." + fraction : "")
    }
}
