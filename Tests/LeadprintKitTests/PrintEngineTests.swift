import Foundation
import LeadCatalog
import LeadprintKit
import XCTest

/// The engine's catalog loading: which sources are checked against the installed fonts.
final class PrintEngineTests: XCTestCase {
    /// The engine skips the font check for the bundled catalog at start-up; this test is that check.
    func testEveryTextOfTheBundledCatalogPrintsWithTheInstalledFonts() throws {
        let bundled = try Data(contentsOf: BundledResources.catalogFile())
        let engine = PrintEngine(sources: Sources(catalog: .bytes(Array(bundled), name: "flying-leads.yaml")))
        XCTAssertEqual(try engine.catalog().series.map(\.leads.count), [17, 10])
    }

    func testCatalogTextNoFontPrintsIsReportedAtItsLine() throws {
        let original = String(decoding: try Data(contentsOf: BundledResources.catalogFile()), as: UTF8.self)
        let line = try XCTUnwrap(original.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"Alarm In #1\"") }) + 1
        // U+0378 is unassigned: no font has it.
        let text = original.replacingOccurrences(of: "\"Alarm In #1\"", with: "\"Alarm In \u{0378}#1\"")
        let engine = PrintEngine(sources: Sources(catalog: .text(text, name: "mine.yaml")))
        XCTAssertThrowsError(try engine.catalog()) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("mine.yaml:\(line): "), message)
            XCTAssertTrue(message.contains("U+0378"), message)
        }
    }
}
