import DynamicLoading
@testable import Render
import XCTest

/// libqpdf is opened when a PDF needs its boxes: a missing library is a named error, and the installed one has every function used.
final class QPDFLibraryTests: XCTestCase {
    func testAMissingLibraryIsNamed() {
        XCTAssertThrowsError(try QPDFLibrary(opening: "libqpdf-does-not-exist.so.1")) { error in
            let failure = error as? DynamicLibraryError
            XCTAssertEqual(failure?.library, "libqpdf-does-not-exist.so.1")
            XCTAssertTrue(failure?.reason.contains("libqpdf-does-not-exist.so.1") == true, failure?.reason ?? "")
        }
    }

    func testTheInstalledLibraryHasEveryFunctionUsed() {
        XCTAssertNoThrow(try QPDFLibrary(opening: QPDFLibrary.fileName))
    }
}
