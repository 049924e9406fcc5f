@testable import Documents
import Geometry
import Typesetting
import XCTest

/// "Does it fit?" is answered only by a does-not-fit failure; anything else broken surfaces as itself.
final class FitTests: XCTestCase {
    private let box = Rect(x: .zero, y: .zero, width: .mm(20), height: .mm(5))

    func testTextThatDoesNotFitIsNoAnswer() throws {
        let fitter = TextFitter(typesetter: try Typesetter())
        let result = try Fit.attempt {
            try fitter.fit(String(repeating: "GROUND_RETURN ", count: 20), font: .label, in: box, maximum: .pt(10), minimum: .pt(6), context: "test")
        }
        XCTAssertNil(result)
    }

    func testAnUnavailableFontInAFittingLoopReportsTheFont() throws {
        let fitter = TextFitter(typesetter: try Typesetter())
        let missing = FontSpec(family: "No Such Family Sans", bold: true)
        XCTAssertThrowsError(try Fit.attempt {
            try fitter.fit("ALARMINA", font: missing, in: box, maximum: .pt(10), minimum: .pt(6), context: "test")
        }) { error in
            guard case .fontNotFound(let spec, _) = error as? TypesettingError else { return XCTFail("expected the font to be named, got \(error)") }
            XCTAssertEqual(spec, missing)
        }
    }
}
