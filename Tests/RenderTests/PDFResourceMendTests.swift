import Foundation
@testable import Render
import TestSupport
import XCTest

/// Repeated `/XObject` keys are blanked in place: same length, every other byte unchanged.
final class PDFResourceMendTests: XCTestCase {
    func testOnlyTheRepeatedEntriesOfEachDictionaryAreFound() {
        let text = Array("<< /XObject << /x6 6 0 R /x7 7 0 R /x6 6 0 R /x6 6 0 R >> >>\n<< /XObject << /x6 6 0 R >> >>\n".utf8)
        let ranges = PDFResourceMend.repeatedEntries(in: text[...])
        XCTAssertEqual(ranges.map { String(decoding: text[$0], as: UTF8.self) }, ["/x6 6 0 R ", "/x6 6 0 R "])
        // A key seen in one page's dictionary is new again in the next page's.
        XCTAssertTrue(ranges.allSatisfy { $0.upperBound < 60 })
    }

    func testAnythingThatIsNotCairosEntryGrammarEndsTheScan() {
        let text = Array("/XObject << /x6 6 0 R /Im1 9 0 R /x6 6 0 R >>".utf8)
        XCTAssertEqual(PDFResourceMend.repeatedEntries(in: text[...]), [])
    }

    func testMendingAFileKeepsItsLengthAndEveryOtherByte() throws {
        let folder = try Tool.temporaryFolder()
        let file = folder.appendingPathComponent("a.pdf")
        let before = "%PDF-1.5\n1 0 obj\n<< /XObject << /x6 6 0 R /x6 6 0 R /x7 7 0 R /x7 7 0 R >> >>\nendobj\nxref\n"
        try Data(before.utf8).write(to: file)
        XCTAssertEqual(try PDFResourceMend.mend(file, naming: file), 2)
        let after = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(after.utf8.count, before.utf8.count)
        XCTAssertEqual(after, before.replacingOccurrences(of: "/x6 6 0 R /x6 6 0 R /x7 7 0 R /x7 7 0 R ", with: "/x6 6 0 R           /x7 7 0 R           "))
    }
}
