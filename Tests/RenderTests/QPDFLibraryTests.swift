@testable import Render
import XCTest

/// libqpdf is opened when a PDF needs mending; the installed one must have every function the pass calls.
final class QPDFLibraryTests: XCTestCase {
    func testTheInstalledLibraryHasEveryFunctionUsed() {
        XCTAssertNoThrow(try QPDFLibrary(opening: QPDFLibrary.fileName))
    }
}
