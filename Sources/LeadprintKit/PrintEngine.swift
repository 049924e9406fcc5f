import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import Localization
import Orders
import Printing
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
    private var typesetters: [Language: Typesetter] = [:]
    private var translations: [Language: CatalogTranslation] = [:]
    private var loadedBrands: [String: Brand] = [:]

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
        case .text(_, let name), .bytes(_, let name): name
        }
    }

    /// The catalog, loaded and validated.
    public func catalog() throws -> Catalog {
        if let loadedCatalog { return loadedCatalog }
        let palette = try palette()
        let catalog: Catalog
        switch sources.catalog {
        // The bundled catalog's text is checked against the installed fonts by its tests, not at every start.
        case .bundled: catalog = try Catalog.load(from: BundledResources.catalogFile(), palette: palette)
        case .file(let path): catalog = try Catalog.load(from: URL(fileURLWithPath: path), palette: palette, unprintable: unprintable())
        case .text(let text, let name):
            catalog = try Catalog.load(bytes: Array(text.utf8), fileName: name, palette: palette, unprintable: unprintable())
        case .bytes(let bytes, let name): catalog = try Catalog.load(bytes: bytes, fileName: name, palette: palette, unprintable: unprintable())
        }
        loadedCatalog = catalog
        return catalog
    }

    /// The first character of a catalog text that no installed font prints, in the label font or else the body font;
    /// with it, catalog loading reports unprintable text at its line instead of failing at render time.
    private func unprintable() throws -> (String) throws -> Unicode.Scalar? {
        let typesetter = try typesetter()
        return { text in
            try typesetter.unprintableCharacter(in: text, font: .label) ?? typesetter.unprintableCharacter(in: text, font: .body)
        }
    }

    /// The catalog file a translation overlay sits beside.
    func catalogURL() throws -> URL? {
        switch sources.catalog {
        case .bundled: try BundledResources.catalogFile()
        case .file(let path): URL(fileURLWithPath: path)
        case .text, .bytes: nil
        }
    }

    /// The catalog's translation into `language` from the overlay beside it (`flying-leads.de.yaml`); nil for English.
    public func translation(_ language: Language) throws -> CatalogTranslation? {
        guard language != .english else { return nil }
        if let cached = translations[language] { return cached }
        guard let url = try catalogURL() else { throw LeadprintError.noTranslationSource(language: language.code) }
        let translation = try CatalogTranslation.load(from: CatalogTranslation.url(besideCatalog: url, language: language.code), language: language.code,
                                                      for: catalog())
        translations[language] = translation
        return translation
    }

    /// The catalog with its text in `language`.
    public func catalog(in language: Language) throws -> Catalog {
        try translation(language)?.apply(to: catalog()) ?? catalog()
    }

    /// The shipped presets plus the user's file.
    public func presets() throws -> PresetLibrary {
        if let loadedPresets { return loadedPresets }
        var library = try PresetLibrary.load(folder: BundledResources.presetsFolder())
        if let file = sources.presets { try library.add(contentsOf: URL(fileURLWithPath: file)) }
        // A folder the user named must be there: skipping it silently turns a typo into "unknown preset" later.
        for folder in sources.templates {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
                throw LayoutError.missingTemplatesFolder(path: folder, reason: "no such folder")
            } else if !isFolder.boolValue {
                throw LayoutError.missingTemplatesFolder(path: folder, reason: "not a folder (give the folder that holds the template files)")
            }
        }
        library.gLabels = GLabelsSource(folders: Self.standardTemplateFolders() + sources.templates.map { URL(fileURLWithPath: $0) })
        loadedPresets = library
        return library
    }

    /// The brand a job names, else the sources' brand, else none; each file is read once.
    public func brand(_ path: String?) throws -> Brand? {
        guard let path = path ?? sources.brand else { return nil }
        if let loaded = loadedBrands[path] { return loaded }
        let brand = try BrandLoader().load(from: URL(fileURLWithPath: path))
        loadedBrands[path] = brand
        return brand
    }

    /// gLabels' system and user template folders; `LEADPRINT_GLABELS_FOLDERS` (colon-separated, may be empty) replaces them.
    public static func standardTemplateFolders() -> [URL] {
        if let list = getenv("LEADPRINT_GLABELS_FOLDERS").map({ String(cString: $0) }) {
            return list.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        }
        return GLabelsDatabase.standardFolders(home: FileManager.default.homeDirectoryForCurrentUser)
    }

    /// The typesetter documents in `language` shape their text with: its language and direction are the default for every line.
    public func typesetter(_ language: Language = .english) throws -> Typesetter {
        if let cached = typesetters[language] { return cached }
        let typesetter = try Typesetter(defaultStyle: TextStyle(language: language.code))
        typesetters[language] = typesetter
        return typesetter
    }

    /// The document a job describes, built from the loaded data; fails on options no document could take.
    public func document(for job: DocumentJob, language: Language = .english) throws -> any Document {
        try job.validate()
        let strings = try Strings.bundled(language)
        func catalog() throws -> Catalog { try self.catalog(in: language) }
        switch job {
        case .tags(let options):
            return try tagSheet(for: options, strings: strings, language: language)
        case .card(let options):
            let catalog = try catalog()
            let library = try presets()
            let card = try library.preset(named: options.preset, kinds: [.card])
            let sheet = try options.sheet.map { try library.preset(named: $0, kinds: [.page]) }
            let brand = try brand(options.brand)
            let cards = try options.series.resolve(in: catalog).map {
                PinoutCard(series: $0, catalog: catalog, preset: card, bleed: options.bleed, alternatives: library.presets(ofKinds: [.card]),
                           duplex: options.duplex, sheet: sheet, strings: strings, brand: brand)
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
                                       differencesOnly: options.differencesOnly, quoteURL: options.quoteURL, strings: strings,
                                       brand: brand(options.brand), quoteRows: options.rows, quoteNotes: options.notes)
        case .swatches(let options):
            let page = try presets().preset(named: options.page, kinds: [.page])
            let paletteName = try paletteURL().lastPathComponent
            var note = try strings.text(.swatchSourcePalette, ["palette": .text(paletteName)])
            var palette = try palette()
            if options.withCatalogColors {
                palette = try catalog().palette
                note = try strings.text(.swatchSourceOverrides, ["palette": .text(paletteName), "catalog": .text(try catalogName())])
            }
            // Colour names in the language come from the catalog's translation.
            return SwatchSheet(palette: palette, page: page, sourceNote: note, strings: strings, colorNames: try translation(language)?.colorNames ?? [:])
        case .calibrate(let options):
            let media = try presets().preset(named: options.preset, kinds: [.sheet, .roll])
            return try CalibrationSheet(preset: media, correction: options.correction, strings: strings)
        }
    }

    /// The tag sheet a tags job describes: its order (from the job, a CSV file, or series and sets), template and barcode.
    public func tagSheet(for options: TagsJob, strings: Strings? = nil, language: Language = .english) throws -> TagSheet {
        try options.validate()
        let catalog = try catalog(in: language)
        let media = try presets().preset(named: options.preset, kinds: [.sheet, .roll])
        let raw: Order
        if let file = options.orderFile {
            raw = try OrderCSVReader.read(path: file, unprintable: unprintable())
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
                            monochrome: options.mono ?? media.monochrome, strings: strings)
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

    /// Writes a summary's JSON to a path as documents are written: atomically, a symbolic link followed, and inside
    /// `OutputCommit.together` in the same commit as the job's documents.
    public func writeSummary(_ summary: TagRunSummary, to path: String) throws {
        try AtomicFile.write(Array(Self.summaryJSON(summary)), to: URL(fileURLWithPath: path))
    }

    /// The file name, without extension, a job's document gets when no output is named; it differs whenever the options change the content.
    public func defaultName(for job: DocumentJob, language: Language = .english) throws -> String {
        try DefaultName.of(job, catalog: { try self.catalog() }, brand: { try self.brand($0) }) + (language == .english ? "" : "-\(language.code.lowercased())")
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
            // Named as the user typed it: `missing/t.pdf` names `missing`, not an absolute path they never wrote.
            let typed = (output as NSString).deletingLastPathComponent
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
                throw LeadprintError.outputFolderMissing(path: typed.isEmpty ? "." : typed)
            }
            guard isFolder.boolValue else { throw LeadprintError.outputFolderIsFile(path: typed) }
            let base = OutputFormat(pathExtension: url.pathExtension) != nil ? url.deletingPathExtension() : url
            return try formats.map { ($0, try OutputTarget.resolve(base.appendingPathExtension($0.rawValue))) }
        }
        do { try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true) } catch {
            throw LeadprintError.cannotCreateFolder(path: outputFolder.path, reason: (error as NSError).localizedDescription)
        }
        let name = try defaultName(for: job.document, language: job.language())
        return try formats.map { ($0, try OutputTarget.resolve(outputFolder.appendingPathComponent("\(name).\($0.rawValue)"))) }
    }

    /// Checks a job's printing options before anything is rendered: printing takes one PDF, and at least one copy.
    public func checkPrinting(_ job: PrintJob) throws {
        // A printer-language job's format is checked before anything is drawn (its preset when the job is written).
        _ = try printerFormat(for: job)
        guard job.print != nil else {
            if job.copies != nil { throw LeadprintError.printOptionWithoutQueue(option: "copies") }
            return
        }
        if let copies = job.copies, !(1...999).contains(copies) { throw LeadprintError.copiesOutOfRange(copies) }
        guard try formats(for: job) == [.pdf] || printerFormat(for: job) != nil else { throw LeadprintError.printNeedsPDF }
    }

    /// Sends a job's written PDF to its CUPS queue, on media of the document's page size; nil when the job prints nothing.
    ///
    /// The file is already in place: a missing or refusing queue is an error, and the PDF stays written.
    public func send(_ job: PrintJob, files: [URL]) throws -> PrintSubmission? {
        guard let queue = job.print, let file = files.first, try printerFormat(for: job) == nil else { return nil }
        let document = try document(for: job.document, language: job.language())
        return try Printers(server: job.printServer, timeout: job.printTimeout).print(file, to: queue, copies: job.copies ?? 1, media: try MediaSize(page: try mediaSize(for: job.document)),
                                                          title: document.title)
    }

    /// The page size a job's PDF pages have: the label media, the page preset, the imposed sheet or the card with its bleed.
    func mediaSize(for job: DocumentJob) throws -> Size {
        switch job {
        case .tags(let o): try presets().preset(named: o.preset, kinds: [.sheet, .roll]).media
        case .calibrate(let o): try presets().preset(named: o.preset, kinds: [.sheet, .roll]).media
        case .compare(let o): try presets().preset(named: o.page, kinds: [.page]).media
        case .swatches(let o): try presets().preset(named: o.page, kinds: [.page]).media
        case .card(let o):
            if let sheet = o.sheet { try presets().preset(named: sheet, kinds: [.page]).media }
            else {
                try {
                    let card = try presets().preset(named: o.preset, kinds: [.card]).label
                    return Size(width: card.width + o.bleed * 2, height: card.height + o.bleed * 2)
                }()
            }
        }
    }

    /// Renders a job into files and returns them, in the order written; `onPage` hears each page as it is drawn.
    /// With a `deadline`, a render still running then stops with `LeadprintError.timeLimit` and writes nothing.
    public func write(_ job: PrintJob, outputFolder: URL, deadline: Deadline? = nil, onPage: ((Int) -> Void)? = nil) throws -> [URL] {
        let folderExisted = FileManager.default.fileExists(atPath: outputFolder.path)
        do { return try writeFiles(job, outputFolder: outputFolder, deadline: deadline, onPage: onPage) } catch {
            // A failed job leaves no trace, not even the default output folder made for its files (rmdir removes only an empty one).
            if !folderExisted { rmdir(outputFolder.path) }
            throw error
        }
    }

    private func writeFiles(_ job: PrintJob, outputFolder: URL, deadline: Deadline?, onPage: ((Int) -> Void)?) throws -> [URL] {
        try checkPrinting(job)
        let targets = try targets(for: job, outputFolder: outputFolder)
        let document = try document(for: job.document, language: job.language())
        let typesetter = try typesetter(job.language())
        let dpi = try dpi(for: job)
        var written: [URL] = []
        for (format, target) in targets {
            var settings = RenderSettings(format: format, dpi: dpi, title: document.title, creator: Version.creator,
                                          jobs: job.parallelPages ?? RenderSettings.coreCount)
            settings.monochrome = (document as? TagSheet)?.monochrome ?? false
            let pages: PageStream
            do { pages = try deadline.map { try $0.limit(document.pages(typesetter: typesetter)) } ?? document.pages(typesetter: typesetter) } catch {
                throw locatedInCatalog(locatedInBrand(error, job: job.document))
            }
            if format.isPrinterLanguage, let plan = try printerPlan(for: job) {
                written.append(try writePrinterLanguage(plan, document: document, pages: pages, to: target, onPage: onPage))
                continue
            }
            // A brand text that no font prints or that does not fit shows only now; the brand file's line says what to change.
            do { written += try Renderer().render(pages, to: target, settings: settings, onPage: onPage) } catch {
                throw locatedInCatalog(locatedInBrand(error, job: job.document))
            }
        }
        return written
    }

    /// Renders a job to the bytes of one file (a PDF, or a one-page PNG or SVG): for standard output and the web.
    public func data(_ job: PrintJob, deadline: Deadline? = nil, onPage: ((Int) -> Void)? = nil) throws -> Data {
        let formats = try formats(for: job)
        guard formats.count == 1 else { throw LeadprintError.standardOutputNeedsOneFormat }
        return try ScratchFolder.with("leadprint") { folder in
            var single = job
            single.output = folder.appendingPathComponent("document.\(formats[0].rawValue)").path
            let files = try write(single, outputFolder: folder, deadline: deadline, onPage: onPage)
            guard files.count == 1 else { throw LeadprintError.standardOutputNeedsOneFile(format: formats[0].rawValue, pages: files.count) }
            return try Data(contentsOf: files[0])
        }
    }

    /// How many tags a job prints (zero for documents that are not tags), counted without laying anything out.
    public func tagCount(for job: DocumentJob) throws -> Int {
        guard case .tags = job, let sheet = try document(for: job) as? TagSheet else { return 0 }
        return sheet.order.count
    }

    /// The first page as PNG at `dpi`, and how many pages the document has: what a preview shows.
    public func preview(_ job: PrintJob, dpi: Double, deadline: Deadline? = nil) throws -> Preview {
        guard Self.dpiRange.contains(dpi) else { throw LeadprintError.dpiOutOfRange(dpi) }
        let document = try document(for: job.document, language: job.language())
        let typesetter = try typesetter(job.language())
        var pages = try document.pages(typesetter: typesetter)
        if let deadline { pages = deadline.limit(pages) }
        guard let first = try pages.next() else { throw LeadprintError.standardOutputNeedsOneFile(format: "png", pages: 0) }
        var count = 1
        // The remaining pages are laid out, not drawn, so the count is honest and cheap.
        while try pages.next() != nil { count += 1 }
        let settings = RenderSettings(format: .png, dpi: dpi, title: document.title, creator: Version.creator)
        let png = try ScratchFolder.with("leadprint-preview") { folder in
            let target = folder.appendingPathComponent("page.png")
            _ = try Renderer().render(PageStream([first]), to: target, settings: settings)
            return try Data(contentsOf: target)
        }
        return Preview(png: png, pageCount: count, title: document.title)
    }
}

/// A document's first page as PNG, with the page count.
public struct Preview: Sendable {
    /// The PNG bytes of page 1.
    public var png: Data
    /// How many pages the whole document has.
    public var pageCount: Int
    /// The document's title.
    public var title: String
}

/// A point in time after which a render stops.
public struct Deadline: Sendable {
    /// When the render must be done.
    public var date: Date
    /// The allowed duration, named in the error.
    public var seconds: Double

    /// A deadline `seconds` from now.
    public init(seconds: Double) { self.seconds = seconds; date = Date().addingTimeInterval(seconds) }

    /// The stream, stopping with `LeadprintError.timeLimit` at the first page asked for after the deadline.
    func limit(_ stream: PageStream) -> PageStream {
        var inner = stream
        let date = self.date, seconds = self.seconds
        return PageStream {
            guard Date() < date else { throw LeadprintError.timeLimit(seconds: seconds) }
            return try inner.next()
        }
    }
}
