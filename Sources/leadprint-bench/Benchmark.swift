import Foundation
import Layout
import LeadCatalog
import Documents
import LeadprintKit

/// `leadprint-bench [--runs N] [--c-reference PATH] [--no-100k]`: times leadprint jobs as a user runs them,
/// process start to exit, beside the plain C reference of `shared/bench/tags10k` run in the same minute.
///
/// Run it from a release build (`swift build -c release -Xswiftc -static-stdlib && .build/release/leadprint-bench`): it runs the
/// `leadprint` binary found beside itself. leadprint and the C program take turns, run after run, and
/// the table gives medians, so a neighbour's compile slows both alike.
@main
struct Benchmark {
    static func main() {
        do { try run() } catch {
            FileHandle.standardError.write(Data("leadprint-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run() throws {
        let options = BenchOptions(CommandLine.arguments.dropFirst())
        let leadprint = executableFolder().appendingPathComponent("leadprint").path
        guard FileManager.default.isExecutableFile(atPath: leadprint) else {
            throw BenchError.missing("no leadprint binary beside the benchmark (\(leadprint)): build both with `swift build -c release`")
        }
        let givenReference = options.reference ?? ProcessInfo.processInfo.environment["LEADPRINT_TAGS_C"] ?? ".build/tags10k/tags-c"
        let reference = URL(fileURLWithPath: givenReference).standardizedFileURL.path
        let hasReference = FileManager.default.isExecutableFile(atPath: reference)
        if !hasReference {
            say("""
            C reference not found at \(reference); build it with
              make -C ../shared/bench/tags10k BUILD=$PWD/.build/tags10k
            (or pass --c-reference PATH / set LEADPRINT_TAGS_C). Timing leadprint alone.

            """)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadprint-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            do { try FileManager.default.removeItem(at: folder) } catch { say("leadprint-bench: could not remove \(folder.path): \(error)") }
        }
        // Every job writes into the scratch folder: both programs are run from it.
        guard FileManager.default.changeCurrentDirectoryPath(folder.path) else { throw BenchError.missing("cannot enter \(folder.path)") }
        if options.web {
            try WebLoad.run(leadprint: leadprint, folder: folder, seconds: 10, connections: 8)
            return
        }
        let bench = Bench(leadprint: leadprint, reference: hasReference ? reference : nil, folder: folder, runs: options.runs)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        say("leadprint-bench: \(options.runs) alternating runs per job, medians; \(cores) cores; leadprint \(leadprint)")
        say("| job | leadprint | C reference | ratio | tags/s | pages/s | output | bytes per tag (leadprint / C) | peak memory (leadprint / C) |")
        say("|---|---|---|---|---|---|---|---|---|")

        // The warehouse's real case first: every tag different (camera ID, serial), like the C program's tags, each with its own serial.
        for count in options.tagCounts where count >= 10_000 {
            let cameras = count / OrderWorkload.leadsPerCamera
            let tags = cameras * OrderWorkload.leadsPerCamera
            let order = folder.appendingPathComponent("order\(cameras).csv")
            try OrderWorkload.write(cameras: cameras, to: order)
            let csv = folder.appendingPathComponent("tags\(count).csv")
            try ReferenceWorkload.write(count: count, to: csv)
            let row = try bench.compare(
                name: "order of \(cameras) PRO cameras, --template site --serial 1: \(tags) tags, all different, avery-l7651 (\(pages(tags, 65)) pages; C: \(count) tags, \(pages(count, 60)) pages)",
                leadprint: ["tags", "--order", order.path, "--template", "site", "--serial", "1", "--preset", "avery-l7651", "-o", "order.pdf"],
                reference: [csv.path, "ref.pdf"], output: "order.pdf", referenceOutput: "ref.pdf", runs: count >= 100_000 ? min(options.runs, 3) : options.runs)
            say(row.line(tags: tags, pages: pages(tags, 65), referenceTags: count))
        }
        // Every tag differs by its serial, as the C program's do.
        let serialCSV = folder.appendingPathComponent("tags10000.csv")
        try ReferenceWorkload.write(count: 10_000, to: serialCSV)
        let serialRow = try bench.compare(
            name: "10017 tags with --serial 1, avery-l7651 (155 pages; C: 10000 tags, 167 pages)",
            leadprint: ["tags", "--series", "all", "--sets", "371", "--serial", "1", "--preset", "avery-l7651", "-o", "serial.pdf"],
            reference: [serialCSV.path, "ref.pdf"], output: "serial.pdf", referenceOutput: "ref.pdf", runs: options.runs)
        say(serialRow.line(tags: 10_017, pages: 155, referenceTags: 10_000))

        // Repeating tags (no serial, a set of identical cameras): not like for like, the C program's tags each carry a serial.
        let leadsPerSet = 27
        for count in options.tagCounts {
            let sets = (count + leadsPerSet - 1) / leadsPerSet
            let tags = sets * leadsPerSet
            let csv = folder.appendingPathComponent("tags\(tags).csv")
            try ReferenceWorkload.write(count: tags, to: csv)
            let row = try bench.compare(
                name: "\(tags) repeating tags (no serial) to PDF, avery-l7651 (\(pages(tags, 65)) pages; C: \(pages(tags, 60)))",
                leadprint: ["tags", "--series", "all", "--sets", "\(sets)", "--preset", "avery-l7651", "-o", "tags.pdf"],
                reference: [csv.path, "ref.pdf"], output: "tags.pdf", referenceOutput: "ref.pdf", runs: count >= 100_000 ? min(options.runs, 3) : options.runs)
            say(row.line(tags: tags, pages: pages(tags, 65)))
        }

        // The order's first ten 300-dpi pages: 38 cameras of 17 leads fill ten L7651 sheets; the C program draws its first ten.
        let pngOrder = folder.appendingPathComponent("png-order.csv")
        try OrderWorkload.write(cameras: 38, to: pngOrder)
        let orderPNGCSV = folder.appendingPathComponent("png.csv")
        try ReferenceWorkload.write(count: 600, to: orderPNGCSV)
        for jobs in Set([1, cores]).sorted() {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("orderpng\(jobs)"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("refpng"), withIntermediateDirectories: true)
            let row = try bench.compare(
                name: "order (38 cameras, site, --serial 1): 10 PNG pages at 300 dpi, --jobs \(jobs)",
                leadprint: ["tags", "--order", pngOrder.path, "--template", "site", "--serial", "1", "--preset", "avery-l7651", "--dpi", "300",
                            "--jobs", "\(jobs)", "-o", "orderpng\(jobs)/tags.png"],
                reference: [orderPNGCSV.path, "refpng", "--png", "--pages", "10"], output: "orderpng\(jobs)", runs: options.runs)
            say(row.line(tags: 646, pages: 10))
        }

        // Ten 300-dpi pages: 24 cameras of 27 leads fill ten L7651 sheets; the C program draws its first ten.
        let pngCSV = folder.appendingPathComponent("png.csv")
        try ReferenceWorkload.write(count: 600, to: pngCSV)
        for jobs in Set([1, cores]).sorted() {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("png\(jobs)"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("refpng"), withIntermediateDirectories: true)
            let row = try bench.compare(
                name: "10 PNG pages at 300 dpi, --jobs \(jobs)",
                leadprint: ["tags", "--series", "all", "--sets", "24", "--preset", "avery-l7651", "--dpi", "300", "--jobs", "\(jobs)", "-o", "png\(jobs)/tags.png"],
                reference: [pngCSV.path, "refpng", "--png", "--pages", "10"], output: "png\(jobs)", runs: options.runs)
            say(row.line(tags: 648, pages: 10))
        }
        // Roll media: one tag per page, each page a file of its own.
        for jobs in Set([1, cores]).sorted() {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("roll\(jobs)"), withIntermediateDirectories: true)
            let row = try bench.compare(
                name: "54 roll tags (brother-hse-11.7mm) to 54 PNG files at 300 dpi, --jobs \(jobs)",
                leadprint: ["tags", "--series", "all", "--sets", "2", "--preset", "brother-hse-11.7mm", "--dpi", "300", "--jobs", "\(jobs)", "-o", "roll\(jobs)/tag.png"],
                reference: nil, output: "roll\(jobs)", runs: options.runs)
            say(row.line(tags: 54, pages: 54))
        }

        let resources = BundledResources.self
        let catalog = try Catalog.load(from: resources.catalogFile(), palette: Palette.load(from: resources.paletteFile()))
        let cards = try PresetLibrary.load(folder: resources.presetsFolder()).presets(ofKinds: [.card])
        for series in catalog.series {
            for preset in cards {
                let row = try bench.compare(name: "pinout card \(series.id) on \(preset.name), PDF",
                                            leadprint: ["card", "--series", series.id, "--preset", preset.name, "-o", "card.pdf"],
                                            reference: nil, output: "card.pdf", runs: options.runs)
                say(row.line(tags: nil, pages: nil))
            }
        }
        for page in ["letter", "a4"] {
            let row = try bench.compare(name: "comparison sheet PRO,VALUE on \(page), PDF",
                                        leadprint: ["compare", "--page", page, "-o", "compare.pdf"], reference: nil, output: "compare.pdf", runs: options.runs)
            say(row.line(tags: nil, pages: nil))
        }
    }

    /// Prints a line at once, so a long run shows each row as it is measured even when piped.
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    static func pages(_ tags: Int, _ perPage: Int) -> Int { (tags + perPage - 1) / perPage }

    /// The folder of this executable, where SwiftPM also puts `leadprint`.
    static func executableFolder() -> URL {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = length > 0 ? String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        return URL(fileURLWithPath: path).deletingLastPathComponent()
    }
}

/// Command-line options of the benchmark.
struct BenchOptions {
    var runs = 7
    var reference: String?
    var tagCounts = [1_000, 10_000, 100_000]
    var web = false

    init<S: Sequence>(_ arguments: S) where S.Element == String {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--runs": runs = max(1, iterator.next().flatMap { Int($0) } ?? runs)
            case "--c-reference": reference = iterator.next()
            case "--no-100k": tagCounts = [1_000, 10_000]
            case "--web": web = true
            default:
                FileHandle.standardError.write(Data("leadprint-bench: unknown argument '\(argument)' (use --runs N, --c-reference PATH, --no-100k, --web)\n".utf8))
                exit(64)
            }
        }
    }
}
