import Documents
import Geometry

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
    /// The brand file (the reseller's name, logo and words); nil uses the job file's, else none.
    public var brand: String?
    /// Rows the sales person adds under the capabilities (unit price, lead time), one value per series.
    public var rows: [QuoteRow] = []
    /// Paragraphs printed under the comparison, after the brand's own notes.
    public var notes: [String] = []

    /// A job with every default: the catalog's first two series on Letter.
    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case series, page, customer, quote, date, preparedBy = "prepared-by", validUntil = "valid-until", quoteURL = "quote-url"
        case summaryOnly = "summary-only", differencesOnly = "differences-only", brand, rows, notes
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
        brand = try c.decodeIfPresent(String.self, forKey: .brand)
        rows = try c.decodeIfPresent([QuoteRow].self, forKey: .rows) ?? []
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(series, forKey: .series)
        try c.encode(page, forKey: .page)
        try c.encodeIfPresent(customer, forKey: .customer)
        try c.encodeIfPresent(quote, forKey: .quote)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(preparedBy, forKey: .preparedBy)
        try c.encodeIfPresent(validUntil, forKey: .validUntil)
        try c.encodeIfPresent(quoteURL, forKey: .quoteURL)
        try c.encode(summaryOnly, forKey: .summaryOnly)
        try c.encode(differencesOnly, forKey: .differencesOnly)
        try c.encodeIfPresent(brand, forKey: .brand)
        // Empty lists stay out of a printed job file, which then reads like the command line that made it.
        if !rows.isEmpty { try c.encode(rows, forKey: .rows) }
        if !notes.isEmpty { try c.encode(notes, forKey: .notes) }
    }

    /// Checks the dates (valid-until not before the date), the quote URL, and the added rows and notes.
    public func validate() throws {
        for row in rows { try row.validate() }
        if let blank = notes.first(where: { $0.trimmingWhitespaceAndNewlines().isEmpty }) {
            throw DocumentError.malformed(.notes, value: blank, expected: "a paragraph of text (it is empty)")
        }
        if let quoteURL, quoteURL.trimmingWhitespace().isEmpty {
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
