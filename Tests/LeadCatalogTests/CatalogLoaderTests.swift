import XCTest
@testable import LeadCatalog

/// Reading: YAML syntax, missing fields, wrong types and unknown keys, each located by line.
final class CatalogLoaderTests: XCTestCase {
    func testSmallFixtureLoads() throws {
        // Every other test breaks this fixture in one place, so it must be valid to begin with.
        let catalog = try Catalog.load(yaml: Fixtures.small, fileName: "catalog.yaml", palette: Fixtures.palette())
        XCTAssertEqual(catalog.series.map(\.leadCount), [2, 1])
        XCTAssertEqual(catalog.series[1].leads[0].color.code, "WHBU")
        XCTAssertNil(catalog.publisher.phone)
    }

    func testYAMLSyntaxErrorCarriesYamsLine() throws {
        let yaml = Fixtures.small(replacing: "label: GND,", with: "label: [GND,")
        let problems = try Fixtures.problems(yaml)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].message.hasPrefix("YAML syntax error"), problems[0].message)
        XCTAssertNotNil(problems[0].line)
        XCTAssertEqual(problems[0].file, "catalog.yaml")
    }

    func testEmptyFileIsAProblem() throws {
        XCTAssertEqual(try Fixtures.problems("").map(\.description), ["catalog.yaml: file is empty"])
    }

    func testMissingRequiredFieldPointsAtItsMapping() throws {
        let yaml = Fixtures.small(replacing: "label: GND, ", with: "")
        let line = try XCTUnwrap(Fixtures.line(of: "position: 2", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description),
                       ["catalog.yaml:\(line): series A, lead 2, label: missing required field"])
    }

    func testMissingTopLevelSectionIsAProblem() throws {
        let yaml = Fixtures.small(replacing: "publisher:\n  name: ACME\n", with: "")
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description),
                       ["catalog.yaml:1: publisher: missing required field"])
    }

    func testWrongTypeShowsTheValue() throws {
        let yaml = Fixtures.small(replacing: "position: 2", with: "position: two")
        let line = try XCTUnwrap(Fixtures.line(of: "position: two", in: yaml))
        let problems = try Fixtures.problems(yaml)
        XCTAssertEqual(problems.first?.description,
                       "catalog.yaml:\(line): series A, position: expected a whole number from 1 to 256 ('two')")
    }

    func testListWhereTextBelongsIsWrongType() throws {
        let yaml = Fixtures.small(replacing: "name: A Series", with: "name: [A, Series]")
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description),
                       ["catalog.yaml:9: series A, name: expected text ('a list')"])
    }

    func testEmptyLabelAndDefinitionAreProblems() throws {
        let yaml = Fixtures.small(replacing: "label: GND, definition: Ground", with: "label: \"\", definition: ~")
        let line = try XCTUnwrap(Fixtures.line(of: "position: 2", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description), [
            "catalog.yaml:\(line): series A, lead 2, label: must not be empty",
            "catalog.yaml:\(line): series A, lead 2, definition: must not be empty",
        ])
    }

    func testUnknownAndRepeatedFieldsAreProblems() throws {
        let yaml = Fixtures.small(replacing: "label: IN,", with: "label: IN, colour: Red, label: IN2,")
        let line = try XCTUnwrap(Fixtures.line(of: "colour: Red", in: yaml))
        let descriptions = try Fixtures.problems(yaml).map(\.description)
        XCTAssertEqual(descriptions.count, 2, "\(descriptions)")
        XCTAssertEqual(descriptions[0], "catalog.yaml:\(line): series A, lead 1, colour: unknown field; did you mean 'color'?")
        XCTAssertEqual(descriptions[1], "catalog.yaml:\(line): series A, lead 1, label: field given twice, first on line \(line)")
    }

    func testUnknownKindListsTheKnownOnes() throws {
        let yaml = Fixtures.small(replacing: "kind: alarm-output", with: "kind: alarm-out")
        let line = try XCTUnwrap(Fixtures.line(of: "kind: alarm-out}", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description), [
            "catalog.yaml:\(line): series B, group out, kind: unknown kind; did you mean 'alarm-output'? expected one of alarm-input, alarm-output, "
                + "microphone-input, audio-output, ground, rs485 ('alarm-out')",
        ])
    }

    func testBadDocumentationURLIsAProblem() throws {
        let yaml = Fixtures.small(replacing: "description: one lead", with: "description: one lead\n    documentationURL: not a url")
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.field), ["documentationURL"])
    }

    func testUnreadableFileNamesTheFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/catalog.yaml")
        XCTAssertThrowsError(try Catalog.load(from: url, palette: Fixtures.palette())) { error in
            guard case .unreadable(let file, let reason)? = error as? CatalogError else {
                return XCTFail("expected unreadable, got \(error)")
            }
            XCTAssertEqual(file, "/nonexistent/catalog.yaml")
            XCTAssertEqual(reason, "No such file or directory")
        }
    }
}
