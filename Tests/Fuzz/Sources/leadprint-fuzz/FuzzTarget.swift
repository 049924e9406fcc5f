import Documents
import Foundation
import Layout
import Typesetting
import LeadCatalog
import LeadprintKit
import Orders
import YAMLSupport

/// The readers that take outside input, each fuzzed on its own.
enum FuzzTarget: String, CaseIterable {
    /// A catalog file, resolved against the bundled palette.
    case catalog
    /// A palette file.
    case palette
    /// A presets file; every preset that loads is also laid out as a label grid.
    case presets
    /// A presets file whose sheets and rolls that load are laid out as tag sheets and calibration pages.
    case layout
    /// A payload template (`{series}-{position}`…), parsed and expanded.
    case template
    /// A tag text template file (`Resources/templates/`), read through the shared reader.
    case tagtext
    /// Any YAML through the shared reader's guards and typed fields.
    case yaml
    /// A job file: the reader's checks, then decoding into print jobs and their validation.
    case jobs
    /// A warehouse order in CSV, parsed and resolved against the bundled series.
    case order
    /// A brand file; its logo paths point into an empty folder, so only the reader and its checks run.
    case brand
    /// A catalog rendered as a comparison sheet and pinout cards to an in-memory PDF (run without leak detection:
    /// fontconfig keeps global state).
    case render
    /// A brand's logo (seeded with SVG) rendered on a card and a comparison sheet to an in-memory PDF.
    case logo

    nonisolated(unsafe) static var selected = FuzzTarget.yaml
    nonisolated(unsafe) static var bundledPalette: Palette?
    nonisolated(unsafe) static var bundledCatalog: Catalog?
    nonisolated(unsafe) static var typesetter: Typesetter?

    /// The repository's Resources folder, found from this file.
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources")

    /// Loads what the target needs once, before fuzzing starts.
    func prepare() {
        if self == .render || self == .logo { RenderTarget.prepare() }
        if self == .catalog || self == .layout {
            do {
                Self.bundledPalette = try Palette.load(from: Self.resources.appendingPathComponent("palette.yaml"))
            } catch {
                fatalError("the bundled palette does not load: \(error)")
            }
        }
        if self == .layout {
            do {
                Self.bundledCatalog = try Catalog.load(from: Self.resources.appendingPathComponent("catalogs/flying-leads.yaml"),
                                                       palette: Self.bundledPalette!)
                Self.typesetter = try Typesetter()
            } catch {
                fatalError("the bundled catalog or the fonts do not load: \(error)")
            }
        }
    }

    /// Runs the reader on one input; thrown errors are fine, and their text must be one line per problem.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .catalog:
            do { _ = try Catalog.load(bytes: bytes, fileName: "fuzz.yaml", palette: Self.bundledPalette!) } catch {
                Self.checkOneLinePerProblem(error.problems)
            }
        case .palette:
            do { _ = try Palette.load(bytes: bytes, fileName: "fuzz.yaml") } catch {
                Self.checkOneLinePerProblem(error.problems)
            }
        case .presets:
            var library = PresetLibrary()
            do {
                try library.add(bytes: bytes, fileName: "fuzz.yaml")
                for preset in library.presets {
                    let grid = LabelGrid(preset: preset)
                    _ = grid.origins
                    _ = preset.safeArea
                }
            } catch let error as LayoutError {
                if case .invalidPresets(let problems) = error { Self.checkOneLinePerProblem(problems) }
            } catch {
                fatalError("unexpected error type \(type(of: error)): \(error)")
            }
        case .layout:
            var library = PresetLibrary()
            guard (try? library.add(bytes: bytes, fileName: "fuzz.yaml")) != nil else { return }
            let typesetter = Self.typesetter!
            for preset in library.presets(ofKinds: [.sheet, .roll]) {
                // Layout errors (text that does not fit) are answers; traps and hangs are findings.
                if let order = try? TagOrder(series: Array(Self.bundledCatalog!.series.prefix(1))),
                   let sheet = try? TagSheet(order: order, preset: preset),
                   var pages = try? sheet.pages(typesetter: typesetter) {
                    for _ in 0..<2 { guard (try? pages.next()) != nil else { break } }
                }
                if let calibration = try? CalibrationSheet(preset: preset) { _ = try? calibration.page(typesetter: typesetter) }
            }
        case .template:
            let text = String(decoding: bytes, as: UTF8.self)
            if let template = try? PayloadTemplate(text) {
                var values: [PayloadTemplate.Field: String] = [:]
                for field in PayloadTemplate.Field.allCases { values[field] = "V\(field.rawValue)" }
                _ = template.expand(values)
            }
        case .tagtext:
            do { _ = try TagTextTemplate.parse(bytes: bytes, fileName: "fuzz.yaml") } catch DocumentError.badTextTemplate(let problems) {
                Self.checkOneLinePerProblem(problems)
            } catch {
                fatalError("unexpected error type \(type(of: error)): \(error)")
            }
        case .yaml:
            let reader = YAMLReader(fileName: "fuzz.yaml")
            if let root = reader.parse(bytes), let map = root.mapping {
                reader.checkKeys(map, allowed: ["a", "b", "n", "x", "w", "k"])
                _ = reader.text(map, "a", required: false)
                _ = reader.integer(map, "n", in: -5...5, required: false)
                _ = reader.number(map, "x", in: 0...1e6, required: false)
                _ = reader.length(map, "w", in: .zero ... .inch(100), required: false)
                _ = reader.bool(map, "b", required: false)
                _ = reader.list(map, "k", required: false)
            }
            Self.checkOneLinePerProblem(reader.sortedProblems)
        case .jobs:
            do { _ = try JobFileLoader().load(bytes: bytes, name: "fuzz.yaml") } catch let error as JobFileError {
                Self.checkOneLinePerProblem(error.problems)
            } catch {
                fatalError("unexpected error type \(type(of: error)): \(error)")
            }
        case .brand:
            do { _ = try BrandLoader().load(bytes: bytes, name: "fuzz.yaml", folder: URL(fileURLWithPath: "/nonexistent")) } catch let error as BrandFileError {
                Self.checkOneLinePerProblem(error.problems)
            } catch {
                fatalError("unexpected error type \(type(of: error)): \(error)")
            }
        case .render:
            RenderTarget.renderCatalog(bytes)
        case .logo:
            RenderTarget.renderLogo(bytes)
        case .order:
            do { _ = try OrderCSVReader.parse(Data(bytes), name: "fuzz.csv").resolved(knownSeries: ["PRO", "VALUE"]) } catch let error as OrderError {
                let text = error.description
                if text.contains("\n") || text.count > 2000 { fatalError("order error not on one bounded line: \(text)") }
            } catch {
                fatalError("unexpected error type \(type(of: error)): \(error)")
            }
        }
    }

    /// Every problem prints on one line of bounded length.
    static func checkOneLinePerProblem(_ problems: [YAMLProblem]) {
        for problem in problems {
            let text = problem.description
            if text.contains("\n") || text.count > 2000 { fatalError("problem not on one bounded line: \(text)") }
        }
    }
}
