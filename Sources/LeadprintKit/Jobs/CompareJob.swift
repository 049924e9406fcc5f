import Documents

/// A comparison-sheet job: which series side by side, on which page, with which quote details.
public struct CompareJob: Equatable, Sendable, Codable {
    /// The series in columns; nil compares the catalog's first two.
    public var series: SeriesSelection?
    /// The page preset.
    public var page = "letter"
    /// The customer the quote is for.
    public var customer: String?
    /// The quote number.
    public var quote: String?
    /// The date printed; nil prints the SOURCE_DATE_EPOCH day when set, else no date.
    public var date: QuoteDate?
    /// Who prepared the quote.
    public var preparedBy: String?
    /// The last day the quote holds.
    public var validUntil: QuoteDate?
    /// The quote's URL, printed as a QR code.
    public var quoteURL: String?
    /// Whether the lead tables are left out.
    public var summaryOnly = false
    /// Whether rows where the series agree are left out.
    public var differencesOnly = false

    /// A job with every default: the catalog's first two series on Letter.
    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case series, page, customer, quote, date, preparedBy = "prepared-by", validUntil = "valid-until", quoteURL = "quote-url"
        case summaryOnly = "summary-only", differencesOnly = "differences-only"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        series = try c.decodeIfPresent(SeriesSelection.self, forKey: .series)
        page = try c.decodeIfPresent(String.self, forKey: .page) ?? page
        customer = try c.decodeIfPresent(String.self, forKey: .customer)
        quote = try c.decodeIfPresent(String.self, forKey: .quote)
        date = try c.decodeIfPresent(String.self, forKey: .date).map { text in try Decoding.wrap(c, .date) { try QuoteDate(parsing: text, field: .date) } }
        preparedBy = try c.decodeIfPresent(String.self, forKey: .preparedBy)
        validUntil = try c.decodeIfPresent(String.self, forKey: .validUntil).map { text in
            try Decoding.wrap(c, .validUntil) { try QuoteDate(parsing: text, field: .validUntil) }
        }
        quoteURL = try c.decodeIfPresent(String.self, forKey: .quoteURL)
        summaryOnly = try c.decodeIfPresent(Bool.self, forKey: .summaryOnly) ?? summaryOnly
        differencesOnly = try c.decodeIfPresent(Bool.self, forKey: .differencesOnly) ?? differencesOnly
    }

    /// Checks the dates (valid-until not before the date) and the quote URL.
    public func validate() throws {
        if let quoteURL, quoteURL.trimmingCharacters(in: .whitespaces).isEmpty {
            throw DocumentError.malformed(.quoteURL, value: quoteURL, expected: "a URL (it is empty)")
        }
        if let date, let validUntil {
            let from = date.resolved(), until = validUntil.resolved()
            // ISO dates compare correctly as text.
            guard until >= from else {
                throw DocumentError.outOfRange(.validUntil, value: until, allowed: "on or after the quote's date \(from)")
            }
        }
    }

    /// The date printed: the one given, else the SOURCE_DATE_EPOCH day when set, else none.
    public func printedDate(environment: [String: String]) -> String? {
        if let date { return date.resolved(environment: environment) }
        return environment["SOURCE_DATE_EPOCH"] != nil ? QuoteDate.today.resolved(environment: environment) : nil
    }
}
