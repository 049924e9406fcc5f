import Documents
import Foundation
import Layout
import LeadCatalog
import TestSupport
import XCTest

/// Inputs for comparison-sheet tests: the bundled catalog, edited copies of it, and the page presets.
enum ComparisonFixtures {
    static let catalogURL = Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml")
    static let paletteURL = Tool.repositoryRoot.appendingPathComponent("Resources/palette.yaml")

    static func bundledYAML() throws -> String { try String(contentsOf: catalogURL, encoding: .utf8) }

    static func catalog(yaml: String) throws -> Catalog {
        try Catalog.load(yaml: yaml, fileName: "test.yaml", palette: Palette.load(from: paletteURL))
    }

    static func bundled() throws -> Catalog { try catalog(yaml: bundledYAML()) }

    /// The bundled catalog with `old` replaced by `new`; fails the test when `old` is absent, so an edit cannot silently do nothing.
    static func bundled(replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) throws -> Catalog {
        let yaml = try bundledYAML()
        guard let range = yaml.range(of: old) else {
            XCTFail("bundled catalog does not contain \(old)", file: file, line: line)
            throw CocoaError(.fileReadCorruptFile)
        }
        return try catalog(yaml: yaml.replacingCharacters(in: range, with: new))
    }

    /// The bundled catalog plus a third series of three leads.
    static func withThirdSeries() throws -> Catalog {
        try catalog(yaml: bundledYAML() + """

              - id: MINI
                name: MINI Series
                description: 3 flying leads for one alarm input and RS-485
                leadCount: 3
                leads:
                  - {position: 1, color: Red, label: IN, definition: Alarm in, group: in}
                  - {position: 2, color: Yellow, label: "485+", definition: RS-485 data +, group: bus}
                  - {position: 3, color: Green/Yellow, label: "485-", definition: RS-485 data -, group: bus}
                groups:
                  - {id: in, name: Alarm input, kind: alarm-input}
                  - {id: bus, name: RS-485, kind: rs485}

            """)
    }

    static func page(_ name: String) throws -> Preset {
        try PresetLibrary.load(folder: Tool.repositoryRoot.appendingPathComponent("Resources/presets")).preset(named: name, kinds: [.page])
    }
}
