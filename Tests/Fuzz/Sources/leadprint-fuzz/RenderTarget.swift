import Foundation
import LeadprintKit

/// The render path under fuzzing: a fuzzed catalog drawn as a comparison sheet and a pinout card, and a fuzzed logo
/// drawn on a branded card, each to a PDF held in memory (a folder in `/dev/shm` when the machine has one).
///
/// Errors thrown at any stage are the expected answer; a crash, a trap, a hang or an AddressSanitizer report is a
/// finding. A heap error in Cairo's write callback (a PDF page failing mid-draw) shows only here, not in the readers.
enum RenderTarget {
    /// Where the logos and their brand files are written, once per process.
    nonisolated(unsafe) static var folder: URL?
    /// The engine the logo target reuses: the bundled catalog, presets and fonts load once, not at every input.
    nonisolated(unsafe) static var logoEngine: PrintEngine?
    /// Inputs the logo target has run; each gets brand and logo files of its own, since the engine keeps every brand it read.
    nonisolated(unsafe) static var logoRuns = 0
    /// Brands an engine may keep before a fresh one replaces it, so that memory stays bounded over a long run.
    static let brandsPerEngine = 200

    /// Each input gets a whole render, but no more: a fuzzed catalog of a thousand series must not hold the fuzzer.
    static let secondsPerInput = 8.0

    /// Makes the scratch folder, in memory where the machine has `/dev/shm`; documents are rendered inside it too.
    static func prepare() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        let folder = base.appendingPathComponent("leadprint-fuzz-\(getpid())")
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            fatalError("cannot prepare \(folder.path): \(error)")
        }
        setenv("TMPDIR", folder.path, 1)
        self.folder = folder
        atexit { if let folder = RenderTarget.folder { try? FileManager.default.removeItem(at: folder) } }
    }

    /// A fuzzed catalog, as a comparison sheet of every series and as pinout cards.
    static func renderCatalog(_ bytes: [UInt8]) {
        let engine = PrintEngine(sources: Sources(catalog: .bytes(bytes, name: "fuzz.yaml")))
        // Thrown errors (a catalog problem, text that does not fit, a time limit) are answers.
        var compare = CompareJob()
        compare.series = .all
        _ = try? engine.data(PrintJob(.compare(compare)), deadline: Deadline(seconds: secondsPerInput))
        _ = try? engine.data(PrintJob(.card(CardJob())), deadline: Deadline(seconds: secondsPerInput))
    }

    /// A fuzzed logo (the seeds are SVG) in a comparison sheet's header and on a card's back, drawn with the bundled catalog.
    static func renderLogo(_ bytes: [UInt8]) {
        guard let folder else { return }
        logoRuns += 1
        if logoEngine == nil || logoRuns % brandsPerEngine == 0 { logoEngine = PrintEngine() }
        guard let engine = logoEngine else { return }
        let logo = folder.appendingPathComponent("logo-\(logoRuns).svg"), brand = folder.appendingPathComponent("brand-\(logoRuns).yaml")
        do {
            try Data(bytes).write(to: logo)
            try Data("name: Fuzz Brand\naddress: [1 Main St]\nlogo: \(logo.lastPathComponent)\naccent: \"#C02020\"\n".utf8).write(to: brand)
        } catch {
            fatalError("cannot write the logo: \(error)")
        }
        defer {
            try? FileManager.default.removeItem(at: logo)
            try? FileManager.default.removeItem(at: brand)
        }
        var compare = CompareJob()
        compare.series = .ids(["PRO"])
        compare.brand = brand.path
        _ = try? engine.data(PrintJob(.compare(compare)), deadline: Deadline(seconds: secondsPerInput))
        var card = CardJob()
        card.series = .ids(["PRO"])
        card.brand = brand.path
        _ = try? engine.data(PrintJob(.card(card)), deadline: Deadline(seconds: secondsPerInput))
    }
}
