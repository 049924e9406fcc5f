import Foundation
import Geometry
import XCTest

final class StringTrimmingTests: XCTestCase {
    /// Every Unicode scalar, alone and inside text, is kept or dropped exactly as Foundation's sets say.
    func testMatchesFoundationForEveryScalar() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let padded = "\(Character(scalar))a\(Character(scalar))"
            XCTAssertEqual(padded.trimmingWhitespace(), padded.trimmingCharacters(in: .whitespaces),
                           "whitespace, U+\(String(value, radix: 16, uppercase: true))")
            XCTAssertEqual(padded.trimmingWhitespaceAndNewlines(), padded.trimmingCharacters(in: .whitespacesAndNewlines),
                           "whitespace and newlines, U+\(String(value, radix: 16, uppercase: true))")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 1_000_000)
    }

    func testTrimsOnlyTheEnds() {
        XCTAssertEqual(" \t RS-485 +\u{00A0}".trimmingWhitespace(), "RS-485 +")
        XCTAssertEqual("\n\u{2028} two\nlines \r\n".trimmingWhitespaceAndNewlines(), "two\nlines")
        XCTAssertEqual("line\n".trimmingWhitespace(), "line\n")
        XCTAssertEqual(" \u{3000}\t".trimmingWhitespace(), "")
        XCTAssertEqual("".trimmingWhitespaceAndNewlines(), "")
    }

    func testSubstringsAndCombiningMarks() {
        let text = "  e\u{301}  "
        XCTAssertEqual(text[text.index(after: text.startIndex)...].trimmingWhitespace(), "e\u{301}")
        // A combining mark after a space stays with the text Foundation keeps: trimming is by scalar, as NSString's is by unit.
        XCTAssertEqual(" \u{301}x".trimmingWhitespace(), " \u{301}x".trimmingCharacters(in: .whitespaces))
    }
}
