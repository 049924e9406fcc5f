import Foundation
import TestSupport
import XCTest

/// Bad input of every kind, run through the command: each case must fail with its one-line located
/// message and exit status, and leave the target exactly as it was (here: an old file that must survive).
final class BadInputTableTests: XCTestCase {
    struct Case {
        /// What the case is about, for failure messages.
        var name: String
        /// Arguments after the subcommand's defaults; `-o out/t.pdf` is added unless the case gives `-o`.
        var arguments: [String]
        /// Files written into the working folder before the run.
        var files: [String: [UInt8]] = [:]
        /// Text the standard error must contain.
        var message: String
        /// The exit status: 1 for bad files and failed writes, 64 for usage errors.
        var status: Int32 = 1
        /// Standard input, for `--catalog -`.
        var input: [UInt8]?
    }

    static let catalog = """
    catalog:
      title: Test
      revision: "1"
      source: unit test
    publisher:
      name: ACME
    series:
      - id: A
        name: A Series
        description: two leads
        leadCount: 2
        leads:
          - {position: 1, color: Red, label: IN, definition: Alarm in, group: in}
          - {position: 2, color: Black, label: GND, definition: Ground, group: in}
        groups:
          - {id: in, name: Alarm input, kind: alarm-input}

    """

    static let palette = """
    colors:
      - {name: Red, code: RD, rgb: "#E00000"}
      - {name: Black, code: BK, rgb: "#000000"}
      - {name: White, code: WH, rgb: "#FFFFFF"}
      - {name: Blue, code: BU, rgb: "#0000E0"}

    """

    static let presets = """
    presets:
      - name: r
        kind: roll
        media: {width: 62mm, height: 29mm}
        label: {width: 62mm, height: 29mm}
        dpi: 300
        source: test
        verified: true

    """

    static let sheet = """
    presets:
      - name: s
        kind: sheet
        media: {width: 8.5in, height: 11in}
        label: {width: 2.625in, height: 1in, shape: rounded, radius: 0.0625in}
        grid: {columns: 3, rows: 10, x0: 0.15625in, y0: 0.5in, dx: 2.78125in, dy: 1in}
        source: test
        verified: true

    """

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    private static func catalogCase(_ name: String, _ text: String, _ message: String) -> Case {
        Case(name: "catalog: " + name, arguments: ["tags", "--catalog", "c.yaml"], files: ["c.yaml": bytes(text)], message: message)
    }

    private static func catalog(replacing old: String, with new: String, _ message: String) -> Case {
        precondition(catalog.contains(old), old)
        return catalogCase(old + " -> " + new, catalog.replacingOccurrences(of: old, with: new), message)
    }

    private static func paletteCase(_ name: String, _ text: String, _ message: String) -> Case {
        Case(name: "palette: " + name, arguments: ["tags", "--palette", "p.yaml"], files: ["p.yaml": bytes(text)], message: message)
    }

    private static func palette(replacing old: String, with new: String, _ message: String) -> Case {
        precondition(palette.contains(old), old)
        return paletteCase(old + " -> " + new, palette.replacingOccurrences(of: old, with: new), message)
    }

    private static func presetCase(_ name: String, _ text: String, _ message: String, preset: String = "r") -> Case {
        Case(name: "presets: " + name, arguments: ["tags", "--presets", "x.yaml", "--preset", preset],
             files: ["x.yaml": bytes(text)], message: message)
    }

    private static func preset(replacing old: String, with new: String, in base: String = presets, _ message: String) -> Case {
        precondition(base.contains(old), old)
        return presetCase(old + " -> " + new, base.replacingOccurrences(of: old, with: new), message,
                          preset: base == sheet ? "s" : "r")
    }

    static let deep = bytes(String(repeating: "[", count: 5000))
    static let nonUTF8 = bytes("a: 1\nb: 2\nc: x") + [0xFF, 0xFE] + bytes("\n")
    static let huge = String(repeating: "x", count: 1_000_000)

    static let cases: [Case] = [
        // Catalog files.
        catalogCase("deep flow nesting", String(repeating: "[", count: 5000), "c.yaml:1: lists and mappings nest deeper than 64 levels"),
        catalogCase("deep block nesting", "a:\n" + (1...100).map { String(repeating: " ", count: $0) + "b:\n" }.joined(),
                    "lists and mappings nest deeper than 64 levels"),
        Case(name: "catalog: not UTF-8", arguments: ["tags", "--catalog", "c.yaml"], files: ["c.yaml": nonUTF8],
             message: "c.yaml:3: not UTF-8 text ('byte 0xFF')"),
        Case(name: "catalog: NUL", arguments: ["tags", "--catalog", "c.yaml"], files: ["c.yaml": bytes("catalog:\n  title: a\u{0}b\n")],
             message: "c.yaml:2: NUL byte in the text ('0x00')"),
        Case(name: "catalog: escape character", arguments: ["tags", "--catalog", "c.yaml"], files: ["c.yaml": bytes("a: 1\nb: \u{1B}[31m\n")],
             message: "c.yaml:2: control character in the text ('0x1B')"),
        catalogCase("empty file", "", "c.yaml: file is empty"),
        catalogCase("syntax error", "catalog:\n  title: [a,\n", "c.yaml:3: YAML syntax error"),
        catalogCase("a list at the top", "- a\n- b\n", "c.yaml:1: expected a mapping of fields ('a list')"),
        catalog(replacing: "series:", with: "serie:", "c.yaml:7: serie: unknown field; did you mean 'series'?"),
        catalog(replacing: "color: Red,", with: "colour: Red,", "c.yaml:13: series A, lead 1, colour: unknown field; did you mean 'color'?"),
        catalog(replacing: "label: IN,", with: "label: IN, label: IN2,", "c.yaml:13: series A, lead 1, label: field given twice, first on line 13"),
        catalog(replacing: "position: 2", with: "position: two", "c.yaml:14: series A, position: expected a whole number from 1 to 256 ('two')"),
        catalog(replacing: "position: 2", with: "position: 0", "c.yaml:14: series A, position: must be a whole number from 1 to 256 (0)"),
        catalog(replacing: "position: 2", with: "position: 1e19", "c.yaml:14: series A, position: expected a whole number from 1 to 256 ('1e19')"),
        catalog(replacing: "leadCount: 2", with: "leadCount: 99999999999999999999",
                "c.yaml:11: series A, leadCount: expected a whole number from 0 to 256 ('99999999999999999999')"),
        catalog(replacing: "label: GND", with: "label: \"G\\nND\"",
                "c.yaml:14: series A, lead 2, label: must be one line without control characters ('G\\nND')"),
        catalog(replacing: "label: GND", with: "label: \"G\\tND\"",
                "c.yaml:14: series A, lead 2, label: must be one line without control characters ('G\\tND')"),
        catalog(replacing: "label: GND", with: "label: G\u{378}ND",
                "c.yaml:14: series A, lead 2, label: no installed font has the character U+0378"),
        catalog(replacing: "color: Black", with: "color: Blak", "c.yaml:14: series A, lead 2, color: unknown colour ('Blak')"),
        catalog(replacing: "definition: Ground", with: "definition: \(huge)", "c.yaml:14: series A, lead 2, definition: must be at most 2000 characters ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…xxxxxxxxxxxxxxxxxxx')"),
        catalog(replacing: "publisher:\n  name: ACME\n", with: "", "c.yaml:1: publisher: missing required field"),
        catalog(replacing: "kind: alarm-input", with: "kind: alarm-inptu",
                "c.yaml:16: series A, group in, kind: unknown kind; did you mean 'alarm-input'?"),
        catalog(replacing: "leadCount: 2", with: "leadCount: 3", "c.yaml:11: series A, leadCount: declares 3 leads but lists 2 (3)"),
        catalogCase("300 leads in a series", catalog.replacingOccurrences(of: "leadCount: 2", with: "leadCount: 256")
            .replacingOccurrences(of: "      - {position: 2, color: Black, label: GND, definition: Ground, group: in}\n",
                                  with: (2...300).map { "      - {position: \($0), color: Black, label: G\($0), definition: Ground, group: in}\n" }.joined()),
                    "c.yaml:8: series A, leads: lists 300 leads; the limit is 256 per series"),
        catalogCase("an alias bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + (1...7).map { "l\($0): &l\($0) [" + Array(repeating: $0 == 1 ? "*a" : "*l\($0 - 1)", count: 10).joined(separator: ", ") + "]\n" }.joined(),
                    "c.yaml:7: more than 2000000 values (aliases counted as what they repeat)"),
        Case(name: "catalog: missing file", arguments: ["tags", "--catalog", "nope.yaml"],
             message: "nope.yaml: cannot read file: No such file or directory"),
        Case(name: "catalog: a folder", arguments: ["tags", "--catalog", "."], message: "cannot read file: is a folder, not a file"),
        Case(name: "catalog: deep nesting on stdin", arguments: ["tags", "--catalog", "-"],
             message: "<stdin>:1: lists and mappings nest deeper than 64 levels", input: deep),
        Case(name: "catalog: not UTF-8 on stdin", arguments: ["tags", "--catalog", "-"],
             message: "<stdin>:3: not UTF-8 text ('byte 0xFF')", input: nonUTF8),
        Case(name: "catalog: over the size limit", arguments: ["tags", "--catalog", "c.yaml"],
             files: ["c.yaml": Array(repeating: UInt8(ascii: "#"), count: (16 << 20) + 1)],
             message: "c.yaml: the file is larger than the limit of 16777216 bytes"),

        // Palette files.
        paletteCase("empty colour list", "colors: []\n", "p.yaml:1: colors: a palette needs at least one colour"),
        paletteCase("empty file", "", "p.yaml: file is empty"),
        palette(replacing: "code: BU", with: "code: RD", "p.yaml:5: colors.Blue: code already used by Red ('RD')"),
        palette(replacing: "#0000E0", with: "blue", "p.yaml:5: rgb: expected \"#RRGGBB\" ('blue')"),
        palette(replacing: "{name: Blue,", with: "{name: Blue, aliase: [B],", "p.yaml:5: aliase: unknown field; did you mean 'aliases'?"),
        palette(replacing: "{name: White,", with: "{name: Bla/ck,", "p.yaml:4: name: a colour name must not contain '/' ('Bla/ck')"),
        palette(replacing: "{name: White,", with: "{name: black,", "p.yaml:4: colors.black: name already used by Black ('black')"),
        paletteCase("two-colour base unknown", palette + "  - {name: Pink/Blue, code: PKBU, base: Pink, tracer: Blue}\n",
                    "p.yaml:6: colors.Pink/Blue: base must name a solid colour of this palette ('Pink')"),
        paletteCase("deep nesting", String(repeating: "{a: ", count: 3000), "p.yaml:1: lists and mappings nest deeper than 64 levels"),
        Case(name: "palette: not UTF-8", arguments: ["tags", "--palette", "p.yaml"], files: ["p.yaml": nonUTF8],
             message: "p.yaml:3: not UTF-8 text ('byte 0xFF')"),
        Case(name: "palette: missing file", arguments: ["tags", "--palette", "nope.yaml"],
             message: "nope.yaml: cannot read file: No such file or directory"),

        // Presets files.
        preset(replacing: "dpi: 300", with: "dpi: 1e19", "x.yaml:6: preset r, dpi: must be a number from 72 to 4800 ('1e19')"),
        preset(replacing: "dpi: 300", with: "dpi: 2e9", "x.yaml:6: preset r, dpi: must be a number from 72 to 4800 ('2e9')"),
        preset(replacing: "dpi: 300", with: "dpi: .inf", "x.yaml:6: preset r, dpi: must be a number from 72 to 4800 ('.inf')"),
        preset(replacing: "media: {width: 8.5in, height: 11in}", with: "media: {width: 8.5in, height: 117000in}", in: sheet,
               "x.yaml:4: preset s, media.height: must be from 0.01pt to 7200pt ('117000in')"),
        preset(replacing: "dpi: 300", with: "dpi: 300\n    continuous: yes", "x.yaml:7: preset r, continuous: expected true or false ('yes')"),
        preset(replacing: "    verified: true\n", with: "", "x.yaml:2: preset r, verified: missing required field"),
        preset(replacing: "radius: 0.0625in", with: "radius: 0.6in", in: sheet,
               "x.yaml:2: preset s, label.radius: the corner radius 43.2pt is more than half the label (36pt)"),
        preset(replacing: "columns: 3", with: "columns: 0", in: sheet, "x.yaml:6: preset s, grid.columns: must be a whole number from 1 to 100 (0)"),
        preset(replacing: "rows: 10", with: "rows: -3", in: sheet, "x.yaml:6: preset s, grid.rows: must be a whole number from 1 to 100 (-3)"),
        preset(replacing: "shape: rounded", with: "shap: rounded", in: sheet, "x.yaml:5: preset s, label.shap: unknown field; did you mean 'shape'?"),
        preset(replacing: "dx: 2.78125in", with: "dx: 2.78125in, dz: 1in", in: sheet, "x.yaml:6: preset s, grid.dz: unknown field; did you mean 'dx'?"),
        preset(replacing: "label: {width: 62mm, height: 29mm}", with: "label: {width: 62mm, height: 29mm}\n    printable: {x: 0mm, y: 0mm, width: 70mm, height: 10mm}",
               "x.yaml:2: preset r, printable: the printable band"),
        preset(replacing: "width: 62mm, height: 29mm}\n    label", with: "width: -62mm, height: 29mm}\n    label",
               "x.yaml:4: preset r, media.width: must be from 0.01pt to 7200pt ('-62mm')"),
        preset(replacing: "label: {width: 62mm", with: "label: {width: 62", "x.yaml:5: preset r, label.width: expected a length with a unit, like 25.4mm, 1in or 72pt ('62')"),
        preset(replacing: "kind: roll", with: "kind: rol", "x.yaml:3: preset r, kind: unknown kind; did you mean 'roll'?"),
        preset(replacing: "columns: 3", with: "columns: 4", in: sheet, "x.yaml:2: preset s, grid: labels run off the"),
        presetCase("deep nesting", "presets: " + String(repeating: "[", count: 5000), "x.yaml:1: lists and mappings nest deeper than 64 levels"),
        Case(name: "presets: not UTF-8", arguments: ["tags", "--presets", "x.yaml"], files: ["x.yaml": nonUTF8],
             message: "x.yaml:3: not UTF-8 text ('byte 0xFF')"),
        Case(name: "presets: missing file", arguments: ["tags", "--presets", "nope.yaml"],
             message: "nope.yaml: cannot read file: No such file or directory"),
        Case(name: "presets: a folder", arguments: ["tags", "--presets", "."], message: "cannot read file: is a folder, not a file"),

        // Options: ranges are usage errors.
        Case(name: "--dpi out of range", arguments: ["tags", "--dpi", "10000", "-o", "out/t.png"], files: ["out/t.png": bytes("old")],
             message: "--dpi must be from 36 to 2400 (got 10000)", status: 64),
        Case(name: "--ends 3", arguments: ["tags", "--ends", "3"], message: "--ends must be 1 or 2 (got 3)", status: 64),
        Case(name: "--sets 0", arguments: ["tags", "--sets", "0"], message: "--sets must be 1 to 100000 (got 0)", status: 64),
        Case(name: "--sets huge", arguments: ["tags", "--sets", "4611686018427387904"],
             message: "--sets must be 1 to 100000 (got 4611686018427387904)", status: 64),
        Case(name: "--start-at 31", arguments: ["tags", "--start-at", "31"],
             message: "--start-at must be 1 to 30, the labels on one avery-5160 page (got 31)", status: 64),
        Case(name: "--serial past the limit", arguments: ["tags", "--serial", "999999999999"],
             message: "--serial must be at most 999999999973 for 27 wires (the largest serial printed is 999999999999)", status: 64),
        Case(name: "empty --quote-url", arguments: ["compare", "--quote-url", ""], message: "--quote-url '' is not a URL (it is empty)", status: 64),
        Case(name: "unknown series", arguments: ["tags", "--series", "NOPE"], message: "unknown series 'NOPE'", status: 64),
        Case(name: "a line break in an option value", arguments: ["tags", "--series", "A\nB"], message: "unknown series 'A\\u{a}B'", status: 64),
        Case(name: "a 100 KB option value", arguments: ["tags", "--series", String(repeating: "s", count: 100_000)],
             message: "unknown series 'sssss", status: 64),
        Case(name: "a line break in a preset name", arguments: ["tags", "--preset", "a\nb"], message: "unknown roll/sheet preset 'a\\nb'"),
        Case(name: "--offset off the media", arguments: ["tags", "--offset", "1000mm,0mm"],
             message: "past the edge of the media", status: 64),
        Case(name: "calibrate offset off the media", arguments: ["calibrate", "--preset", "avery-5160", "--offset", "0mm,400mm"],
             message: "past the edge of the media", status: 64),
        Case(name: "unknown output extension", arguments: ["tags", "-o", "out/t.txt"],
             message: "cannot tell the format of 'out/t.txt' from its extension", status: 64),

        // Job files: the same reader, the same guards, every problem on its line.
        Case(name: "job file: deep nesting", arguments: ["run", "j.yaml"], files: ["j.yaml": deep],
             message: "j.yaml:1: lists and mappings nest deeper than 64 levels"),
        Case(name: "job file: not UTF-8", arguments: ["run", "j.yaml"],
             files: ["j.yaml": bytes("jobs:\n  - tags: {series: PRO}\n    output: out/t.pdf\n") + [0xFF, 0x0A]],
             message: "j.yaml:4: not UTF-8 text ('byte 0xFF')"),
        Case(name: "job file: unknown key", arguments: ["run", "j.yaml"],
             files: ["j.yaml": bytes("jobs:\n  - tags: {series: PRO, stes: 2}\n    output: out/t.pdf\n")],
             message: "j.yaml:2: jobs[1].tags.stes: unknown field; did you mean 'sets'?"),
        Case(name: "job file: yes is not a switch", arguments: ["run", "j.yaml"],
             files: ["j.yaml": bytes("jobs:\n  - tags: {series: PRO, outlines: yes}\n    output: out/t.pdf\n")],
             message: "j.yaml:2: jobs[1].tags.outlines: expected true or false ('yes')"),
        Case(name: "job file: sets out of range", arguments: ["run", "j.yaml"],
             files: ["j.yaml": bytes("jobs:\n  - tags: {series: PRO, sets: 0}\n    output: out/t.pdf\n")],
             message: "j.yaml:2: jobs[1].tags: sets must be 1 to 100000 (got 0)"),
        Case(name: "job file: dpi out of range", arguments: ["run", "j.yaml"],
             files: ["j.yaml": bytes("jobs:\n  - tags: {series: PRO}\n    output: out/t.png\n    dpi: 1e19\n"), "out/t.png": bytes("old")],
             message: "j.yaml:2: job 1 (tags): dpi must be from 36 to 2400"),
        Case(name: "job file: a number too large to hold", arguments: ["run", "j.yaml"],
             files: ["j.yaml": bytes("jobs:\n  - tags: {series: PRO}\n    output: out/t.pdf\n    copies: 99999999999999999999\n")],
             message: "j.yaml:4: jobs[1].copies: expected a whole number"),
        Case(name: "job file: jobs is not a list", arguments: ["run", "j.yaml"], files: ["j.yaml": bytes("jobs: {a: 1}\n")],
             message: "j.yaml:1: jobs: expected a list ('a mapping')"),
        Case(name: "job file: missing", arguments: ["run", "nope.yaml"], message: "nope.yaml: cannot read file: No such file or directory"),

        // Orders: located by file, line and column.
        Case(name: "order: unknown series", arguments: ["tags", "--order", "o.csv"], files: ["o.csv": bytes("series,quantity\nPR0,2\n")],
             message: "o.csv:2: column series: unknown series 'PR0' (known: PRO, VALUE)"),
        Case(name: "order: zero quantity", arguments: ["tags", "--order", "o.csv"], files: ["o.csv": bytes("series,quantity\nPRO,0\n")],
             message: "o.csv:2: column quantity: quantity must be a whole number of 1 or more (got '0')"),
        Case(name: "order: not UTF-8", arguments: ["tags", "--order", "o.csv"], files: ["o.csv": bytes("series,quantity\nPRO,2\n") + [0xFF, 0x0A]],
             message: "o.csv:3: the text is not UTF-8 (save the order as CSV UTF-8)"),
        Case(name: "order: no series column", arguments: ["tags", "--order", "o.csv"], files: ["o.csv": bytes("camera,location\nCAM-1,x\n")],
             message: "o.csv:1: missing column series"),
        Case(name: "order: a camera twice", arguments: ["tags", "--order", "o.csv"], files: ["o.csv": bytes("camera,series\nCAM-1,PRO\nCAM-1,PRO\n")],
             message: "o.csv:3: column camera: camera 'CAM-1' is already listed at o.csv:2"),
        Case(name: "order: missing file", arguments: ["tags", "--order", "none.csv"], message: "cannot read order none.csv: No such file or directory"),

        // Output paths: the real cause, in one line.
        Case(name: "missing output folder", arguments: ["tags", "-o", "missing/t.pdf"],
             message: "output folder 'missing' does not exist"),
        Case(name: "output folder is a file", arguments: ["tags", "-o", "out/t.pdf/x.pdf"], files: ["out/t.pdf": bytes("old")],
             message: "output folder 'out/t.pdf' is a file, not a folder"),
        Case(name: "target is a folder", arguments: ["tags", "-o", "out/d.pdf"], files: ["out/d.pdf/keep": bytes("keep")],
             message: "out/d.pdf: cannot write: it is a folder, not a regular file"),
        Case(name: "target name too long", arguments: ["tags", "-o", "out/" + String(repeating: "n", count: 300) + ".pdf"],
             message: "cannot write: File name too long"),
        Case(name: "multi-page PNG into a missing folder", arguments: ["tags", "--sets", "3", "--dpi", "36", "-o", "missing/t.png"],
             message: "output folder 'missing' does not exist"),
    ]

    func testEveryBadInputFailsLocatedInOneLineAndLeavesTheTargetAlone() throws {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 60)
        for item in Self.cases {
            let folder = try Tool.temporaryFolder()
            var files = item.files
            if !item.arguments.contains("-o") { files["out/t.pdf"] = Self.bytes("old") }
            for (name, content) in files {
                let url = folder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content).write(to: url)
            }
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
            let before = try snapshot(folder)
            var arguments = item.arguments
            // A job file names its own outputs.
            if !arguments.contains("-o") && arguments.first != "run" { arguments += ["-o", "out/t.pdf"] }
            let result = try Tool.leadprint(arguments, in: folder, input: item.input.map { Data($0) })
            XCTAssertEqual(result.status, item.status, "\(item.name): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(item.message), "\(item.name): expected \(item.message), got \(result.stderr.prefix(600))")
            XCTAssertEqual(result.stdout, "", item.name)
            for line in result.stderr.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, 700, "\(item.name): an overlong line")
            }
            XCTAssertEqual(try snapshot(folder), before, "\(item.name): the folder changed")
        }
    }

    /// Every file under the folder (hidden ones included) with its contents' size and first bytes.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return result }
        for case let path as String in walker {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            result[path] = isFolder.boolValue ? Data() : try Data(contentsOf: url).prefix(64)
        }
        return result
    }
}
