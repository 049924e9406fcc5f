import ArgumentParser
import Documents
import Foundation
import LeadprintKit

/// `leadprint compare`: the sales comparison sheet of 2 to 5 series.
struct CompareCommand: DocumentCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "compare",
        abstract: "Print a comparison sheet of 2 to 5 series for a sales quote, counted from the catalog.",
        discussion: "Page 1 compares capabilities (counts of lead groups by kind, and flying leads); the pages after it set the lead tables side by side (on A5, notes that do not fit under the summary come first)."))

    @Option(name: .customLong("series"), help: "Series ids to compare (any case, comma-separated, 2 to 5), or all (default: the catalog's first two).")
    var series: String?

    @Option(name: .customLong("page"), help: "Page preset (letter, a4, or any page preset).")
    var page: String = "letter"

    @Option(name: .customLong("customer"), help: "Customer the quote is for.")
    var customer: String?

    @Option(name: .customLong("quote"), help: "Quote number.")
    var quote: String?

    @Option(name: .customLong("date"), help: "Date printed on the sheet, YYYY-MM-DD or today (default: none, or the SOURCE_DATE_EPOCH day when it is set).")
    var date: String?

    @Option(name: .customLong("prepared-by"), help: "Who prepared the quote.")
    var preparedBy: String?

    @Option(name: .customLong("valid-until"), help: "Last day the quote holds, YYYY-MM-DD, not before --date.")
    var validUntil: String?

    @Option(name: .customLong("quote-url"), help: "URL of the quote online, printed as a QR code in the header.")
    var quoteURL: String?

    @Flag(name: .customLong("summary-only"), help: "Leave out the lead tables (page 2).")
    var summaryOnly = false

    @Flag(name: .customLong("differences-only"), help: "Keep only the rows where the series differ.")
    var differencesOnly = false

    @Option(name: .customLong("brand"), help: "Brand file (YAML: name, address, phone, email, web, logo, accent, notes): the reseller's name, logo and contact on the sheet.",
            completion: .file(extensions: ["yaml", "yml"]))
    var brand: String?

    @Option(name: .customLong("row"), help: "A row to add, LABEL=VALUE;VALUE with one value per series (e.g. 'Unit price (USD)=1240;980'); repeat for more.")
    var rows: [String] = []

    @Option(name: .customLong("note"), help: "A paragraph to print under the comparison (after the brand's notes); repeat for more.")
    var notes: [String] = []

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    func validate() throws { try validateDocument() }

    func document() throws -> DocumentJob {
        var job = CompareJob()
        job.series = try series.map { try SeriesSelection(parsing: $0) }
        job.page = page
        job.customer = customer
        job.quote = quote
        job.date = try date.map { try QuoteDate(parsing: $0, field: .date) }
        job.preparedBy = preparedBy
        job.validUntil = try validUntil.map { try QuoteDate(parsing: $0, field: .validUntil) }
        job.quoteURL = quoteURL
        job.summaryOnly = summaryOnly
        job.differencesOnly = differencesOnly
        job.brand = brand
        job.rows = try rows.map { try QuoteRow(parsing: $0) }
        job.notes = notes
        return .compare(job)
    }
}
