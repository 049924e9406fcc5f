import DynamicLoading
import XCTest

final class DynamicLibraryTests: XCTestCase {
    func testAMissingLibraryNamesItselfAndTheLoadersReason() {
        XCTAssertThrowsError(try DynamicLibrary(opening: "libleadprint-missing.so.7")) { error in
            let failure = error as? DynamicLibraryError
            XCTAssertEqual(failure?.library, "libleadprint-missing.so.7")
            XCTAssertTrue(failure?.reason.contains("cannot open shared object file") == true, failure?.reason ?? "")
        }
    }

    func testFunctionsAreFoundAndCallable() throws {
        let libm = try DynamicLibrary(opening: "libm.so.6")
        let cosine: @convention(c) (Double) -> Double = try libm.function("cos")
        XCTAssertEqual(cosine(0), 1)
    }

    func testAMissingFunctionIsNamed() throws {
        let libm = try DynamicLibrary(opening: "libm.so.6")
        XCTAssertThrowsError(try libm.function("leadprint_no_such_function") as @convention(c) () -> Void) { error in
            XCTAssertEqual(error as? DynamicLibraryError,
                           DynamicLibraryError(library: "libm.so.6", reason: "it has no function leadprint_no_such_function"))
        }
    }
}
