import Documents
import Foundation
import Geometry

/// A calendar date as a quote gives it: ISO 8601 `YYYY-MM-DD`, or `today`.
public enum QuoteDate: Equatable, Sendable, Codable, CustomStringConvertible {
    /// A fixed day.
    case day(year: Int, month: Int, day: Int)
    /// The day the job runs (with SOURCE_DATE_EPOCH set, that instant's day in UTC).
    case today

    /// Reads `YYYY-MM-DD` (a real day of the Gregorian calendar) or `today`.
    public init(parsing text: String, field: JobField) throws(DocumentError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.lowercased() == "today" { self = .today; return }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              Self.isRealDay(year: year, month: month, day: day) else {
            throw DocumentError.malformed(field, value: text, expected: "a date as YYYY-MM-DD (ISO 8601) or today")
        }
        self = .day(year: year, month: month, day: day)
    }

    private static func isRealDay(year: Int, month: Int, day: Int) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard (1...12).contains(month), day >= 1, let date = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let days = calendar.range(of: .day, in: .month, for: date) else { return false }
        return days.contains(day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = try QuoteDate(parsing: container.decode(String.self), field: .date)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `YYYY-MM-DD` or `today`.
    public var description: String {
        switch self {
        case .today: "today"
        case .day(let y, let m, let d): String(format: "%04d-%02d-%02d", y, m, d)
        }
    }

    /// The day itself: `today` resolved with `QuoteHeader.today`, which honours SOURCE_DATE_EPOCH.
    public func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        switch self {
        case .today: QuoteHeader.today(environment: environment)
        case .day: description
        }
    }
}
