import ArgumentParser
import Documents
import Foundation
import Layout
import LeadCatalog
import Typesetting

/// `leadprint compare`: the sales comparison sheet of 2 to 5 series.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print a comparison sheet of 2 to 5 series for a sales quote, counted from the catalog.",
        discussion: "Page 1 compares capabilities (counts of lead groups by kind, and flying leads); page 2 sets the lead tables side by side.")

    @Option(name: .long, help: "Series ids to compare, comma-separated, 2 to 5.")
    var series: String = "PRO,VALUE"

    @Option(name: .long, help: "Page preset (letter, a4, or any page preset).")
    var page: String = "letter"

    @Option(name: .long, help: "Customer the quote is for.")
    var customer: String?

    @Option(name: .long, help: "Quote number.")
    var quote: String?

    @Option(name: .long, help: "Date printed on the sheet (default: today; SOURCE_DATE_EPOCH fixes it, in UTC).")
    var date: String?

    @Option(name: .long, help: "Who prepared the quote.")
    var preparedBy: String?

    @Option(name: .long, help: "Last day the quote holds.")
    var validUntil: String?

    @Option(name: .long, help: "URL of the quote online, printed as a QR code in the header.")
    var quoteURL: String?

    @Flag(name: .long, help: "Leave out the lead tables (page 2).")
    var summaryOnly = false

    @Flag(name: .long, help: "Keep only the rows where the series differ.")
    var differencesOnly = false

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    /// The series ids as given, trimmed.
    var seriesIDs: [String] {
        series.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func validate() throws {
        guard !seriesIDs.contains(where: \.isEmpty) else { throw ValidationError("--series has an empty id: '\(series)'") }
    }

    func run() throws {
        try printing.check(output.resolvedFormat)
        let paper = try presetOptions.library().preset(named: page, kinds: [.page])
        let header = QuoteHeader(customer: customer, quoteNumber: quote, date: date ?? QuoteHeader.today(),
                                 preparedBy: preparedBy, validUntil: validUntil)
        let sheet = try ComparisonSheet(catalog: catalogOptions.loadCatalog(), seriesIDs: seriesIDs, page: paper, header: header,
                                        summaryOnly: summaryOnly, differencesOnly: differencesOnly, quoteURL: quoteURL)
        let name = "compare-" + seriesIDs.joined(separator: "-").lowercased() + "-\(paper.name)"
        let files = try output.write(sheet.pages(typesetter: Typesetter()), defaultName: name, title: "leadprint comparison: \(sheet.title)")
        try printing.send(files, page: paper.media, title: "leadprint comparison: \(sheet.title)")
    }
}
