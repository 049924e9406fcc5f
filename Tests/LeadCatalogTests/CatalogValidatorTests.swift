import XCTest
@testable import LeadCatalog

/// Cross-checks: each rule fires on a small bad catalog, at the right line and field.
final class CatalogValidatorTests: XCTestCase {
    func testLeadCountMustMatchLeadsListed() throws {
        let yaml = Fixtures.small(replacing: "leadCount: 1", with: "leadCount: 11")
        let line = try XCTUnwrap(Fixtures.line(of: "leadCount: 11", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description),
                       ["catalog.yaml:\(line): series B, leadCount: declares 11 leads but lists 1 (11)"])
    }

    func testASeriesWithoutLeadsIsAProblem() throws {
        var yaml = Fixtures.small(replacing: "leadCount: 1", with: "leadCount: 0")
        yaml = yaml.replacingOccurrences(of: "    leads:\n      - {position: 1, color: White/Blue, label: OUT, definition: Alarm out, group: out}", with: "    leads: []")
        let line = try XCTUnwrap(Fixtures.line(of: "leadCount: 0", in: yaml))
        let problems = try Fixtures.problems(yaml).map(\.description)
        XCTAssertTrue(problems.contains("catalog.yaml:\(line): series B, leads: a series needs at least one lead"), "\(problems)")
    }

    func testDuplicatePositionIsAProblem() throws {
        let yaml = Fixtures.small(replacing: "position: 2", with: "position: 1")
        let first = try XCTUnwrap(Fixtures.line(of: "label: IN,", in: yaml))
        let second = try XCTUnwrap(Fixtures.line(of: "label: GND,", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description), [
            "catalog.yaml:\(second): series A, lead 1, position: duplicate position, first used on line \(first) (1)",
        ])
    }

    func testPositionOutsideOneToCountIsAProblem() throws {
        let yaml = Fixtures.small(replacing: "position: 2", with: "position: 3")
        let line = try XCTUnwrap(Fixtures.line(of: "position: 3", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description), [
            "catalog.yaml:\(line): series A, lead 3, position: positions must run from 1 to 2, the number of leads listed (3)",
        ])
    }

    func testUnknownColourIsAnErrorNotAFallback() throws {
        let yaml = Fixtures.small(replacing: "color: Black", with: "color: Blak")
        let line = try XCTUnwrap(Fixtures.line(of: "Blak", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description),
                       ["catalog.yaml:\(line): series A, lead 2, color: unknown colour ('Blak')"])
    }

    func testLeadNamingAMissingGroupIsAProblem() throws {
        let yaml = Fixtures.small(replacing: "group: out}", with: "group: outs}")
        let leadLine = try XCTUnwrap(Fixtures.line(of: "group: outs", in: yaml))
        let groupLine = try XCTUnwrap(Fixtures.line(of: "id: out,", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description), [
            "catalog.yaml:\(leadLine): series B, lead 1, group: no group of this series has this id ('outs')",
            "catalog.yaml:\(groupLine): series B, group out, id: no lead names this group ('out')",
        ])
    }

    func testGroupWithoutLeadsIsAProblem() throws {
        let yaml = Fixtures.small(replacing: "kind: alarm-output}", with: "kind: alarm-output}\n      - {id: spare, name: Spare, kind: ground}")
        let line = try XCTUnwrap(Fixtures.line(of: "id: spare", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description),
                       ["catalog.yaml:\(line): series B, group spare, id: no lead names this group ('spare')"])
    }

    func testFootnoteMarkMustResolveWithinTheSeries() throws {
        let yaml = Fixtures.small(replacing: "kind: alarm-output}", with: "kind: alarm-output, footnote: \"*\"}")
        let line = try XCTUnwrap(Fixtures.line(of: "kind: alarm-output, footnote", in: yaml))
        // Series A has a "*" footnote; B does not, and marks do not leak across series.
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description),
                       ["catalog.yaml:\(line): series B, group out, footnote: no footnote of this series has this mark ('*')"])
    }

    func testDuplicateSeriesIDIsAProblem() throws {
        let yaml = Fixtures.small(replacing: "- id: B", with: "- id: A")
        let line = try XCTUnwrap(Fixtures.line(of: "name: B Series", in: yaml)) - 1
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description),
                       ["catalog.yaml:\(line): series.id: duplicate series id, first used on line 8 ('A')"])
    }

    func testDuplicateGroupIDAndFootnoteMarkAreProblems() throws {
        var yaml = Fixtures.small(replacing: "footnote: \"*\"}", with: "footnote: \"*\"}\n      - {id: in, name: Again, kind: ground}")
        yaml = yaml.replacingOccurrences(of: "text: A note}", with: "text: A note}\n      - {mark: \"*\", text: Again}")
        let descriptions = try Fixtures.problems(yaml).map(\.description)
        XCTAssertEqual(descriptions.count, 2, "\(descriptions)")
        XCTAssertTrue(descriptions[0].contains("series A, group in, id: duplicate group id, first used on line 16"))
        XCTAssertTrue(descriptions[1].contains("series A, footnotes.mark: duplicate footnote mark, first used on line"))
    }

    func testSeveralProblemsInOneFileAreAllReportedInLineOrder() throws {
        var yaml = Fixtures.small(replacing: "color: Black", with: "color: Blak")
        yaml = yaml.replacingOccurrences(of: "leadCount: 1", with: "leadCount: 3")
        yaml = yaml.replacingOccurrences(of: "kind: alarm-input", with: "kind: alarm")
        yaml = yaml.replacingOccurrences(of: "label: OUT", with: "label: \"\"")
        let problems = try Fixtures.problems(yaml)
        XCTAssertEqual(problems.map(\.field), ["color", "kind", "leadCount", "label"])
        XCTAssertEqual(problems.compactMap(\.line), problems.compactMap(\.line).sorted())
        let error = CatalogError.invalid(problems)
        XCTAssertEqual(error.description.split(separator: "\n").count, 4)
        XCTAssertEqual(error.errorDescription, error.description)
    }
}

/// Text that no installed font prints is a problem at its line, found before any rendering.
final class CatalogPrintableTextTests: XCTestCase {
    func testUnprintableTextIsReportedAtItsLine() throws {
        let yaml = Fixtures.small(replacing: "label: GND", with: "label: G\u{378}ND")
        let line = try XCTUnwrap(Fixtures.line(of: "G\u{378}ND", in: yaml))
        // A stand-in for the fonts: U+0378 is unassigned, so no font has it.
        let check: (String) throws -> Unicode.Scalar? = { text in text.unicodeScalars.first { $0.value == 0x378 } }
        XCTAssertThrowsError(try CatalogLoader(palette: Fixtures.palette()).load(bytes: Array(yaml.utf8), fileName: "catalog.yaml",
                                                                                 unprintable: check)) { error in
            XCTAssertEqual((error as? CatalogError)?.problems.map(\.description), [
                "catalog.yaml:\(line): series A, lead 2, label: no installed font has the character U+0378 ('G\u{378}ND')",
            ])
        }
        XCTAssertNoThrow(try CatalogLoader(palette: Fixtures.palette()).load(bytes: Array(Fixtures.small.utf8), fileName: "catalog.yaml",
                                                                            unprintable: check))
    }
}
