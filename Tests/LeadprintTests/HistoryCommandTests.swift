import Foundation
import TestSupport
import XCTest

/// `--history`, `--stock` and `leadprint history` on one database, as a user runs them.
final class HistoryCommandTests: XCTestCase {
    private func leadprint(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        try Tool.leadprint(arguments, in: folder, environment: environment)
    }

    func testStockContinuesWhereTheLastJobEndedAndHistoryListsBoth() throws {
        let folder = try Tool.temporaryFolder()
        let first = try leadprint(["tags", "--series", "PRO", "--serial", "100", "--history", "h.sqlite", "--stock", "shelf", "-o", "a.pdf"], in: folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("recorded as history entry 1"), first.stderr)
        XCTAssertTrue(first.stderr.contains("next run on that sheet: --start-at 18"), first.stderr)
        let second = try leadprint(["tags", "--series", "PRO", "--history", "h.sqlite", "--stock", "shelf", "-o", "b.pdf"], in: folder)
        XCTAssertEqual(second.status, 0, second.stderr)
        // 17 tags from label 18: 13 on the part-used sheet, 4 on the next; serials 117 to 133.
        XCTAssertTrue(second.stderr.contains("sheets used: 2"), second.stderr)
        XCTAssertTrue(second.stderr.contains("labels used on the last sheet: 4 of 30"), second.stderr)
        XCTAssertTrue(second.stderr.contains("next serial: --serial 134"), second.stderr)
        let text = try Tool.pdfText(folder.appendingPathComponent("b.pdf"), page: 1)
        XCTAssertTrue(text.contains("117"), text)
        XCTAssertFalse(text.contains("116"), text)

        let list = try leadprint(["history", "list", "--history", "h.sqlite"], in: folder)
        XCTAssertEqual(list.status, 0, list.stderr)
        let lines = list.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, list.stdout)
        XCTAssertTrue(lines[0].hasPrefix("2  ") && lines[0].hasSuffix("b.pdf"), String(lines[0]))
        XCTAssertTrue(lines[1].hasPrefix("1  ") && lines[1].hasSuffix("a.pdf"), String(lines[1]))

        let stock = try leadprint(["history", "stock", "--history", "h.sqlite"], in: folder)
        XCTAssertEqual(stock.stdout, "shelf: next label 5 of 30 (avery-5160), next serial 134\n")
        let set = try leadprint(["history", "stock", "shelf", "--start-at", "1", "--history", "h.sqlite"], in: folder)
        XCTAssertEqual(set.stdout, "shelf: next label 1 of 30 (avery-5160), next serial 134\n", set.stderr)
    }

    func testSearchShowAndReprintGiveTheSameBytes() throws {
        let folder = try Tool.temporaryFolder()
        try "series,camera\nPRO,CAM-18\nPRO,CAM-19\n".write(to: folder.appendingPathComponent("order-7.csv"), atomically: true, encoding: .utf8)
        let environment = ["LEADPRINT_HISTORY": folder.appendingPathComponent("h.sqlite").path]
        let run = try leadprint(["tags", "--order", "order-7.csv", "-o", "tags.pdf"], in: folder, environment: environment)
        XCTAssertEqual(run.status, 0, run.stderr)
        let original = try Data(contentsOf: folder.appendingPathComponent("tags.pdf"))

        let search = try leadprint(["history", "search", "cam-19"], in: folder, environment: environment)
        XCTAssertTrue(search.stdout.hasPrefix("1  "), search.stdout)
        let none = try leadprint(["history", "search", "CAM-99"], in: folder, environment: environment)
        XCTAssertEqual(none.stdout, "")
        XCTAssertEqual(none.stderr, "no job matches 'CAM-99'\n")

        let show = try leadprint(["history", "show", "1"], in: folder, environment: environment)
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("keywords: order-7.csv CAM-18 CAM-19"), show.stdout)
        XCTAssertTrue(show.stdout.contains("output: \(original.count) bytes"), show.stdout)
        XCTAssertTrue(show.stdout.contains("order-file: \(folder.standardizedFileURL.path)/order-7.csv"), show.stdout)

        let reprint = try leadprint(["history", "reprint", "1", "-o", "again.pdf"], in: folder, environment: environment)
        XCTAssertEqual(reprint.status, 0, reprint.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("again.pdf")), original)
        XCTAssertTrue(reprint.stderr.contains("recorded as history entry 2"), reprint.stderr)
        let piped = try leadprint(["history", "reprint", "1", "-o", "-"], in: folder, environment: environment)
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stdout.hasPrefix("%PDF-"))

        // The order changed since: the bytes differ, and nothing is written.
        try "series,camera\nPRO,CAM-18\nPRO,CAM-19\nPRO,CAM-20\n".write(to: folder.appendingPathComponent("order-7.csv"), atomically: true, encoding: .utf8)
        let changed = try leadprint(["history", "reprint", "1", "-o", "changed.pdf"], in: folder, environment: environment)
        XCTAssertEqual(changed.status, 1)
        XCTAssertTrue(changed.stderr.contains("entry 1 renders different bytes now"), changed.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("changed.pdf").path))
    }

    func testStockWithoutAHistoryIsAUsageError() throws {
        let folder = try Tool.temporaryFolder()
        let result = try leadprint(["tags", "--series", "PRO", "--stock", "shelf", "-o", "a.pdf"], in: folder, environment: ["LEADPRINT_HISTORY": ""])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("--stock needs a job history"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.pdf").path))
    }

    func testMissingHistoryAndEntryAreOneLineErrors() throws {
        let folder = try Tool.temporaryFolder()
        let missing = try leadprint(["history", "list", "--history", "none.sqlite"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "Error: job history 'none.sqlite': no such file\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))
        XCTAssertEqual(try leadprint(["swatches", "-o", "s.pdf", "--history", "h.sqlite"], in: folder).status, 0)
        let entry = try leadprint(["history", "reprint", "9", "--history", "h.sqlite"], in: folder)
        XCTAssertEqual(entry.status, 1)
        XCTAssertEqual(entry.stderr, "Error: job history: no entry 9\n")
    }

    /// `leadprint run --history` records each job of the file, its paths made absolute so the entry reprints from anywhere.
    func testRunRecordsEveryJob() throws {
        let folder = try Tool.temporaryFolder()
        try """
        jobs:
          - card: {series: PRO}
            output: card.pdf
          - compare: {customer: Acme Security, quote: Q-2041}
            output: quote.pdf
        """.write(to: folder.appendingPathComponent("jobs.yaml"), atomically: true, encoding: .utf8)
        let run = try leadprint(["run", "jobs.yaml", "--history", "h.sqlite"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let found = try leadprint(["history", "search", "acme", "--history", "h.sqlite"], in: folder)
        XCTAssertTrue(found.stdout.hasPrefix("2  ") && found.stdout.contains("compare"), found.stdout)
        let card = try Data(contentsOf: folder.appendingPathComponent("card.pdf"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("card.pdf"))
        let other = try Tool.temporaryFolder()
        let reprint = try leadprint(["history", "reprint", "1", "--no-send", "--history", folder.appendingPathComponent("h.sqlite").path], in: other)
        XCTAssertEqual(reprint.status, 0, reprint.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("card.pdf")), card)
        XCTAssertTrue(reprint.stdout.hasPrefix("wrote \(folder.standardizedFileURL.path)/card.pdf"), reprint.stdout)
    }
}
