import Foundation
import TestSupport
import XCTest

/// Job files: `leadprint run`, `--print-job`, and the bundled job file behind `leadprint all`.
final class JobFileCommandTests: XCTestCase {
    private func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    func testAJobFileRendersTheSameBytesAsTheThreeCommands() throws {
        let folder = try Tool.temporaryFolder()
        let commands = [
            ["tags", "--series", "PRO", "--sets", "2", "--serial", "100", "-o", "cmd-tags.pdf"],
            ["card", "--series", "value", "--sheet", "a4", "--duplex", "-o", "cmd-card.pdf"],
            ["compare", "--series", "PRO,VALUE", "--page", "a4", "--customer", "Acme Security", "--date", "2026-01-15", "-o", "cmd-compare.pdf"],
        ]
        for command in commands { XCTAssertEqual(try Tool.leadprint(command, in: folder).status, 0, command.joined(separator: " ")) }
        let jobs = """
            jobs:
              - tags: {series: PRO, sets: 2, serial: 100}
                output: job-tags.pdf
              - card: {series: [VALUE], sheet: a4, duplex: true}
                output: job-card.pdf
              - compare:
                  series: pro,value
                  page: a4
                  customer: Acme Security
                  date: 2026-01-15
                output: job-compare.pdf
            """
        try jobs.write(to: folder.appendingPathComponent("jobs.yaml"), atomically: true, encoding: .utf8)
        let run = try Tool.leadprint(["run", "jobs.yaml"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "wrote job-tags.pdf\nwrote job-card.pdf\nwrote job-compare.pdf\n")
        for kind in ["tags", "card", "compare"] {
            let command = try bytes(folder.appendingPathComponent("cmd-\(kind).pdf"))
            let job = try bytes(folder.appendingPathComponent("job-\(kind).pdf"))
            XCTAssertGreaterThan(command.count, 1000)
            XCTAssertEqual(command, job, kind)
        }
    }

    func testPrintJobThenRunWritesTheSameFileAsTheCommand() throws {
        let folder = try Tool.temporaryFolder()
        let commands = [
            ["tags", "--series", "VALUE", "--preset", "avery-l7651", "--start-at", "14", "--barcode", "qr", "--serial", "5", "--offset", "0.5mm,-0.25mm", "-o", "X.pdf"],
            ["card", "--series", "PRO", "--preset", "index-3x5", "--bleed", "0.125in", "-o", "X.pdf"],
            ["compare", "--page", "letter", "--quote", "Q-2026-0117", "--date", "2026-02-01", "--valid-until", "2026-03-01", "--summary-only", "-o", "X.pdf"],
        ]
        for command in commands {
            let direct = try Tool.leadprint(command, in: folder)
            XCTAssertEqual(direct.status, 0, direct.stderr)
            let expected = try bytes(folder.appendingPathComponent("X.pdf"))
            try FileManager.default.removeItem(at: folder.appendingPathComponent("X.pdf"))

            let printed = try Tool.leadprint(command + ["--print-job"], in: folder)
            XCTAssertEqual(printed.status, 0, printed.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("X.pdf").path), "--print-job rendered a file")
            XCTAssertTrue(printed.stdout.hasPrefix("jobs:"), printed.stdout)
            try printed.stdout.write(to: folder.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
            let run = try Tool.leadprint(["run", "job.yaml"], in: folder)
            XCTAssertEqual(run.status, 0, run.stderr + printed.stdout)
            XCTAssertEqual(try bytes(folder.appendingPathComponent("X.pdf")), expected, command[0])
            try FileManager.default.removeItem(at: folder.appendingPathComponent("X.pdf"))
        }
    }

    func testAllRendersTheBundledJobFileWithTheSameNamesAsTheCommands() throws {
        let folder = try Tool.temporaryFolder()
        let all = try Tool.leadprint(["all", "--output-folder", "out"], in: folder)
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertTrue(all.stdout.contains("wrote out/card-all-cr80-letter-duplex.pdf"), all.stdout)
        let single = try Tool.leadprint(["card", "--sheet", "letter", "--duplex"], in: folder)
        XCTAssertEqual(single.status, 0, single.stderr)
        XCTAssertEqual(single.stdout, "wrote output/card-all-cr80-letter-duplex.pdf\n")
        XCTAssertEqual(try bytes(folder.appendingPathComponent("out/card-all-cr80-letter-duplex.pdf")),
                       try bytes(folder.appendingPathComponent("output/card-all-cr80-letter-duplex.pdf")))
    }

    func testAJobThatFailsNamesTheJobFileLineAndTheJob() throws {
        let folder = try Tool.temporaryFolder()
        try "jobs:\n  - swatches: {}\n    output: ok.pdf\n  - card: {series: NOPE}\n    output: bad.pdf\n"
            .write(to: folder.appendingPathComponent("j.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["run", "j.yaml"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: j.yaml:4: job 2 (card): unknown series 'NOPE' (known: PRO, VALUE, all)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.pdf").path))
    }
}
