import DisplayList
import Documents
import Foundation
import Layout
import LeadCatalog
import Orders
import Render
import Typesetting

/// The one entry point every front end uses: loads the catalog, palette and presets once, builds the document a job
/// names, and renders it to files or bytes.
public final class PrintEngine {
    /// Where the data comes from.
    public let sources: Sources
    private var loadedPalette: Palette?
    private var loadedCatalog: Catalog?
    private var loadedPresets: PresetLibrary?
    private var loadedTypesetter: Typesetter?

    /// The PNG resolutions accepted, in dots per inch.
    public static let dpiRange: ClosedRange<Double> = 36...2400

    /// Creates an engine; nothing is read until a job needs it.
    public init(sources: Sources = Sources()) { self.sources = sources }

    /// The palette: the given file, else the bundled one.
    public func palette() throws -> Palette {
        if let loadedPalette { return loadedPalette }
        let palette = try Palette.load(from: paletteURL())
        loadedPalette = palette
        return palette
    }

    /// The palette file in use.
    public func paletteURL() throws -> URL {
        try sources.palette.map { URL(fileURLWithPath: $0) } ?? BundledResources.paletteFile()
    }

    /// The catalog's name in messages: its file name, or the name given with its text.
    public func catalogName() throws -> String {
        switch sources.catalog {
        case .bundled: try BundledResources.catalogFile().lastPathComponent
        case .file(let path): URL(fileURLWithPath: path).lastPathComponent
        case .text(_, let name): name
        }
    }

    /// The catalog, loaded and validated.
    public func catalog() throws -> Catalog {
        if let loadedCatalog { return loadedCatalog }
        let palette = try palette()
        let catalog: Catalog
        switch sources.catalog {
        case .bundled: catalog = try Catalog.load(from: BundledResources.catalogFile(), palette: palette)
        case .file(let path): catalog = try Catalog.load(from: URL(fileURLWithPath: path), palette: palette)
        case .text(let text, let name): catalog = try Catalog.load(yaml: text, fileName: name, palette: palette)
        }
        loadedCatalog = catalog
        return catalog
    }

    /// The shipped presets plus the user's file.
    public func presets() throws -> PresetLibrary {
        if let loadedPresets { return loadedPresets }
        var library = try PresetLibrary.load(folder: BundledResources.presetsFolder())
        if let file = sources.presets { try library.add(contentsOf: URL(fileURLWithPath: file)) }
        loadedPresets = library
        return library
    }

    /// The typesetter documents shape their text with.
    public func typesetter() throws -> Typesetter {
        if let loadedTypesetter { return loadedTypesetter }
        let typesetter = try Typesetter()
        loadedTypesetter = typesetter
        return typesetter
    }

    /// The document a job describes, built from the loaded data; fails on options no document could take.
    public func document(for job: DocumentJob) throws -> any Document {
        try job.validate()
        switch job {
        case .tags(let options):
            return try tagSheet(for: options)
        case .card(let options):
            let catalog = try catalog()
            let library = try presets()
            let card = try library.preset(named: options.preset, kinds: [.card])
            let sheet = try options.sheet.map { try library.preset(named: $0, kinds: [.page]) }
            let cards = try options.series.resolve(in: catalog).map {
                PinoutCard(series: $0, catalog: catalog, preset: card, bleed: options.bleed, alternatives: library.presets(ofKinds: [.card]),
                           duplex: options.duplex, sheet: sheet)
            }
            return cards.count == 1 ? cards[0] : DocumentSet(cards, title: "Pinout cards: \(cards.map(\.series.id).joined(separator: ", "))")
        case .compare(let options):
            let catalog = try catalog()
            let page = try presets().preset(named: options.page, kinds: [.page])
            let ids = try options.series.map { try $0.resolve(in: catalog).map(\.id) } ?? catalog.series.prefix(2).map(\.id)
            let header = QuoteHeader(customer: options.customer, quoteNumber: options.quote,
                                     date: options.printedDate(environment: ProcessInfo.processInfo.environment),
                                     preparedBy: options.preparedBy, validUntil: options.validUntil?.resolved())
            return try ComparisonSheet(catalog: catalog, seriesIDs: ids, page: page, header: header, summaryOnly: options.summaryOnly,
                                       differencesOnly: options.differencesOnly, quoteURL: options.quoteURL)
        case .swatches(let options):
            let page = try presets().preset(named: options.page, kinds: [.page])
            var note = "Palette: \(try paletteURL().lastPathComponent)"
            var palette = try palette()
            if options.withCatalogColors {
                palette = try catalog().palette
                note += " with the overrides of \(try catalogName())"
            }
            return SwatchSheet(palette: palette, page: page, sourceNote: note)
        case .calibrate(let options):
            let media = try presets().preset(named: options.preset, kinds: [.sheet, .roll])
            return try CalibrationSheet(preset: media, correction: options.correction)
        }
    }

    /// The tag sheet a tags job describes: its order (from the job, a CSV file, or series and sets), template and barcode.
    public func tagSheet(for options: TagsJob) throws -> TagSheet {
        try options.validate()
        let catalog = try catalog()
        let media = try presets().preset(named: options.preset, kinds: [.sheet, .roll])
        let raw: Order
        if let file = options.orderFile {
            raw = try OrderCSVReader.read(path: file)
        } else if let spec = options.order {
            raw = spec.order(source: "job file")
        } else {
            raw = Order(lines: try options.series.resolve(in: catalog).map { OrderLine(series: $0.id, quantity: options.sets) })
        }
        let fields = raw.fieldNames
        let order = try TagOrder(order: raw, series: catalog.series, collation: options.collate, serialStart: options.serial, ends: options.ends,
                                 endNames: options.endNames ?? TagOrder.defaultEndNames, cameraPattern: options.cameraPattern ?? Order.defaultCameraPattern)
        return try TagSheet(order: order, preset: media, startAt: options.startAt, outlines: options.outlines, correction: options.correction,
                            barcode: options.tagBarcode(extraFields: fields), template: textTemplate(named: options.template, extraFields: fields),
                            monochrome: options.mono ?? media.monochrome)
    }

    /// The names of the shipped tag text templates.
    public func textTemplateNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(at: BundledResources.templatesFolder(), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.map { $0.deletingPathExtension().lastPathComponent }.sorted()
    }

    /// A tag text template by shipped name or file path; nil is `signal`.
    public func textTemplate(named name: String?, extraFields: [String] = []) throws -> TagTextTemplate {
        guard let name, name != "signal" || !extraFields.isEmpty else { return .signal }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") {
            return try TagTextTemplate.load(from: URL(fileURLWithPath: name), extraFields: extraFields)
        }
        let known = try textTemplateNames()
        guard known.contains(name) else { throw DocumentError.unknownTextTemplate(name, known: known) }
        return try TagTextTemplate.load(from: BundledResources.templatesFolder().appendingPathComponent("\(name).yaml"), extraFields: extraFields)
    }

    /// Where a tags job's run ends and where the next run continues: for front ends to show after (or before) printing.
    public func summary(for options: TagsJob) throws -> TagRunSummary { try tagSheet(for: options).summary }

    /// The summary as JSON (`sheets`, `labelsOnLastSheet`, `nextStartAt`, `nextSerial`, ...), keys sorted so reruns write the same bytes.
    public static func summaryJSON(_ summary: TagRunSummary) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(summary) + Data("\n".utf8)
    }

    /// Writes a summary's JSON atomically to a path.
    public func writeSummary(_ summary: TagRunSummary, to path: String) throws {
        do { try Self.summaryJSON(summary).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw LeadprintError.cannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription)
        }
    }

    /// The file name, without extension, a job's document gets when no output is named; it differs whenever the options change the content.
    public func defaultName(for job: DocumentJob) throws -> String {
        try DefaultName.of(job, catalog: { try self.catalog() })
    }

    /// The formats a job writes: those named, else the output's extension, else PDF.
    public func formats(for job: PrintJob) throws -> [OutputFormat] {
        if let formats = job.formats, !formats.isEmpty {
            if let output = job.output, output != "-", formats.count == 1,
               let named = OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension), named != formats[0] {
                throw LeadprintError.formatConflict(path: output, format: formats[0].rawValue)
            }
            return formats
        }
        guard let output = job.output, output != "-" else { return [.pdf] }
        guard let named = OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) else {
            throw LeadprintError.unknownFormat(path: output)
        }
        return [named]
    }

    /// The resolution PNG pages are rendered at.
    func dpi(for job: PrintJob) throws -> Double {
        if let dpi = job.dpi {
            guard Self.dpiRange.contains(dpi) else { throw LeadprintError.dpiOutOfRange(dpi) }
            return dpi
        }
        switch job.document {
        case .tags(let options): return try presets().preset(named: options.preset, kinds: [.sheet, .roll]).dpi ?? 300
        case .calibrate(let options): return try presets().preset(named: options.preset, kinds: [.sheet, .roll]).dpi ?? 300
        default: return 300
        }
    }

    /// The target file of each format: the named output (its extension swapped per format), else the folder plus the default name.
    public func targets(for job: PrintJob, outputFolder: URL) throws -> [(OutputFormat, URL)] {
        let formats = try formats(for: job)
        if let output = job.output {
            let url = URL(fileURLWithPath: output)
            let folder = url.deletingLastPathComponent()
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw LeadprintError.outputFolderMissing(path: folder.path)
            }
            let base = OutputFormat(pathExtension: url.pathExtension) != nil ? url.deletingPathExtension() : url
            return formats.map { ($0, base.appendingPathExtension($0.rawValue)) }
        }
        do { try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true) } catch {
            throw LeadprintError.cannotCreateFolder(path: outputFolder.path, reason: (error as NSError).localizedDescription)
        }
        let name = try defaultName(for: job.document)
        return formats.map { ($0, outputFolder.appendingPathComponent("\(name).\($0.rawValue)")) }
    }

    /// Renders a job into files and returns them, in the order written; `onPage` hears each page as it is drawn.
    public func write(_ job: PrintJob, outputFolder: URL, onPage: ((Int) -> Void)? = nil) throws -> [URL] {
        let targets = try targets(for: job, outputFolder: outputFolder)
        let document = try document(for: job.document)
        let typesetter = try typesetter()
        let dpi = try dpi(for: job)
        var written: [URL] = []
        for (format, target) in targets {
            var settings = RenderSettings(format: format, dpi: dpi, title: document.title, creator: Version.creator)
            settings.monochrome = (document as? TagSheet)?.monochrome ?? false
            written += try Renderer().render(document.pages(typesetter: typesetter), to: target, settings: settings, onPage: onPage)
        }
        return written
    }

    /// Renders a job to the bytes of one file (a PDF, or a one-page PNG or SVG): for standard output and the web.
    public func data(_ job: PrintJob, onPage: ((Int) -> Void)? = nil) throws -> Data {
        let formats = try formats(for: job)
        guard formats.count == 1 else { throw LeadprintError.standardOutputNeedsOneFormat }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadprint-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }  // a temporary folder of our own; nothing to report if it is already gone
        var single = job
        single.output = folder.appendingPathComponent("document.\(formats[0].rawValue)").path
        let files = try write(single, outputFolder: folder, onPage: onPage)
        guard files.count == 1 else { throw LeadprintError.standardOutputNeedsOneFile(format: formats[0].rawValue, pages: files.count) }
        return try Data(contentsOf: files[0])
    }
}
