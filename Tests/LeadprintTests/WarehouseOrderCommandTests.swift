import Foundation
import TestSupport
import XCTest

/// `leadprint tags --order`: the warehouse order of issue 10 as one run, bad orders, the job summary.
final class WarehouseOrderCommandTests: XCTestCase {
    /// 12 PRO cameras CAM-01..CAM-12, 5 VALUE cameras CAM-13..CAM-17, one row each, CRLF line ends.
    private func writeOrder(in folder: URL) throws -> URL {
        var rows = ["camera,series,location"]
        rows += (1...12).map { String(format: "CAM-%02d,PRO,\"Dock %d, north\"", $0, $0) }
        rows += (13...17).map { String(format: "CAM-%02d,VALUE,Yard", $0) }
        let url = folder.appendingPathComponent("order.csv")
        try Data((rows.joined(separator: "\r\n") + "\r\n").utf8).write(to: url)
        return url
    }

    func testTheWarehouseOrderPrintsAsOneRunWithCameraIDsSerialsAndSummary() throws {
        let folder = try Tool.temporaryFolder()
        _ = try writeOrder(in: folder)
        let result = try Tool.leadprint(["tags", "--order", "order.csv", "--start-at", "8", "--serial", "1", "--ends", "2", "--template", "site",
                                         "-o", "order.pdf", "--summary-json", "summary.json"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = folder.appendingPathComponent("order.pdf")
        let text = try Tool.pdfText(pdf)

        // Leads per series, read from the catalog the run used.
        let catalog = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), encoding: .utf8)
        let labels = labelsBySeries(catalog)
        let pro = try XCTUnwrap(labels["PRO"]), value = try XCTUnwrap(labels["VALUE"])
        let wires = 12 * pro.count + 5 * value.count

        // Every camera ID heads each of its tags: both ends of each lead.
        let ids = text.components(separatedBy: .whitespacesAndNewlines).filter { $0.hasPrefix("CAM-") }
        for camera in 1...17 {
            let id = String(format: "CAM-%02d", camera)
            let leads = camera <= 12 ? pro.count : value.count
            XCTAssertEqual(ids.filter { $0 == id }.count, leads * 2, id)
        }
        // Each wire's two tags name their end, A and B, in a box of their own beside the label: once per wire each.
        let words = text.components(separatedBy: .whitespacesAndNewlines)
        XCTAssertEqual(words.filter { $0 == "A" }.count, wires)
        XCTAssertEqual(words.filter { $0 == "B" }.count, wires)
        // Serials 1...wires, each twice, in order, without a gap.
        // Read in drawing order (pdftotext -raw): labels are drawn position by position. "#1" of "Alarm input #1" is no serial.
        let raw = try Tool.run("pdftotext", ["-raw", pdf.path, "-"]).stdout
        let serials = raw.components(separatedBy: .whitespacesAndNewlines).filter { $0.hasPrefix("#") && $0.count >= 5 }.compactMap { Int($0.dropFirst()) }
        XCTAssertEqual(serials, (1...wires).flatMap { [$0, $0] })

        // The summary, computed here: pairs fill from label 8, each on two neighbouring labels of one row of three (the
        // third left blank when a pair cannot start there), and never straddle two sheets.
        let perSheet = 30, columns = 3
        func pairStarts(from first: Int) -> [Int] {
            var starts: [Int] = [], p = first
            while p + 1 < perSheet { if p % columns != columns - 1 { starts.append(p); p += 2 } else { p += 1 } }
            return starts
        }
        let firstSheet = pairStarts(from: 7), laterSheet = pairStarts(from: 0)
        let firstSheetPairs = firstSheet.count
        let rest = wires - firstSheetPairs
        let laterSheets = (rest + laterSheet.count - 1) / laterSheet.count
        let onLast = laterSheet[rest - (laterSheets - 1) * laterSheet.count - 1] + 2
        let sheets = 1 + laterSheets
        let nextStart = onLast == perSheet ? 1 : onLast + 1
        let blanks = (perSheet - 7) + (laterSheets - 1) * perSheet + onLast - 2 * wires
        XCTAssertEqual(try Tool.pdfPageSizes(pdf).count, sheets)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any]
        XCTAssertEqual(summary?["sheets"] as? Int, sheets)
        XCTAssertEqual(summary?["labelsOnLastSheet"] as? Int, onLast)
        XCTAssertEqual(summary?["nextStartAt"] as? Int, nextStart)
        XCTAssertEqual(summary?["nextSerial"] as? Int, wires + 1)
        XCTAssertEqual(summary?["blanks"] as? Int, blanks)
        XCTAssertTrue(result.stderr.contains("labels left blank to keep each pair in one row: \(blanks)\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("sheets used: \(sheets)\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("next run on that sheet: --start-at \(nextStart)\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("next serial: --serial \(wires + 1)\n"), result.stderr)

        // The last label of sheet 1 stays empty: the pair that would have straddled rows (and sheets) starts sheet 2.
        let sheet2 = try Tool.run("pdftotext", ["-raw", "-f", "2", "-l", "2", pdf.path, "-"]).stdout
        let firstSerialOnSheet2 = sheet2.components(separatedBy: .whitespacesAndNewlines).first { $0.hasPrefix("#") && $0.count >= 5 }
        XCTAssertEqual(firstSerialOnSheet2, String(format: "#%04d", firstSheetPairs + 1))
    }

    func testEndNamesAndQuantityLinesNameCamerasByPattern() throws {
        let folder = try Tool.temporaryFolder()
        try Data("Series,Quantity\nVALUE,2\nPRO,1\n".utf8).write(to: folder.appendingPathComponent("q.csv"))
        let result = try Tool.leadprint(["tags", "--order", "q.csv", "--ends", "2", "--end-names", "CAM,PANEL", "--template", "site",
                                         "--camera-pattern", "{series}-{set:03}", "-o", "q.pdf"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let words = try Tool.pdfText(folder.appendingPathComponent("q.pdf")).components(separatedBy: .whitespacesAndNewlines)
        // Each camera heads both tags of its wires; the end names print once a tag, boxed beside the label.
        XCTAssertEqual(words.filter { $0 == "VALUE-001" }.count, 20)
        XCTAssertEqual(words.filter { $0 == "VALUE-002" }.count, 20)
        XCTAssertEqual(words.filter { $0 == "PRO-003" }.count, 34, "{set} counts cameras across the order's lines")
        XCTAssertEqual(words.filter { $0 == "CAM" }.count, 37)
        XCTAssertEqual(words.filter { $0 == "PANEL" }.count, 37)
    }

    func testBadOrdersFailLocatedAndWriteNothing() throws {
        let cases: [(String, Data, String)] = [
            ("unknown series", Data("series,quantity\nPRO,2\nPR0,1\n".utf8), "order.csv:3: column series: unknown series 'PR0' (known: PRO, VALUE)"),
            ("quantity 0", Data("series,quantity\nPRO,0\n".utf8), "order.csv:2: column quantity: quantity must be a whole number of 1 or more (got '0')"),
            ("negative", Data("series,quantity\nVALUE,-2\n".utf8), "order.csv:2: column quantity: quantity must be a whole number of 1 or more (got '-2')"),
            ("missing column", Data("series,count\nPRO,2\n".utf8), "order.csv:1: missing column quantity or camera"),
            ("duplicate camera", Data("series,camera\nPRO,A1\nPRO,A2\nVALUE,A1\n".utf8), "order.csv:4: column camera: camera 'A1' is already listed at order.csv:2"),
            ("not UTF-8", Data("series,camera\nPRO,A1\nPRO,Ca".utf8) + Data([0xF1, 0x6F, 0x0A]), "order.csv:3: the text is not UTF-8"),
        ]
        for (name, bytes, expected) in cases {
            let folder = try Tool.temporaryFolder()
            try bytes.write(to: folder.appendingPathComponent("order.csv"))
            let result = try Tool.leadprint(["tags", "--order", "order.csv", "-o", "x.pdf", "--summary-json", "s.json"], in: folder)
            XCTAssertEqual(result.status, 1, name)
            XCTAssertTrue(result.stderr.contains(expected), "\(name): \(result.stderr)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["order.csv"], name)
        }
    }

    func testOptionsThatContradictAnOrderAreRejected() throws {
        let folder = try Tool.temporaryFolder()
        _ = try writeOrder(in: folder)
        let cases: [([String], String)] = [
            (["--series", "PRO"], "--series must be left out when an order is given"),
            (["--sets", "2"], "--sets must be left out when an order is given"),
            (["--end-names", "X,Y"], "--end-names must be two names, given with ends 2 (got X,Y)"),
            (["--camera-pattern", "C{label}"], "--camera-pattern 'C{label}' is not a pattern of {set} and {series}"),
            (["--template", "nope"], "unknown tag text template 'nope' (known: compact, signal, site, or a .yaml file)"),
            (["--barcode", "qr", "--barcode-data", "{bay}"], "unknown field '{bay}'"),
        ]
        for (arguments, expected) in cases {
            let result = try Tool.leadprint(["tags", "--order", "order.csv", "-o", "x.pdf"] + arguments, in: folder)
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["order.csv"], "\(arguments)")
        }
    }

    func testNewOptionsRoundTripThroughPrintJob() throws {
        let folder = try Tool.temporaryFolder()
        _ = try writeOrder(in: folder)
        let command = ["tags", "--order", "order.csv", "--ends", "2", "--end-names", "CAM,PANEL", "--template", "site", "--camera-pattern", "C{set}",
                       "--serial", "5", "--summary-json", "s.json", "-o", "X.pdf"]
        XCTAssertEqual(try Tool.leadprint(command, in: folder).status, 0)
        let expected = try Data(contentsOf: folder.appendingPathComponent("X.pdf"))
        let expectedSummary = try Data(contentsOf: folder.appendingPathComponent("s.json"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("X.pdf"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("s.json"))
        let printed = try Tool.leadprint(command + ["--print-job"], in: folder)
        XCTAssertEqual(printed.status, 0, printed.stderr)
        // Paths are written absolute, so the saved job runs from any folder.
        for key in ["order-file: \(folder.path)/order.csv", "template: site", "end-names:", "camera-pattern: C{set}", "summary-json: \(folder.path)/s.json"] {
            XCTAssertTrue(printed.stdout.contains(key), "\(key) in \(printed.stdout)")
        }
        try printed.stdout.write(to: folder.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let run = try Tool.leadprint(["run", "job.yaml"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("X.pdf")), expected)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("s.json")), expectedSummary)

        let mono = try Tool.leadprint(["tags", "--preset", "brother-hse-8.8mm", "--no-mono", "--print-job"], in: folder)
        XCTAssertTrue(mono.stdout.contains("mono: false"), mono.stdout)
    }

    func testAnOrderInAJobFile() throws {
        let folder = try Tool.temporaryFolder()
        let job = """
            jobs:
              - tags:
                  order:
                    lines: [{series: VALUE, quantity: 1}]
                    cameras: [{series: PRO, camera: GATE-2, location: North gate, fields: {bay: B7}}]
                  template: site
                  barcode: code128
                  barcode-data: "{camera}-{bay|location}-{position:02}"
                  preset: avery-l7160
                output: j.pdf
            """
        try job.write(to: folder.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let run = try Tool.leadprint(["run", "job.yaml"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let text = try Tool.pdfText(folder.appendingPathComponent("j.pdf"))
        XCTAssertTrue(text.contains("CAM-01"), "the quantity line's camera is named by the pattern")
        XCTAssertTrue(text.contains("GATE-2-B7-01"), "an extra field in the barcode's readable line: \(text.prefix(400))")
    }

    func testAnOrderInAJobFileIsLocatedByItsEntry() throws {
        let folder = try Tool.temporaryFolder()
        let job = """
            jobs:
              - tags:
                  order:
                    cameras: [{series: PRO, camera: A1}, {series: VALU, camera: A2}]
                output: j.pdf
            """
        try job.write(to: folder.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let run = try Tool.leadprint(["run", "job.yaml"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("job file: order cameras[1]: column series: unknown series 'VALU' (known: PRO, VALUE)"), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["job.yaml"])
    }

    /// Lead labels per series id, read from the catalog YAML's `- {position: N, ... label: X` lines.
    private func labelsBySeries(_ yaml: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var current: String?
        for line in yaml.components(separatedBy: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("- id: ") { current = String(t.dropFirst(6)); continue }
            if let current, t.hasPrefix("- {position:") { result[current, default: []].append(t) }
        }
        return result
    }
}
