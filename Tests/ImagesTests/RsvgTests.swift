@testable import Images
import XCTest

/// librsvg is opened on first use: a run without SVG logos never loads it, and a missing library is a named error.
final class RsvgTests: XCTestCase {
    func testAMissingLibraryIsANamedErrorNotACrash() {
        XCTAssertThrowsError(try Rsvg(opening: "librsvg-does-not-exist.so.9")) { error in
            guard case .libraryUnavailable(let name, let reason)? = error as? ImageError else {
                return XCTFail("expected libraryUnavailable, got \(error)")
            }
            XCTAssertEqual(name, "librsvg-does-not-exist.so.9")
            XCTAssertTrue(reason.contains("librsvg-does-not-exist.so.9"), reason)
            XCTAssertTrue((error as? ImageError)?.description.contains("install librsvg2-2") == true)
        }
    }

    func testTheInstalledLibraryHasEveryFunctionUsed() throws {
        XCTAssertNoThrow(try Rsvg(opening: Rsvg.fileName))
    }

}
