import Foundation
import TestSupport
import XCTest

/// What a Unix user expects of the command line, through the real binary.
final class CommandLineBehaviourTests: XCTestCase {
    func testVersionIsPrintedAndWrittenIntoThePDF() throws {
        let folder = try Tool.temporaryFolder()
        let version = try Tool.leadprint(["--version"], in: folder)
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, version.stdout)
        XCTAssertEqual(try Tool.leadprint(["swatches", "-o", "s.pdf"], in: folder).status, 0)
        let info = try Tool.run("pdfinfo", [folder.appendingPathComponent("s.pdf").path]).stdout
        XCTAssertTrue(info.contains("Creator:         leadprint \(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines))"), info)
    }

    func testAMistypedCommandSuggestsTheRightOneWithTheTopLevelUsage() throws {
        let tag = try Tool.leadprint(["tag", "--sets", "2"])
        XCTAssertEqual(tag.status, 64)
        XCTAssertTrue(tag.stderr.hasPrefix("Error: unknown command 'tag'; did you mean 'tags'?\nUsage: leadprint <subcommand>"), tag.stderr)
        let bogus = try Tool.leadprint(["bogus"])
        XCTAssertEqual(bogus.status, 64)
        XCTAssertTrue(bogus.stderr.hasPrefix("Error: unknown command 'bogus'\n"), bogus.stderr)
        let help = try Tool.leadprint(["help", "bogus"])
        XCTAssertEqual(help.status, 64)
        XCTAssertTrue(help.stderr.hasPrefix("Error: unknown command 'bogus'"), help.stderr)
    }

    func testSeriesMeansTheSameInEveryCommand() throws {
        let folder = try Tool.temporaryFolder()
        for command in [["tags", "--series", "pro,Value"], ["card", "--series", "pro,Value"], ["compare", "--series", "pro,Value"]] {
            let result = try Tool.leadprint(command + ["-o", "x.pdf"], in: folder)
            XCTAssertEqual(result.status, 0, "\(command): \(result.stderr)")
        }
        for command in [["tags"], ["card"], ["compare"]] {
            let result = try Tool.leadprint(command + ["--series", "PRO,NOPE", "-o", "y.pdf"], in: folder)
            // A value the option cannot take is a usage error: exit 64, the message, then the usage line.
            XCTAssertEqual(result.status, 64, "\(command)")
            XCTAssertTrue(result.stderr.hasPrefix("Error: unknown series 'NOPE' (known: PRO, VALUE, all)\nUsage: leadprint \(command[0])"), result.stderr)
        }
        let cards = try Tool.leadprint(["card", "--series", "all", "-o", "cards.pdf"], in: folder)
        XCTAssertEqual(cards.status, 0, cards.stderr)
        XCTAssertEqual(try Tool.pdfPageSizes(folder.appendingPathComponent("cards.pdf")).count, 4)
    }

    func testOutputIntoAMissingFolderNamesTheFolder() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["tags", "-o", "nowhere/t.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: output folder 'nowhere' does not exist\n")
    }

    func testFormatThatContradictsTheExtensionIsAnError() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["tags", "-o", "e.pdf", "--format", "png"], in: folder)
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.hasPrefix("Error: --format png contradicts the extension of -o 'e.pdf'"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testDashWritesAOneFileDocumentToStandardOutput() throws {
        let folder = try Tool.temporaryFolder()
        let piped = try Tool.leadprint(["swatches", "-o", "-", "--format", "svg"], in: folder)
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertEqual(try Tool.leadprint(["swatches", "-o", "s.svg"], in: folder).status, 0)
        XCTAssertEqual(piped.stdout, try String(contentsOf: folder.appendingPathComponent("s.svg"), encoding: .utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["s.svg"])
        let twoPages = try Tool.leadprint(["compare", "-o", "-", "--format", "png"], in: folder)
        XCTAssertEqual(twoPages.status, 1)
        XCTAssertEqual(twoPages.stderr, "Error: standard output takes one file, and this png document has 2 pages (use PDF, or write to a file)\n")
    }

    func testDefaultNamesDifferWhenTheOptionsDifferAndPagesArePadded() throws {
        let folder = try Tool.temporaryFolder()
        let a = try Tool.leadprint(["tags", "--series", "PRO", "--sets", "2"], in: folder)
        let b = try Tool.leadprint(["tags", "--series", "PRO", "--sets", "5", "--collate", "lead"], in: folder)
        XCTAssertEqual(a.stdout, "wrote output/tags-pro-avery-5160-sets2.pdf\n")
        XCTAssertEqual(b.stdout, "wrote output/tags-pro-avery-5160-sets5-by-lead.pdf\n")
        let tube = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-8.8mm", "-o", "tube.png", "--dpi", "72"], in: folder)
        XCTAssertEqual(tube.status, 0, tube.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("tube") }.sorted()
        XCTAssertEqual(names, (1...17).map { String(format: "tube-%02d.png", $0) })
    }

    func testOneColourNameEverywhere() throws {
        let show = try Tool.leadprint(["catalog", "show"])
        XCTAssertEqual(show.status, 0)
        let json = try Tool.leadprint(["catalog", "show", "--json"])
        // The bulletin calls the wire Purple; every form prints that name, the palette's canonical Violet only as an alias.
        XCTAssertTrue(json.stdout.contains("\"color\" : \"Purple\""), json.stdout)
        XCTAssertTrue(show.stdout.contains("Purple"), show.stdout)
        XCTAssertFalse(show.stdout.contains("Violet"), show.stdout)
    }

    func testDatesAreValidatedAsISO8601AndInOrder() throws {
        let folder = try Tool.temporaryFolder()
        let bad = try Tool.leadprint(["compare", "--valid-until", "2026-13-45", "-o", "q.pdf"], in: folder)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.hasPrefix("Error: --valid-until '2026-13-45' is not a date as YYYY-MM-DD (ISO 8601) or today"), bad.stderr)
        let order = try Tool.leadprint(["compare", "--date", "2026-05-01", "--valid-until", "2026-04-30", "-o", "q.pdf"], in: folder)
        XCTAssertEqual(order.status, 64)
        XCTAssertTrue(order.stderr.hasPrefix("Error: --valid-until must be on or after the quote's date 2026-05-01 (got 2026-04-30)"), order.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testShellCompletionIsGenerated() throws {
        let bash = try Tool.leadprint(["--generate-completion-script", "bash"])
        XCTAssertEqual(bash.status, 0)
        XCTAssertTrue(bash.stdout.contains("_leadprint") && bash.stdout.contains("tags"), String(bash.stdout.prefix(300)))
    }
}
