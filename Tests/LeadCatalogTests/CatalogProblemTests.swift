import XCTest
@testable import LeadCatalog

final class CatalogProblemTests: XCTestCase {
    func testFullFormat() {
        let problem = CatalogProblem(file: "catalog.yaml", line: 14, series: "PRO", lead: 9, field: "color",
                                     message: "unknown colour", value: .text("Blak"))
        XCTAssertEqual(problem.description, "catalog.yaml:14: series PRO, lead 9, color: unknown colour ('Blak')")
    }

    func testPartsThatDoNotApplyAreLeftOut() {
        XCTAssertEqual(CatalogProblem(file: "catalog.yaml", line: 3, series: "VALUE", field: "leadCount",
                                      message: "declares 11 leads but lists 10", value: .number(11)).description,
                       "catalog.yaml:3: series VALUE, leadCount: declares 11 leads but lists 10 (11)")
        XCTAssertEqual(CatalogProblem(file: "x.yaml", message: "file is empty").description, "x.yaml: file is empty")
        XCTAssertEqual(CatalogProblem(file: "x.yaml", line: 2, series: "A", message: "odd").description,
                       "x.yaml:2: series A: odd")
    }
}
