import Foundation
import Geometry
import Localization

/// The quote details printed at the top of every page of a comparison sheet; absent fields print nothing, not even a label.
public struct QuoteHeader: Sendable, Equatable {
    /// The customer the quote is for.
    public var customer: String?
    /// The quote number.
    public var quoteNumber: String?
    /// The date printed on the sheet.
    public var date: String?
    /// Who prepared the quote.
    public var preparedBy: String?
    /// The last day the quote holds.
    public var validUntil: String?

    /// Creates a header; blank values count as absent.
    public init(customer: String? = nil, quoteNumber: String? = nil, date: String? = nil, preparedBy: String? = nil, validUntil: String? = nil) {
        self.customer = customer
        self.quoteNumber = quoteNumber
        self.date = date
        self.preparedBy = preparedBy
        self.validUntil = validUntil
    }

    /// The fields to print, as label and value, in reading order; blank or absent ones are left out. A value that is an ISO day
    /// reads as the customer's date (`15 January 2026`, `15. Januar 2026`); ISO dates inside other values are written in the language's form.
    public func fields(in strings: Strings) throws -> [(label: String, value: String)] {
        let all: [(StringKey, String?)] = [(.fieldCustomer, customer), (.fieldQuoteNumber, quoteNumber), (.fieldDate, date),
                                           (.fieldPreparedBy, preparedBy), (.fieldValidUntil, validUntil)]
        return try all.compactMap { key, value in
            guard let value = value?.trimmingWhitespaceAndNewlines(), !value.isEmpty else { return nil }
            return (try strings.text(key), try CustomerFormat.date(value, in: strings) ?? strings.localizingDates(in: value))
        }
    }

    /// Today's date as YYYY-MM-DD; with `SOURCE_DATE_EPOCH` set, that instant in UTC, so reruns print the same date.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        var instant = now
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0.trimmingWhitespace()) }) {
            instant = Date(timeIntervalSince1970: TimeInterval(epoch))
            calendar.timeZone = TimeZone(identifier: "UTC")!
        } else {
            calendar.timeZone = TimeZone.current
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
