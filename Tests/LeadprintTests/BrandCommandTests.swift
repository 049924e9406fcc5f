import Foundation
import TestSupport
import XCTest

/// `--brand`, `--row` and `--note` on the command line, in job files, and through `--print-job`.
final class BrandCommandTests: XCTestCase {
    private let brand = Tool.repositoryRoot.appendingPathComponent("Resources/brands/example/brand.yaml").path
    private let epoch = ["SOURCE_DATE_EPOCH": "1768435200"]

    func testPrintJobRoundTripsTheBrandRowsAndNotes() throws {
        let folder = try Tool.temporaryFolder()
        let command = ["compare", "--series", "PRO,VALUE", "--customer", "Acme Security", "--quote", "Q-2026-0117", "--date", "2026-01-15",
                       "--valid-until", "2026-02-15", "--brand", brand, "--row", "Unit price (USD)=1,240.00;980", "--row", "Lead time=3 weeks;2 weeks",
                       "--note", "Installation is quoted separately.", "-o", "X.pdf"]
        let direct = try Tool.leadprint(command, in: folder)
        XCTAssertEqual(direct.status, 0, direct.stderr)
        let expected = try Data(contentsOf: folder.appendingPathComponent("X.pdf"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("X.pdf"))
        let printed = try Tool.leadprint(command + ["--print-job"], in: folder)
        XCTAssertEqual(printed.status, 0, printed.stderr)
        for part in ["brand: \(brand)", "label: Unit price (USD)", "- 1,240.00", "label: Lead time", "notes:", "- Installation is quoted separately."] {
            XCTAssertTrue(printed.stdout.contains(part), "job lacks \(part):\n\(printed.stdout)")
        }
        try printed.stdout.write(to: folder.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let run = try Tool.leadprint(["run", "job.yaml"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr + printed.stdout)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("X.pdf")), expected)
        let text = try Tool.pdfText(folder.appendingPathComponent("X.pdf"), page: 1)
        for part in ["Northwind Security Supply", "1,240.00", "980.00", "3 weeks", "Installation is quoted separately.", "15 January 2026", "15 February 2026"] {
            XCTAssertTrue(text.contains(part), "sheet lacks \(part):\n\(text)")
        }
    }

    func testAJobFilesSharedBrandServesCompareAndCardLikeTheOption() throws {
        let folder = try Tool.temporaryFolder()
        for command in [["compare", "--brand", brand, "-o", "cmd-compare.pdf"], ["card", "--series", "PRO", "--brand", brand, "-o", "cmd-card.pdf"],
                        ["compare", "--row", "Unit price=1240;980.5", "-o", "cmd-rows.pdf"]] {
            let result = try Tool.leadprint(command, in: folder, environment: epoch)
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        let jobs = """
            brand: \(brand)
            jobs:
              - compare: {}
                output: job-compare.pdf
              - card: {series: PRO}
                output: job-card.pdf
              - compare:
                  rows:
                    - {label: Unit price, values: [1240, 980.5]}
                  brand: \(brand.replacingOccurrences(of: "brand.yaml", with: "missing.yaml"))
                output: job-rows.pdf
            """
        try jobs.write(to: folder.appendingPathComponent("jobs.yaml"), atomically: true, encoding: .utf8)
        let run = try Tool.leadprint(["run", "jobs.yaml"], in: folder, environment: epoch)
        // The third job names its own brand file, which does not exist: the first two are written, the third fails by name.
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("jobs.yaml:7: job 3 (compare)") && run.stderr.contains("missing.yaml: cannot read file: No such file or directory"), run.stderr)
        for kind in ["compare", "card"] {
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("cmd-\(kind).pdf")), try Data(contentsOf: folder.appendingPathComponent("job-\(kind).pdf")), kind)
        }
        // Numbers in YAML are read as the row's values and printed in the sheet's format.
        let rowsJob = """
            jobs:
              - compare:
                  rows:
                    - {label: Unit price, values: [1240, 980.5]}
                output: job-rows.pdf
            """
        try rowsJob.write(to: folder.appendingPathComponent("rows.yaml"), atomically: true, encoding: .utf8)
        let rows = try Tool.leadprint(["run", "rows.yaml"], in: folder, environment: epoch)
        XCTAssertEqual(rows.status, 0, rows.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("cmd-rows.pdf")), try Data(contentsOf: folder.appendingPathComponent("job-rows.pdf")))
        let back = try Tool.pdfText(folder.appendingPathComponent("job-card.pdf"), page: 2)
        XCTAssertTrue(back.contains("Your installer/reseller: Northwind Security Supply"), back)
    }

    func testBadBrandFilesAndRowsFailWithLocatedMessages() throws {
        let folder = try Tool.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        try "name: Acme\naccent: \"#12GG00\"\nlogo: missing.svg\ncolour: red\n".write(to: folder.appendingPathComponent("b/brand.yaml"), atomically: true, encoding: .utf8)
        let bad = try Tool.leadprint(["compare", "--brand", "b/brand.yaml", "-o", "x.pdf"], in: folder)
        XCTAssertEqual(bad.status, 1)
        for line in ["b/brand.yaml:4: colour: unknown field", "b/brand.yaml:2: accent: '#12GG00' is not a colour as \"#RRGGBB\" (six hex digits)",
                     "b/brand.yaml:3: logo: 'missing.svg' cannot be read (no such file)"] {
            XCTAssertTrue(bad.stderr.contains(line), "missing \(line):\n\(bad.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.pdf").path))
        let row = try Tool.leadprint(["compare", "--row", "Unit price 1240", "-o", "x.pdf"], in: folder)
        XCTAssertEqual(row.status, 64)
        XCTAssertTrue(row.stderr.contains("--row 'Unit price 1240' is not a row as LABEL=VALUE;VALUE (one value per series)"), row.stderr)
        let count = try Tool.leadprint(["compare", "--row", "Unit price=1;2;3", "-o", "x.pdf"], in: folder)
        // A row that does not match the series is a usage error, like every other option the document refuses.
        XCTAssertEqual(count.status, 64)
        XCTAssertTrue(count.stderr.contains("--row must be one value per series (2, in column order) (got Unit price=1;2;3)"), count.stderr)
    }
}
