import ArgumentParser
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import Typesetting

/// `leadprint card`: the installer's pinout card for one series.
struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Print a series' pinout card: every wire's colour, code, label and definition, grouped, with notes on the back.")

    @Option(name: .long, help: "The series id, e.g. PRO.")
    var series: String

    @Option(name: .long, help: "Card preset: cr80, index-3x5, index-4x6, a6, or any card preset.")
    var preset: String = "cr80"

    @Flag(name: .long, help: "Place backs for a long-edge duplex flip (they read upright when the card is turned over like a book page).")
    var duplex = false

    @Option(name: .long, help: "Impose N-up on a page preset (letter, a4) with crop marks; without it each page is one card at trim plus bleed.")
    var sheet: String?

    @Option(name: .long, help: "How far colour runs past the trim, with a unit (e.g. 3mm, 0.125in).")
    var bleed: String = "3mm"

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    mutating func validate() throws {
        guard let length = Length(parsing: bleed), length.points >= 0, length <= .mm(10) else {
            throw ValidationError("--bleed must be a length from 0 to 10 mm with a unit, like 3mm or 0.125in (got '\(bleed)')")
        }
    }

    func run() throws {
        try printing.check(output.resolvedFormat)
        let catalog = try catalogOptions.loadCatalog()
        guard let chosen = catalog.series.first(where: { $0.id.caseInsensitiveCompare(series) == .orderedSame }) else {
            throw DocumentError.invalidOption("unknown series '\(series)' (the catalog has: \(catalog.series.map(\.id).joined(separator: ", ")))")
        }
        let library = try presetOptions.library()
        let card = try library.preset(named: preset, kinds: [.card])
        let page = try sheet.map { try library.preset(named: $0, kinds: [.page]) }
        let pinout = PinoutCard(series: chosen, catalog: catalog, preset: card, bleed: Length(parsing: bleed) ?? .mm(3),
                                alternatives: library.presets.filter { $0.kind == .card })
        let name = "card-\(chosen.id)" + (page.map { "-\($0.name)" } ?? "") + (duplex ? "-duplex" : "")
        let files = try output.write(pinout.pages(typesetter: Typesetter(), duplex: duplex, sheet: page), defaultName: name, title: "\(chosen.name) pinout card")
        let bleedLength = Length(parsing: bleed) ?? .mm(3)
        try printing.send(files, page: page?.media ?? Size(width: card.label.width + bleedLength * 2, height: card.label.height + bleedLength * 2),
                          title: "\(chosen.name) pinout card")
    }
}
