import Documents
import Foundation
import LeadCatalog
import Orders
import XCTest

/// Shipped tag text templates: each renders on every preset it declares; a tag that cannot fit fails by name.
final class TagTextTemplateTests: XCTestCase {
    private let folder = TagFixture.resources.appendingPathComponent("templates")

    private func shipped() throws -> [TagTextTemplate] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "yaml" }
            .sorted { $0.path < $1.path }.map { try TagTextTemplate.load(from: $0) }
    }

    func testTheShippedSignalFileIsTheBuiltInDefault() throws {
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("signal.yaml"), encoding: .utf8), TagTextTemplate.signalYAML)
    }

    func testEveryShippedTemplateRendersOnEveryPresetItDeclares() throws {
        let catalog = try TagFixture.catalog()
        let order = Order(lines: [OrderLine(series: "PRO", quantity: 2), OrderLine(series: "VALUE", cameras: [OrderCamera(id: "GATE-NORTH-12")])])
        let templates = try shipped()
        XCTAssertEqual(templates.map(\.name), ["compact", "signal", "site"])
        for template in templates {
            XCTAssertFalse(template.presets.isEmpty, template.name)
            for name in template.presets {
                let tags = try TagOrder(order: order, series: catalog.series, serialStart: 1, ends: 2)
                let sheet = try TagSheet(order: tags, preset: TagFixture.preset(name), template: template)
                let pages = try TagFixture.pages(sheet)
                let texts = pages.flatMap { $0.placedItems.compactMap(\.text) }
                XCTAssertTrue(texts.contains("RS485+"), "\(template.name) on \(name)")
                if template.name != "signal" {
                    XCTAssertTrue(texts.contains { $0.contains("GATE-NORTH-12") }, "\(template.name) on \(name) names the camera")
                }
            }
        }
    }

    func testSitePrintsTheCameraAndItsLocation() throws {
        let catalog = try TagFixture.catalog()
        let site = try TagTextTemplate.load(from: folder.appendingPathComponent("site.yaml"))
        let order = Order(lines: [OrderLine(series: "PRO", cameras: [OrderCamera(id: "CAM-01", location: "Dock 1, north"), OrderCamera(id: "CAM-02")])])
        for (name, endNames) in [("avery-l7651", ["A", "B"]), ("brother-hse-11.7mm", ["CAM", "PANEL"]), ("avery-5160", ["CAM", "PANEL"])] {
            for ends in [1, 2] {
                let tags = try TagOrder(order: order, series: catalog.series, serialStart: 1, ends: ends, endNames: endNames)
                let sheet = try TagSheet(order: tags, preset: TagFixture.preset(name), template: site)
                let texts = try TagFixture.pages(sheet).flatMap { $0.placedItems.compactMap(\.text) }
                // Every tag of the first camera names it and its location; the second, which has none, only the camera.
                XCTAssertEqual(texts.filter { $0 == "Dock 1, north" }.count, 17 * ends, "\(name), ends \(ends)")
                XCTAssertEqual(texts.filter { $0 == "CAM-01" }.count, 17 * ends, "\(name), ends \(ends)")
                XCTAssertEqual(texts.filter { $0 == "CAM-02" }.count, 17 * ends, "\(name), ends \(ends)")
                if ends == 2 { XCTAssertEqual(texts.filter { $0 == endNames[1] }.count, 34, "\(name): the end name on every B tag") }
            }
        }
        // A location and an end name too long to share L7651's id rows fail naming the tag, the preset and the part (the id
        // line, or the end name's box beside it), never printed without one of them.
        let tags = try TagOrder(order: order, series: catalog.series, ends: 2, endNames: ["CAM", "PANEL"])
        XCTAssertThrowsError(try TagFixture.pages(TagSheet(order: tags, preset: TagFixture.preset("avery-l7651"), template: site))) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("on preset avery-l7651") && (text.contains("id line: 'Dock 1, north'") || text.contains("the end name beside the id lines")), text)
        }
    }

    func testATagThatDoesNotFitFailsNamingTagAndPreset() throws {
        let catalog = try TagFixture.catalog()
        let site = try TagTextTemplate.load(from: folder.appendingPathComponent("site.yaml"))
        let long = String(repeating: "JUNCTION-BOX-", count: 8)
        let order = Order(lines: [OrderLine(series: "VALUE", cameras: [OrderCamera(id: long)])])
        let sheet = try TagSheet(order: TagOrder(order: order, series: catalog.series), preset: TagFixture.preset("cablebug-mini"), template: site)
        XCTAssertThrowsError(try TagFixture.pages(sheet)) { error in
            XCTAssertTrue("\(error)".contains("VALUE lead 1") && "\(error)".contains("cablebug-mini"), "\(error)")
        }
    }

    func testLinesDropWhenTheirFieldsAreEmptyAndFieldsReachTheText() throws {
        let catalog = try TagFixture.catalog()
        let yaml = """
            name: bay
            lines:
              - {role: id, text: "{location}"}
              - {role: label, text: "{label}"}
              - {role: detail, text: "{camera} · bay {bay}"}
            """
        let template = try TagTextTemplate.parse(yaml: yaml, fileName: "bay.yaml", extraFields: ["bay"])
        let order = Order(lines: [OrderLine(series: "VALUE", cameras: [OrderCamera(id: "C1", fields: ["bay": "7"])])], fieldNames: ["bay"])
        let sheet = try TagSheet(order: TagOrder(order: order, series: catalog.series), preset: TagFixture.preset("avery-l7160"), template: template)
        let texts = try TagFixture.pages(sheet)[0].placedItems.compactMap(\.text)
        XCTAssertTrue(texts.contains("C1 · bay 7"), "\(texts)")
        XCTAssertEqual(texts.filter { $0.isEmpty }.count, 0, "the empty location line is left off")
        XCTAssertThrowsError(try TagTextTemplate.parse(yaml: yaml, fileName: "bay.yaml")) { error in
            XCTAssertTrue("\(error)".contains("bay.yaml") && "\(error)".contains("unknown field '{bay}'"), "\(error)")
        }
    }

    func testEveryTemplateProblemIsReportedOnItsLine() {
        let yaml = """
            name: broken
            lines:
              - {role: lable, text: "{label}"}
              - {role: detail, text: "{series", colour: red}
            """
        XCTAssertThrowsError(try TagTextTemplate.parse(yaml: yaml, fileName: "t.yaml")) { error in
            let lines = "\(error)".split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 3, "\(lines)")
            XCTAssertTrue(lines[0].hasPrefix("t.yaml:3: line 1, role: unknown role; did you mean 'label'?"), "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("t.yaml:4: line 2, colour: unknown field") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("t.yaml:4: line 2, text: ") }, "\(lines)")
        }
    }
}
