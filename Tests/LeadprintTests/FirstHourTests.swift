import Foundation
import TestSupport
import XCTest

/// What a new user meets in the first hour (issue 30): names that read, no silent no-ops, no unasked-for noise.
final class FirstHourTests: XCTestCase {
    private func wrote(_ result: (status: Int32, stdout: String, stderr: String)) -> [String] {
        result.stdout.split(separator: "\n").filter { $0.hasPrefix("wrote ") }.map { String($0.dropFirst("wrote ".count)) }
    }

    func testAnAccentedCustomerIsTransliteratedInTheFileName() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["compare", "--customer", "Sécurité Nord"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(wrote(result), ["output/compare-pro-value-letter-securite-nord.pdf"])
    }

    func testAChineseDocumentEndsInTheLowerCaseLanguageCodeAsTheReadmeSays() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["card", "--series", "VALUE", "--preset", "index-4x6", "--lang", "zh-Hans"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(wrote(result), ["output/card-value-index-4x6-zh-hans.pdf"])
        let readme = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("-zh-hans"), "the README names the suffix a Chinese document gets")
    }

    func testAPrinterCorrectionIsSpelledOutNotHashed() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["calibrate", "--preset", "avery-5160", "--offset", "1mm,-2mm", "--scale", "1.005"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(wrote(result), ["output/calibrate-avery-5160-offset1mm_-2mm-scale1.005.pdf"])
    }

    func testAnOrderFileNamesTheDocumentOnceAndNotAsAllSeries() throws {
        let folder = try Tool.temporaryFolder()
        try Data("camera,series,location\nCAM-1,PRO,Gate\nCAM-2,VALUE,Yard\n".utf8).write(to: folder.appendingPathComponent("order.csv"))
        let result = try Tool.leadprint(["tags", "--order", "order.csv", "--template", "site"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(wrote(result), ["output/tags-order-avery-5160-site.pdf"])
        try Data("camera,series\nCAM-3,PRO\n".utf8).write(to: folder.appendingPathComponent("dock-b.csv"))
        let named = try Tool.leadprint(["tags", "--order", "dock-b.csv"], in: folder)
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertEqual(wrote(named), ["output/tags-order-dock-b-avery-5160.pdf"])
    }

    func testQuoteTermsReadAsTheirRowLabelsAndStayUnique() throws {
        let folder = try Tool.temporaryFolder()
        let a = try Tool.leadprint(["compare", "--row", "Unit price=1240;980"], in: folder)
        let b = try Tool.leadprint(["compare", "--row", "Unit price=1250;980"], in: folder)
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(b.status, 0, b.stderr)
        let first = try XCTUnwrap(wrote(a).first), second = try XCTUnwrap(wrote(b).first)
        XCTAssertTrue(first.hasPrefix("output/compare-pro-value-letter-unit-price-"), first)
        XCTAssertNotEqual(first, second, "two different quotes never share a file")
    }

    func testAMissingTemplatesFolderIsAnErrorNamingIt() throws {
        let folder = try Tool.temporaryFolder()
        for arguments in [["presets"], ["tags", "--series", "VALUE"]] {
            let result = try Tool.leadprint(arguments + ["--templates", "my-sheetz"], in: folder)
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(result.stderr, "Error: --templates my-sheetz: no such folder\n")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "nothing written, not even an empty output folder")
        }
    }

    func testAPlainPresetListingIsQuiet() throws {
        let result = try Tool.leadprint(["presets"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertFalse(result.stdout.contains("gLabels templates:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("avery-5160"), result.stdout)
    }

    func testEveryProblemLineOfACatalogCheckStandsOnItsOwn() throws {
        let folder = try Tool.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml")
        let bundled = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), encoding: .utf8)
        let broken = bundled.replacingOccurrences(of: "color: Brown", with: "color: Blak")
            .replacingOccurrences(of: "leadCount: 10", with: "leadCount: 11")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["catalog", "check", "--catalog", file.path])
        XCTAssertEqual(result.status, 1)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertGreaterThanOrEqual(lines.count, 2, result.stderr)
        for line in lines { XCTAssertTrue(line.hasPrefix("Error: "), String(line)) }
    }

    func testContinueFromStartsWhereTheLastJobEnded() throws {
        let folder = try Tool.temporaryFolder()
        let first = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "avery-l7651", "--serial", "100",
                                        "-o", "a.pdf", "--summary-json", "a.json"], in: folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        // 17 PRO tags on a 65-label sheet: the next job starts at label 18 with serial 117.
        let job = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "avery-l7651", "--continue-from", "a.json", "--print-job"], in: folder)
        XCTAssertEqual(job.status, 0, job.stderr)
        XCTAssertTrue(job.stdout.contains("start-at: 18"), job.stdout)
        XCTAssertTrue(job.stdout.contains("serial: 117"), job.stdout)
        let own = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "avery-l7651", "--continue-from", "a.json", "--start-at", "30", "--print-job"], in: folder)
        XCTAssertTrue(own.stdout.contains("start-at: 30"), own.stdout)
        try Data("not a summary".utf8).write(to: folder.appendingPathComponent("bad.json"))
        let bad = try Tool.leadprint(["tags", "--continue-from", "bad.json", "-o", "b.pdf"], in: folder)
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr, "Error: continue-from bad.json: not a job summary written by --summary-json (needs nextStartAt and labelsPerSheet)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b.pdf").path))
    }

    /// The README's list of what `leadprint` writes with no arguments is what it writes.
    func testTheReadmeListsTheFilesLeadprintAllWrites() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["all"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = Set(wrote(result).map { URL(fileURLWithPath: $0).lastPathComponent })
        let readme = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "<!-- leadprint all writes -->"))
        let end = try XCTUnwrap(readme.range(of: "<!-- end of list -->", range: start.upperBound..<readme.endIndex))
        let list = readme[start.upperBound..<end.lowerBound]
        let listed = Set(list.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
        XCTAssertEqual(listed, written)
    }
}
