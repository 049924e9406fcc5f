import Foundation
import TestSupport
import XCTest

/// `--format ptouch` and `zpl`: checked against independent readers (zebrafy, the ptouch package, a P-touch parser of
/// the tests' own), sent to a printer stand-in on loopback, and to a raw queue of the tests' own cupsd.
final class PrinterLanguageCommandTests: XCTestCase {
    private static let oracles = Tool.repositoryRoot.appendingPathComponent("Tests/Oracles")

    /// The job and its --mono PNG pages, written side by side.
    private func render(_ arguments: [String], format: String, in folder: URL) throws -> (job: URL, pngs: [URL]) {
        let job = folder.appendingPathComponent("tags.\(format)")
        let result = try Tool.leadprint(["tags"] + arguments + ["--format", format, "-o", job.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let png = try Tool.leadprint(["tags"] + arguments + ["--mono", "--format", "png", "-o", folder.appendingPathComponent("tags.png").path])
        XCTAssertEqual(png.status, 0, png.stderr)
        let pngs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "png" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return (job, pngs)
    }

    func testZPLDecodedByZebrafyEqualsTheMonoPNGPixelForPixel() throws {
        for (preset, dpi, turned) in [("zebra-die-cut-2x1in", "203", "0"), ("zebra-sleeve-12mm-300dpi", "300", "1"), ("zebra-die-cut-2x1in", "600", "0")] {
            let folder = try Tool.temporaryFolder()
            let (job, pngs) = try render(["--series", "PRO", "--preset", preset, "--dpi", dpi], format: "zpl", in: folder)
            XCTAssertEqual(pngs.count, 17)
            let script = """
            import sys
            from PIL import Image, ImageChops
            from zebrafy import ZebrafyZPL
            images = ZebrafyZPL(open(sys.argv[1]).read()).to_images()
            turned = sys.argv[2] == "1"
            pngs = sys.argv[3:]
            assert len(images) == len(pngs), (len(images), len(pngs))
            for image, path in zip(images, pngs):
                png = Image.open(path).convert("L")
                if turned:
                    # Sleeve runs along the feed: the tag is turned a quarter turn clockwise.
                    png = png.transpose(Image.Transpose.ROTATE_270)
                decoded = image.convert("L")
                # ^GFA rows are whole bytes: the padding past the page's width must be paper.
                assert decoded.crop((png.width, 0, decoded.width, decoded.height)).getextrema() in ((255, 255), (0, 0)) or decoded.width == png.width, path
                assert ImageChops.difference(decoded.crop((0, 0, png.width, png.height)), png).getbbox() is None, path
                assert png.getextrema() == (0, 255), path + " has no ink"
            print(len(images))
            """
            let result = try Tool.run("python3", ["-c", script, job.path, turned] + pngs.map(\.path))
            XCTAssertEqual(result.status, 0, "\(preset) at \(dpi) dpi: \(result.stderr)")
            XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "17")
        }
    }

    func testPTouchReadsBackToTheMonoPNGAndMatchesThePtouchPackage() throws {
        for (preset, model, tube, firstRow) in [("brother-hse-8.8mm", "PT-P900W", "8.8", "14"), ("brother-hse-11.7mm-180dpi", "PT-P750W", "11.7", "8")] {
            let folder = try Tool.temporaryFolder()
            let (job, pngs) = try render(["--series", "PRO", "--preset", preset], format: "ptouch", in: folder)
            let result = try Tool.run("python3", [Self.oracles.appendingPathComponent("ptouch_oracle.py").path, job.path, model, tube, "2", firstRow] + pngs.map(\.path))
            XCTAssertEqual(result.status, 0, "\(preset): \(result.stdout.prefix(2000)) \(result.stderr)")
            let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(report["pages"] as? Int, 17)
            let ours = try XCTUnwrap(report["ours"] as? [[Any]]), theirs = try XCTUnwrap(report["theirs"] as? [[Any]])
            XCTAssertEqual(ours.count, theirs.count, preset)
            for (a, b) in zip(ours, theirs) {
                XCTAssertEqual(a[0] as? String, b[0] as? String, preset)
                guard let name = a[0] as? String else { continue }
                if name == "ESC i z", var mine = a[1] as? [Int], let package = b[1] as? [Int] {
                    // n9: Brother's reference says 0 for the first page and 1 for the others; the package sends 0 on every page.
                    XCTAssertTrue(mine[8] == 0 || mine[8] == 1)
                    mine[8] = package[8]
                    XCTAssertEqual(mine, package, preset)
                } else if name == "invalidate" {
                    // Brother's PT-E550W/P750W reference sends 100 null bytes, the PT-P900's 200; the package sends 200 to both.
                    XCTAssertEqual(a[1] as? Int, model == "PT-P750W" ? 100 : 200, preset)
                } else {
                    XCTAssertEqual("\(a[1])", "\(b[1])", "\(preset): \(name)")
                }
            }
        }
    }

    func testAPresetForAnotherPrinterIsRefusedNamingThoseThatFit() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("t.ptouch")
        let sheet = try Tool.leadprint(["tags", "--preset", "avery-5160", "--format", "ptouch", "-o", target.path])
        XCTAssertEqual(sheet.status, 1)
        XCTAssertTrue(sheet.stderr.contains("preset avery-5160 is for no label printer leadprint drives directly, not --format ptouch; presets for ptouch: brother-hse-8.8mm, brother-hse-11.7mm, brother-hse-8.8mm-180dpi, brother-hse-11.7mm-180dpi"), sheet.stderr)
        let model = try Tool.leadprint(["tags", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "--printer-model", "PT-P750W", "-o", target.path])
        XCTAssertEqual(model.status, 1)
        XCTAssertTrue(model.stderr.contains("preset brother-hse-8.8mm is for PT-P900W, PT-P950NW, PT-P900, not PT-P750W; presets for PT-P750W: brother-hse-8.8mm-180dpi, brother-hse-11.7mm-180dpi"), model.stderr)
        let zpl = try Tool.leadprint(["tags", "--preset", "brother-hse-8.8mm", "--format", "zpl", "-o", folder.appendingPathComponent("t.zpl").path])
        XCTAssertEqual(zpl.status, 1)
        XCTAssertTrue(zpl.stderr.contains("presets for zpl: zebra-die-cut-2x1in, zebra-sleeve-12mm-300dpi"), zpl.stderr)
        let other = try Tool.leadprint(["tags", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "--darkness", "20", "-o", target.path])
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.stderr.contains("--darkness is a ZPL setting; this job is not ZPL"), other.stderr)
        let pdf = try Tool.leadprint(["tags", "--preset", "avery-5160", "--send", "tcp://127.0.0.1", "-o", folder.appendingPathComponent("t.pdf").path])
        XCTAssertEqual(pdf.status, 1)
        XCTAssertTrue(pdf.stderr.contains("printer settings need --format ptouch or zpl"), pdf.stderr)
        let copies = try Tool.leadprint(["tags", "--preset", "zebra-die-cut-2x1in", "--format", "zpl", "--print", "zebra", "--copies", "2", "-o", folder.appendingPathComponent("t.zpl").path])
        XCTAssertEqual(copies.status, 1)
        XCTAssertTrue(copies.stderr.contains("--copies does not apply to zpl: use --quantity"), copies.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "no partial output")
        let job = folder.appendingPathComponent("job.yaml")
        try """
        jobs:
          - tags: {series: PRO, preset: zebra-die-cut-2x1in}
            format: zpl
            output: \(folder.appendingPathComponent("t.zpl").path)
            printer: {darknes: 3}

        """.write(to: job, atomically: true, encoding: .utf8)
        let misspelt = try Tool.leadprint(["run", job.path])
        XCTAssertEqual(misspelt.status, 1)
        XCTAssertTrue(misspelt.stderr.contains("job.yaml:5: jobs[1].printer.darknes: unknown printer setting 'darknes'; known: send, model, margin"), misspelt.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["job.yaml"])
    }

    func testInkTheHeadCannotReachIsAnErrorNotLostDots() throws {
        // A user's preset without a printable band: the legend spreads over the whole 8.8 mm, past the 96 pins of the band.
        let folder = try Tool.temporaryFolder()
        let presets = folder.appendingPathComponent("wide.yaml")
        try """
        presets:
          - name: wide-band-8.8mm
            kind: roll
            media: {width: 40mm, height: 8.8mm}
            label: {width: 40mm, height: 8.8mm}
            safe-margin: 0.3mm
            minimum-text-size: 5pt
            dpi: 360
            monochrome: true
            continuous: true
            printer: {language: ptouch, models: [PT-P900W], pins: 560}
            source: test
            verified: false

        """.write(to: presets, atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("t.ptouch")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--presets", presets.path, "--preset", "wide-band-8.8mm", "--format", "ptouch", "-o", target.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("tag 1 inks dot row 4, outside the rows 14 to 109 the print head reaches on wide-band-8.8mm's tube"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["wide.yaml"], "no partial output")
    }

    func testTheSummaryCountsTubeAndCuts() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "-o", folder.appendingPathComponent("t.ptouch").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        // 40 mm at 360 dpi is 567 raster lines, plus 2 mm (28 dots) of feed before and after: 623 dots = 43.956 mm a tag.
        XCTAssertTrue(result.stderr.contains("media used: 17 tags, 747.3 mm"), result.stderr)
        XCTAssertTrue(result.stderr.contains("cuts: 17"), result.stderr)
        let again = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "-o", folder.appendingPathComponent("u.ptouch").path])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("t.ptouch")), try Data(contentsOf: folder.appendingPathComponent("u.ptouch")), "byte-identical reruns")
        let half = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "--cut", "half", "--chain", "--feed-margin", "0mm",
                                       "-o", folder.appendingPathComponent("h.ptouch").path])
        XCTAssertEqual(half.status, 0, half.stderr)
        // 567 dots a tag and no margin: 40.005 mm; chain printing leaves the last tag uncut.
        XCTAssertTrue(half.stderr.contains("media used: 17 tags, 680.1 mm"), half.stderr)
        XCTAssertTrue(half.stderr.contains("cuts: 16 (half cuts between tags)"), half.stderr)
    }

    // MARK: Sending

    private static let probe: [UInt8] = [UInt8](repeating: 0, count: 200) + [0x1B, 0x40, 0x1B, 0x69, 0x53]

    /// A Brother status reply: model PT-P900W (69h), media width and kind, error bits 1 and 2.
    private static func status(width: UInt8, kind: UInt8 = 0x11, errors: (UInt8, UInt8) = (0, 0)) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 32)
        bytes[0] = 0x80; bytes[1] = 0x20; bytes[2] = 0x42; bytes[3] = 0x30; bytes[4] = 0x69; bytes[5] = 0x30
        bytes[8] = errors.0; bytes[9] = errors.1; bytes[10] = width; bytes[11] = kind
        return bytes
    }

    func testASentJobIsTheFileAfterAMatchingMediaCheck() throws {
        let printer = try PrinterStandIn(.status(Self.status(width: 9)))
        defer { printer.stop() }
        let target = try Tool.temporaryFolder().appendingPathComponent("t.ptouch")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "--send", printer.uri, "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\(printer.uri): PT-P900W has 8.8 mm HSe tube loaded"), result.stdout)
        let received = try XCTUnwrap(printer.received().first)
        let written = try Data(contentsOf: target)
        XCTAssertEqual(received.prefix(Self.probe.count), Data(Self.probe), "status request first")
        XCTAssertEqual(received.dropFirst(Self.probe.count), written, "then the -o file byte for byte")
    }

    func testZPLToASilentPort9100IsTheFile() throws {
        let printer = try PrinterStandIn(.silent)
        defer { printer.stop() }
        let target = try Tool.temporaryFolder().appendingPathComponent("t.zpl")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "zebra-die-cut-2x1in", "--format", "zpl", "--darkness", "20", "--send", printer.uri, "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(printer.received().first, try Data(contentsOf: target))
    }

    func testAPrinterThatNeverAnswersStatusStillGetsTheJob() throws {
        let printer = try PrinterStandIn(.silent)
        defer { printer.stop() }
        let target = try Tool.temporaryFolder().appendingPathComponent("t.ptouch")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "--send", printer.uri, "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("no status reply within 2.0 s; sent without a media check"), result.stdout)
        XCTAssertEqual(printer.received().first?.dropFirst(Self.probe.count), try Data(contentsOf: target))
    }

    func testWrongTubeNoMediaAndCoverOpenAreRefusedByName() throws {
        let cases: [([UInt8], String)] = [
            (Self.status(width: 12), "the printer has 11.7 mm HSe tube loaded; this job is for 8.8 mm HSe tube"),
            (Self.status(width: 12, kind: 0x01), "the printer has 12 mm laminated tape loaded; this job is for 8.8 mm HSe tube"),
            (Self.status(width: 0, kind: 0, errors: (0x01, 0)), "the printer reports no media"),
            (Self.status(width: 9, errors: (0, 0x10)), "the printer reports cover open"),
            (Self.status(width: 9, errors: (0x04, 0)), "the printer reports cutter jam"),
        ]
        for (reply, message) in cases {
            let printer = try PrinterStandIn(.status(reply))
            defer { printer.stop() }
            let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "--send", printer.uri,
                                             "-o", try Tool.temporaryFolder().appendingPathComponent("t.ptouch").path])
            XCTAssertEqual(result.status, 1, message)
            XCTAssertTrue(result.stderr.contains("\(printer.uri): \(message)"), result.stderr)
            XCTAssertEqual(printer.received().first.map { Array($0) }, Self.probe, "nothing but the status request was sent")
        }
    }

    func testAPrinterThatStopsReadingFailsTheCommandOnceWithinItsTimeout() throws {
        let printer = try PrinterStandIn(.stall(status: Self.status(width: 9), bytes: 20_000))
        defer { printer.stop() }
        let result = try Tool.leadprint(["tags", "--sets", "4", "--preset", "brother-hse-8.8mm", "--format", "ptouch", "--send", printer.uri, "--send-timeout", "1",
                                         "-o", try Tool.temporaryFolder().appendingPathComponent("t.ptouch").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(printer.uri): the printer stopped taking the job after "), result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing taken for 1 s"), result.stderr)
        XCTAssertEqual(printer.received().first?.count, 20_000, "the stand-in read 20,000 bytes, then stopped")
        XCTAssertEqual(printer.connectionCount, 1, "one connection: no retries")
    }

    func testProbePrintsModelAndMedia() throws {
        let printer = try PrinterStandIn(.status(Self.status(width: 12)))
        defer { printer.stop() }
        let result = try Tool.leadprint(["printers", "--probe", printer.uri])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "\(printer.uri): PT-P900W\n  media: 11.7 mm HSe tube\n  errors: none\n")
        let silent = try PrinterStandIn(.silent)
        defer { silent.stop() }
        let none = try Tool.leadprint(["printers", "--probe", silent.uri, "--print-timeout", "1"])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("no status reply within 1 s"), none.stderr)
    }

    func testARefusedConnectionAndABadURIAreOneLine() throws {
        let printer = try PrinterStandIn(.silent)
        let closed = printer.uri
        printer.stop()
        let refused = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "zebra-die-cut-2x1in", "--format", "zpl", "--send", closed,
                                          "-o", try Tool.temporaryFolder().appendingPathComponent("t.zpl").path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("cannot connect to \(closed): Connection refused"), refused.stderr)
        let bad = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "zebra-die-cut-2x1in", "--format", "zpl", "--send", "http://printer",
                                      "-o", try Tool.temporaryFolder().appendingPathComponent("t.zpl").path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("--send 'http://printer': give tcp://HOST[:PORT] (port 9100 when omitted) or usb:/dev/usb/lpN"), bad.stderr)
    }

    func testAUSBDeviceFileGetsTheSameBytes() throws {
        // The kernel's USB printer device is a character device; a plain file stands in for it (no status reply: bounded wait).
        let folder = try Tool.temporaryFolder()
        let device = folder.appendingPathComponent("lp0")
        FileManager.default.createFile(atPath: device.path, contents: nil)
        let target = folder.appendingPathComponent("t.zpl")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "zebra-die-cut-2x1in", "--format", "zpl", "--send", "usb:\(device.path)", "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: device), try Data(contentsOf: target))
    }

    func testAJobFileSaysAllOfIt() throws {
        let printer = try PrinterStandIn(.silent)
        defer { printer.stop() }
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("t.zpl")
        let saved = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "zebra-die-cut-2x1in", "--format", "zpl", "--send", printer.uri, "--speed", "3",
                                        "-o", target.path, "--print-job"])
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertTrue(saved.stdout.contains("printer:"), saved.stdout)
        let file = folder.appendingPathComponent("job.yaml")
        try saved.stdout.write(to: file, atomically: true, encoding: .utf8)
        let run = try Tool.leadprint(["run", file.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let written = try Data(contentsOf: target)
        XCTAssertTrue(String(decoding: written, as: UTF8.self).contains("^PR3"))
        XCTAssertEqual(printer.received().first, written)
    }
}
