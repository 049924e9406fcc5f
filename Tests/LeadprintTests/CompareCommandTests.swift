import Foundation
import TestSupport
import XCTest

final class CompareCommandTests: XCTestCase {
    private func compare(_ arguments: [String], epoch: String = "1764115200") throws -> (status: Int32, stdout: String, stderr: String) {
        try Tool.leadprint(["compare"] + arguments, environment: ["SOURCE_DATE_EPOCH": epoch])
    }

    func testHeaderOptionsAppearAndTheDateFollowsSourceDateEpoch() throws {
        let target = try Tool.temporaryFolder().appendingPathComponent("quote.pdf")
        let result = try compare(["--customer", "Northwind Security", "--quote", "Q-2025-0142", "--prepared-by", "Dana Ruiz",
                                  "--valid-until", "2025-12-31", "--page", "a4", "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try Tool.pdfText(target, page: 1)
        for expected in ["Customer\\s+Northwind Security", "Quote no\\.\\s+Q-2025-0142", "Date\\s+26 November 2025", "Prepared by\\s+Dana Ruiz", "Valid until\\s+31 December 2025"] {
            XCTAssertNotNil(text.range(of: expected, options: .regularExpression), "missing \(expected):\n\(text)")
        }
        let sizes = try Tool.pdfPageSizes(target)
        XCTAssertEqual(sizes.count, 2)
        XCTAssertEqual(sizes.first?.width ?? 0, 595.28, accuracy: 0.1)
    }

    func testNoHeaderOptionsLeaveNoLabelsAndExplicitDateWins() throws {
        let target = try Tool.temporaryFolder().appendingPathComponent("plain.pdf")
        let result = try compare(["--date", "2025-12-31", "--summary-only", "--differences-only", "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try Tool.pdfText(target)
        for label in ["Customer", "Quote no.", "Prepared by", "Valid until"] { XCTAssertFalse(text.contains(label), label) }
        XCTAssertTrue(text.contains("31 December 2025"))
        XCTAssertFalse(text.contains("Microphone inputs"))
        XCTAssertTrue(text.contains("Page 1 of 1"))
    }

    func testUnknownSeriesFailsWithoutWritingAFile() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("sheet.pdf")
        let result = try compare(["--series", "PRO,NOPE", "-o", target.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("unknown series 'NOPE'"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
        let single = try compare(["--series", "PRO", "-o", target.path])
        XCTAssertNotEqual(single.status, 0)
        XCTAssertTrue(single.stderr.contains("2 to 5 series"), single.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
    }

    func testA5SheetsAreWrittenInEveryLanguageWithTheNotesOnPageTwo() throws {
        let folder = try Tool.temporaryFolder()
        // Each language's "Notes" heading and a word of its ground note (the last note, which moves to page 2 on A5).
        let expected = ["en": ("Notes", "metal base"), "es": ("Notas", nil), "fr": ("Remarques", nil), "de": ("Hinweise", "Metallsockel"), "ar": (nil, nil)]
        for (language, (heading, groundWord)) in expected.sorted(by: { $0.key < $1.key }) {
            let target = folder.appendingPathComponent("a5-\(language).pdf")
            let result = try compare(["--page", "a5", "--lang", language, "-o", target.path])
            XCTAssertEqual(result.status, 0, "\(language): \(result.stderr)")
            XCTAssertEqual(result.stderr, "", language)
            let sizes = try Tool.pdfPageSizes(target)
            XCTAssertEqual(sizes.first?.width ?? 0, 419.53, accuracy: 0.1, language)
            XCTAssertGreaterThanOrEqual(sizes.count, 3, language)
            let two = try Tool.pdfText(target, page: 2)
            if let heading { XCTAssertTrue(two.contains(heading), "\(language) page 2:\n\(two)") }
            if let groundWord { XCTAssertTrue(two.replacingOccurrences(of: "\n", with: " ").contains(groundWord), "\(language) page 2:\n\(two)") }
        }
    }

    func testDifferencesOnlySheetPrintsNoDiffersMarker() throws {
        let target = try Tool.temporaryFolder().appendingPathComponent("d.pdf")
        let result = try compare(["--differences-only", "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try Tool.pdfText(target, page: 1)
        XCTAssertFalse(text.contains("differs"), text)
        XCTAssertTrue(text.contains("Only the rows where the series differ are shown."), text)
    }

    func testSameInputGivesByteIdenticalPDF() throws {
        let folder = try Tool.temporaryFolder()
        let a = folder.appendingPathComponent("a.pdf"), b = folder.appendingPathComponent("b.pdf")
        XCTAssertEqual(try compare(["-o", a.path]).status, 0)
        XCTAssertEqual(try compare(["-o", b.path]).status, 0)
        XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b))
    }
}
