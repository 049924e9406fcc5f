import Foundation
import XCTest
@testable import LeadCatalog

/// Shared inputs: the repository's bundled resources and a small valid catalog to break on purpose.
enum Fixtures {
    /// The repository root, found from this file's path (Tests/LeadCatalogTests/Fixtures.swift).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let paletteURL = root.appendingPathComponent("Resources/palette.yaml")
    static let catalogURL = root.appendingPathComponent("Resources/catalogs/flying-leads.yaml")

    static func palette() throws -> Palette {
        try Palette.load(from: paletteURL)
    }

    /// A valid two-series catalog; tests replace one line of it to trigger one rule.
    static let small = """
        catalog:
          title: Test
          revision: "1"
          source: unit test
        publisher:
          name: ACME
        series:
          - id: A
            name: A Series
            description: two leads
            leadCount: 2
            leads:
              - {position: 1, color: Red, label: IN, definition: Alarm in, group: in}
              - {position: 2, color: Black, label: GND, definition: Ground, group: in}
            groups:
              - {id: in, name: Alarm input, kind: alarm-input, footnote: "*"}
            footnotes:
              - {mark: "*", text: A note}
          - id: B
            name: B Series
            description: one lead
            leadCount: 1
            leads:
              - {position: 1, color: White/Blue, label: OUT, definition: Alarm out, group: out}
            groups:
              - {id: out, name: Alarm output, kind: alarm-output}
        """

    /// `small` with the first occurrence of `old` replaced by `new`; fails the test when `old` is absent,
    /// so a fixture edit cannot silently turn a test into a no-op.
    static func small(replacing old: String, with new: String, file: StaticString = #filePath,
                      line: UInt = #line) -> String {
        guard let range = Fixtures.small.range(of: old) else {
            XCTFail("fixture does not contain \(old)", file: file, line: line)
            return Fixtures.small
        }
        return Fixtures.small.replacingCharacters(in: range, with: new)
    }

    /// The 1-based line of the first line containing `text`.
    static func line(of text: String, in yaml: String) -> Int? {
        yaml.components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    /// The problems that loading `yaml` reports; fails the test when it loads cleanly.
    static func problems(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws -> [CatalogProblem] {
        do {
            _ = try Catalog.load(yaml: yaml, fileName: "catalog.yaml", palette: palette())
            XCTFail("expected the catalog to be rejected", file: file, line: line)
            return []
        } catch let error as CatalogError {
            return error.problems
        }
    }
}
