import Foundation
@testable import Render
import XCTest

final class PDFDateTests: XCTestCase {
    func testStampMatchesFoundationsISO8601FormatInUTC() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        for seconds in [0, 59, 951_782_400, 1_700_000_000, 1_764_115_200, 4_102_444_799] {
            XCTAssertEqual(Renderer.pdfDate(seconds), formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))), "\(seconds)")
        }
        XCTAssertEqual(Renderer.pdfDate(0), "1970-01-01T00:00:00Z")
    }
}
