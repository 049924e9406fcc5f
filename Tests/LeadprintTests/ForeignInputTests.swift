import Foundation
import TestSupport
import XCTest

/// A file that is not what its option says (a password file given as a job file, catalog, brand or order) is named
/// and refused in one line that quotes none of its content; a strict order CSV fails at line and column.
final class ForeignInputTests: XCTestCase {
    private var folder: URL!
    /// Looks like /etc/shadow: every line ends with a colon, so YAML reads the file as a mapping of password lines.
    private let shadow = "root:$6$secretsalt$0123456789abcdef:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"
    /// Looks like /etc/passwd: YAML reads the whole file as one plain text value.
    private let passwd = "root:x:0:0:secret-root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"

    override func setUpWithError() throws {
        folder = try Tool.temporaryFolder()
        try shadow.write(to: folder.appendingPathComponent("shadow"), atomically: true, encoding: .utf8)
        try passwd.write(to: folder.appendingPathComponent("passwd"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    /// Exit 1, exactly `message` on standard error, nothing written, and no word of either file's content.
    private func assertRefused(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try Tool.leadprint(arguments, in: folder)
        XCTAssertEqual(result.status, 1, file: file, line: line)
        XCTAssertEqual(result.stderr, "Error: \(message)\n", file: file, line: line)
        for secret in ["root", "secret", "daemon", "bash"] {
            XCTAssertFalse(result.stderr.contains(secret), "\(arguments) quoted the file: \(result.stderr)", file: file, line: line)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.pdf").path), file: file, line: line)
    }

    func testAPasswordFileAsAJobFileIsNotQuoted() throws {
        try assertRefused(["run", "shadow"],
                          "shadow: not this kind of file: none of its 2 top-level names is a known field (expected catalog, palette, presets, templates, brand, output-folder, jobs)")
        try assertRefused(["run", "passwd"], "passwd: not a YAML file of fields: the whole file reads as plain text (expected `name: value` lines)")
    }

    func testAPasswordFileAsACatalogBrandOrOrderIsNotQuoted() throws {
        try assertRefused(["tags", "--catalog", "passwd", "-o", "out.pdf"],
                          "passwd: not a YAML file of fields: the whole file reads as plain text (expected `name: value` lines)")
        try assertRefused(["compare", "--brand", "shadow", "-o", "out.pdf"],
                          "shadow: not this kind of file: none of its 2 top-level names is a known field (expected name, address, phone, email, web, logo, accent, notes)")
        try assertRefused(["tags", "--order", "passwd", "-o", "out.pdf"],
                          "passwd:1: not an order CSV: the first row must be a header naming series and quantity or camera")
    }

    /// A misspelt top-level field is still answered with the nearest one: only a file none of whose names is near a field is foreign.
    func testATypoAtTheTopIsStillAnsweredWithTheNearestField() throws {
        try "jbos:\n  - tags: {series: PRO}\n".write(to: folder.appendingPathComponent("typo.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["run", "typo.yaml"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("typo.yaml:1: jbos: unknown field; did you mean 'jobs'?"), result.stderr)
    }

    func testAnUnterminatedQuoteInAnOrderFailsAtTheQuoteAndWritesNothing() throws {
        try "series,camera,location\nPRO,CAM-1,\"Dock 1\nPRO,CAM-2,Gate\nVALUE,CAM-3,Roof\n"
            .write(to: folder.appendingPathComponent("order.csv"), atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["tags", "--order", "order.csv", "-o", "out.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: order.csv:2:11: this quote is never closed (a quoted cell ends with \" before the next comma or line end)\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["order.csv", "passwd", "shadow"])
    }

    /// The glyph error used to carry no place (`no installed font has a glyph for U+1F468 in 'CAM-…'`).
    func testACharacterNoFontPrintsNamesTheOrderLineAndColumn() throws {
        try "series,camera,location\nPRO,CAM-1,Dock\nPRO,CAM-\u{1F468},Gate\n"
            .write(to: folder.appendingPathComponent("order.csv"), atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["tags", "--order", "order.csv", "-o", "out.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: order.csv:3:9: column camera: no installed font has a glyph for U+1F468\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.pdf").path))
    }

    func testAControlCharacterInAnOrderCellFailsAtItsPlace() throws {
        try "series,quantity,bay\nPRO,2,B\u{7}7\n".write(to: folder.appendingPathComponent("order.csv"), atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["tags", "--order", "order.csv", "-o", "out.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: order.csv:2:8: column bay: control character U+0007 in a cell\n")
    }
}
