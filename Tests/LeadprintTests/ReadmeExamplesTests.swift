import Foundation
import TestSupport
import XCTest

/// The README's examples, run as a new user runs them (issue 30): each command read from README.md itself,
/// in a fresh folder, giving the files and output the README shows and no warning the user did not ask for.
final class ReadmeExamplesTests: XCTestCase {
    private typealias Result = (status: Int32, stdout: String, stderr: String)

    /// One `leadprint ...` line of a ```sh block: its words (quotes removed), a `> FILE` redirection and its comment.
    private struct Example {
        var line: String
        var arguments: [String]
        var redirect: String?
        var comment: String
    }

    private static let readme: String = {
        (try? String(contentsOf: Tool.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    /// The fenced blocks of the README, each with its info string (`sh`, `csv`, `json`, or empty).
    private static var blocks: [(info: String, text: String)] {
        var result: [(String, String)] = []
        var info: String?
        var body: [Substring] = []
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let open = info {
                    result.append((open, body.joined(separator: "\n")))
                    info = nil
                } else {
                    info = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                    body = []
                }
            } else if info != nil {
                body.append(line)
            }
        }
        return result
    }

    /// Every `leadprint` command of the README's ```sh blocks, in the README's order, continuation lines joined.
    private static var examples: [Example] {
        blocks.filter { $0.info == "sh" }.flatMap { block -> [Example] in
            block.text.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").compactMap { line in
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.hasPrefix("leadprint ") else { return nil }
                return parse(text)
            }
        }
    }

    /// Splits a shell line into words the way sh does for these examples: quotes, a `#` comment, one `>` redirection.
    private static func parse(_ line: String) -> Example {
        var words: [String] = [], word = "", inWord = false, quote: Character?
        var comment = "", redirect: String?, redirecting = false
        var index = line.startIndex
        func finish() {
            guard inWord else { return }
            if redirecting { redirect = word; redirecting = false } else { words.append(word) }
            word = ""; inWord = false
        }
        while index < line.endIndex {
            let c = line[index]
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c; inWord = true
            } else if c == " " {
                finish()
            } else if c == "#" && !inWord {
                comment = String(line[line.index(after: index)...]).trimmingCharacters(in: .whitespaces)
                break
            } else if c == ">" && !inWord {
                redirecting = true
            } else {
                word.append(c); inWord = true
            }
            index = line.index(after: index)
        }
        finish()
        return Example(line: line, arguments: Array(words.dropFirst()), redirect: redirect, comment: comment)
    }

    /// Examples that need a printer, a server, the network, a file of the user's own, or a section still being written.
    private static func needsMoreThanAFolder(_ example: Example) -> Bool {
        let a = example.arguments
        return a.contains("--print") || a.contains("--send") || a.contains { $0.hasPrefix("~") || $0 == "mine.yaml" }
            || ["serve", "printers", "history", "verify"].contains(a.first ?? "")
    }

    /// A fresh folder as a user's: the order of the README's warehouse example, and the repository's Resources for brand paths.
    private func userFolder() throws -> URL {
        let folder = try Tool.temporaryFolder()
        try Self.readmeOrder().write(to: folder.appendingPathComponent("order.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Resources"),
                                                   withDestinationURL: Tool.repositoryRoot.appendingPathComponent("Resources"))
        return folder
    }

    /// `order.csv` as the README's csv block shows it: 12 PRO cameras at the docks, 5 VALUE cameras in the yard.
    private static func readmeOrder() -> String {
        let pro = (1...12).map { "CAM-\(String(format: "%02d", $0)),PRO,\"Dock \($0), north\"" }
        let value = (13...17).map { "CAM-\($0),VALUE,Yard" }
        return (["camera,series,location"] + pro + value).joined(separator: "\n") + "\n"
    }

    private func wrote(_ result: Result) -> [String] {
        result.stdout.split(separator: "\n").filter { $0.hasPrefix("wrote ") }.map { String($0.dropFirst("wrote ".count)) }
    }

    /// Standard error less the job summary a tag run prints: what is left is a warning nobody asked for.
    private func unaskedFor(_ stderr: String) -> [Substring] {
        var inSummary = false
        return stderr.split(separator: "\n").filter { line in
            if line == "job summary:" { inSummary = true; return false }
            if inSummary && line.hasPrefix("  ") { return false }
            inSummary = false
            return true
        }
    }

    func testTheReadmeOrderIsTheOneItsCsvBlockShows() throws {
        let shown = try XCTUnwrap(Self.blocks.first { $0.info == "csv" }).text.split(separator: "\n").filter { $0 != "..." }
        let written = Self.readmeOrder().split(separator: "\n")
        XCTAssertGreaterThanOrEqual(shown.count, 4)
        for line in shown { XCTAssertTrue(written.contains(line), "README order line \(line) not in the test's order.csv") }
    }

    /// Every quick README command runs in a fresh folder, exits 0, writes the file its comment or `-o` names, and warns of nothing.
    func testEveryReadmeCommandRunsAndWritesWhatItsCommentSays() throws {
        let examples = Self.examples.filter { !Self.needsMoreThanAFolder($0) }
        let lines = examples.map(\.line)
        // The commands this test must cover; if the README stops showing one, the test says so rather than shrink.
        for needed in ["leadprint tags --series PRO --sets 2", "leadprint tags --series PRO --sets 5 --collate lead",
                       "leadprint tags --preset avery-l7651 --start-at 14", "leadprint tags --serial 1000 --outlines -o proof.pdf",
                       "leadprint card --series PRO", "leadprint compare", "leadprint compare --series PRO,VALUE --page a4",
                       "leadprint swatches --page a4", "leadprint presets --search 5160", "leadprint catalog check",
                       "leadprint calibrate --preset avery-5160", "leadprint tags --order order.csv --preset avery-5160 --start-at 8"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(needed) }, "the README shows no '\(needed)' example")
        }
        let folder = try userFolder()
        for example in examples {
            let result = try Tool.leadprint(example.arguments, in: folder)
            XCTAssertEqual(result.status, 0, "\(example.line)\n\(result.stderr)")
            XCTAssertEqual(unaskedFor(result.stderr), [], "\(example.line) printed what was not asked for")
            if let redirect = example.redirect {
                try result.stdout.write(to: folder.appendingPathComponent(redirect), atomically: true, encoding: .utf8)
            }
            let files = wrote(result)
            // A file the comment names (output/…) is the file the command writes.
            if let range = example.comment.range(of: #"output/[A-Za-z0-9._-]+\.(pdf|png|svg)"#, options: .regularExpression) {
                XCTAssertEqual(files, [String(example.comment[range])], example.line)
            }
            // "-o FILE" writes that file, or its numbered pages.
            if let o = example.arguments.firstIndex(of: "-o"), o + 1 < example.arguments.count, !example.arguments.contains("--print-job") {
                let target = example.arguments[o + 1], stem = (target as NSString).deletingPathExtension
                XCTAssertFalse(files.isEmpty, example.line)
                for file in files { XCTAssertTrue(file == target || file.hasPrefix(stem + "-"), "\(example.line) wrote \(file)") }
            }
            for file in files { XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), file) }
            // "on N sheets" in a comment is the summary's sheet count.
            if let range = example.comment.range(of: #"on [0-9]+ sheets"#, options: .regularExpression) {
                let count = example.comment[range].split(separator: " ")[1]
                XCTAssertTrue(result.stderr.contains("sheets used: \(count)\n"), "\(example.line)\n\(result.stderr)")
            }
        }
    }

    /// The names the README's "File names" paragraph shows are the names those options give.
    func testTheFileNamesTheReadmeShowsAreTheOnesWritten() throws {
        let cases: [(arguments: [String], name: String)] = [
            (["tags", "--series", "PRO", "--sets", "5", "--collate", "lead", "--serial", "1000"], "tags-pro-avery-5160-sets5-by-lead-serial1000"),
            (["card", "--sheet", "letter", "--duplex"], "card-all-cr80-letter-duplex"),
            (["compare", "--page", "a4", "--quote", "Q-2026-0117"], "compare-pro-value-a4-q-2026-0117"),
            (["card", "--lang", "es"], "card-all-cr80-es.pdf"),
            (["card", "--lang", "zh-Hans"], "card-all-cr80-zh-hans.pdf"),
            (["calibrate", "--preset", "avery-5160", "--offset", "1mm,-2mm", "--scale", "1.005"], "calibrate-avery-5160-offset1mm_-2mm-scale1.005"),
        ]
        let folder = try userFolder()
        for (arguments, name) in cases {
            XCTAssertTrue(Self.readme.contains("`\(name)`"), "the README no longer shows \(name)")
            let result = try Tool.leadprint(arguments, in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(wrote(result), ["output/" + (name.hasSuffix(".pdf") ? name : name + ".pdf")], arguments.joined(separator: " "))
        }
    }

    /// `catalog show --json` holds what the README's abridged JSON shows, with its keys in the same (sorted) order.
    func testCatalogJSONHoldsTheReadmesExample() throws {
        let shownText = try XCTUnwrap(Self.blocks.first { $0.info == "json" && $0.text.contains("\"capabilities\"") }).text
        let result = try Tool.leadprint(["catalog", "show", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let shown = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(shownText.utf8)) as? [String: Any])
        let actual = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let shownSeries = try XCTUnwrap((shown["series"] as? [[String: Any]])?.first)
        let series = try XCTUnwrap((actual["series"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(shownSeries.keys), Set(series.keys))
        // Compared as canonical JSON text, since dictionaries have no order of their own.
        let canonical = { (value: Any?) throws -> String in
            String(decoding: try JSONSerialization.data(withJSONObject: try XCTUnwrap(value), options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
        }
        for key in ["capabilities", "id", "leadCount", "name"] {
            XCTAssertEqual(try canonical(shownSeries[key]), try canonical(series[key]), key)
        }
        for key in ["leads", "groups"] {
            XCTAssertEqual(try canonical((shownSeries[key] as? [Any])?.first), try canonical((series[key] as? [Any])?.first), key)
        }
        // Keys in the README's order are the keys in the program's order.
        let keys = { (text: String) in text.matches(of: /"([a-zA-Z-]+)" ?:/).map { String($0.1) } }
        let printed = keys(result.stdout)
        var position = printed.startIndex
        for key in keys(shownText) {
            let found = try XCTUnwrap(printed[position...].firstIndex(of: key), "key \(key) out of the printed order")
            position = found + 1
        }
    }

    /// The job-file example: the saved job renders the same bytes as the command line it came from.
    func testTheSavedJobRendersTheSameBytesAsItsCommand() throws {
        let examples = Self.examples
        // The job files section: a command saved with --print-job, then `leadprint run` of that file.
        let rerun = try XCTUnwrap(examples.first { example in
            example.arguments.first == "run" && examples.contains { $0.arguments.contains("--print-job") && $0.redirect == example.arguments.last }
        })
        let save = try XCTUnwrap(examples.first { $0.arguments.contains("--print-job") && $0.redirect == rerun.arguments.last })
        let folder = try userFolder()
        let saved = try Tool.leadprint(save.arguments, in: folder)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        try saved.stdout.write(to: folder.appendingPathComponent(try XCTUnwrap(save.redirect)), atomically: true, encoding: .utf8)
        let run = try Tool.leadprint(rerun.arguments, in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let output = try XCTUnwrap(save.arguments.firstIndex(of: "-o").map { save.arguments[$0 + 1] })
        XCTAssertEqual(wrote(run), [output])
        XCTAssertTrue(rerun.comment.contains("writes \(output)"), rerun.comment)
        let fromJob = try Data(contentsOf: folder.appendingPathComponent(output))
        let direct = try Tool.leadprint(save.arguments.filter { $0 != "--print-job" }.map { $0 == output ? "direct.pdf" : $0 }, in: folder)
        XCTAssertEqual(direct.status, 0, direct.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("direct.pdf")), fromJob, "byte-identical to running the command")
    }

    /// The warehouse order prints the summary the README shows, and `--summary-json` the JSON it shows.
    func testTheOrderExamplePrintsTheReadmesSummary() throws {
        let blocks = Self.blocks
        let commandBlock = try XCTUnwrap(blocks.firstIndex { $0.info == "sh" && $0.text.contains("--order order.csv") && $0.text.contains("--start-at 8") })
        let example = try XCTUnwrap(Self.examples.first { $0.line == blocks[commandBlock].text.trimmingCharacters(in: .whitespacesAndNewlines) })
        let shownOutput = blocks[commandBlock + 1].text
        let shownJSON = try XCTUnwrap(blocks[(commandBlock + 1)...].first { $0.info == "json" && $0.text.contains("nextStartAt") }).text
        let folder = try userFolder()
        let result = try Tool.leadprint(example.arguments + ["--summary-json", "summary.json"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout + result.stderr, shownOutput + "\n")
        let json = try String(contentsOf: folder.appendingPathComponent("summary.json"), encoding: .utf8)
        XCTAssertEqual(json.trimmingCharacters(in: .whitespacesAndNewlines), shownJSON.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Each mistake the README lists for order files is the line a user gets for such a file.
    func testEveryOrderMistakeReadsAsTheReadmeShows() throws {
        let shown = try XCTUnwrap(Self.blocks.first { $0.info.isEmpty && $0.text.contains("Error: order.csv:") }).text.split(separator: "\n")
        let header = "camera,series,location"
        let docks = (1...12).map { "CAM-\(String(format: "%02d", $0)),PRO,\"Dock \($0), north\"" }
        let orders: [Data] = [
            Data(([header] + docks.prefix(5) + ["CAM-6,PRO,\"Dock 6, north"]).joined(separator: "\n").utf8),
            Data([header, "CAM-01,PRO,Yard", "CAM-02 A\u{1F468},PRO,Yard"].joined(separator: "\n").utf8),
            Data(([header] + docks + ["CAM-13,PR0,Yard"]).joined(separator: "\n").utf8),
            Data("series,quantity\nPRO,12\nVALUE,0\n".utf8),
            Data(([header] + docks.prefix(6) + ["CAM-07,PRO,Yard", "CAM-07,PRO,Yard"]).joined(separator: "\n").utf8),
            Data("series,location\nPRO,Yard\n".utf8),
            // Line 5 ends in a Latin-1 "é", as a spreadsheet saving plain CSV writes it.
            Data((([header] + docks.prefix(3)).joined(separator: "\n") + "\nCAM-04,PRO,Caf").utf8) + Data([0xE9, 0x0A]),
        ]
        var got: [String] = []
        for order in orders {
            let folder = try Tool.temporaryFolder()
            try order.write(to: folder.appendingPathComponent("order.csv"))
            let result = try Tool.leadprint(["tags", "--order", "order.csv", "--template", "site"], in: folder)
            XCTAssertEqual(result.status, 1, result.stderr)
            got.append(result.stderr.trimmingCharacters(in: .newlines))
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "output" }, ["order.csv"])
        }
        XCTAssertEqual(got, shown.map(String.init))
    }

    /// A bad catalog reports every problem on a line of its own, as the README's example shows.
    func testABadCatalogReadsAsTheReadmeShows() throws {
        let shown = try XCTUnwrap(Self.blocks.first { $0.info.isEmpty && $0.text.contains("unknown colour ('Blak')") }).text.split(separator: "\n")
        let bundled = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), encoding: .utf8)
        var lines = bundled.components(separatedBy: "\n")
        // The README's example: PRO's lead 9 in 'Blak', and VALUE declaring 11 leads.
        let pro = try XCTUnwrap(lines.firstIndex { $0.contains("position: 9,") && $0.contains("color: Black") })
        lines[pro] = lines[pro].replacingOccurrences(of: "color: Black", with: "color: Blak")
        let count = try XCTUnwrap(lines.firstIndex { $0.contains("leadCount: 10") })
        lines[count] = lines[count].replacingOccurrences(of: "leadCount: 10", with: "leadCount: 11")
        let folder = try Tool.temporaryFolder()
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("catalog.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["catalog", "check", "--catalog", "catalog.yaml"], in: folder)
        XCTAssertEqual(result.status, 1)
        // The README's line numbers are an example's; the rest of each line is the program's.
        let withoutLines = { (line: Substring) in line.replacingOccurrences(of: #"catalog\.yaml:[0-9]+:"#, with: "catalog.yaml:N:", options: .regularExpression) }
        XCTAssertEqual(result.stderr.split(separator: "\n").map(withoutLines), shown.map(withoutLines))
    }

    /// `presets --check` lists gLabels' problems, not the shipped presets the user did not ask about; a plain listing warns of nothing.
    func testPresetsCheckListsTheProblemsOnly() throws {
        let check = try Tool.leadprint(["presets", "--check"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertFalse(check.stdout.contains("avery-l7651"), check.stdout)
        XCTAssertTrue(check.stdout.hasPrefix("gLabels templates: ") || check.stdout.isEmpty, check.stdout)
        let listing = try Tool.leadprint(["presets"])
        XCTAssertEqual(listing.stderr, "")
        let columns = try XCTUnwrap(Self.examples.first { $0.arguments == ["presets"] }).comment
        let header = try XCTUnwrap(listing.stdout.split(separator: "\n").first)
        XCTAssertEqual(header.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "),
                       columns.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "labels per page", with: "per page"))
    }
}
