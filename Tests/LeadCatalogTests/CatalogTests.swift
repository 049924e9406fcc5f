import XCTest
@testable import LeadCatalog

/// The bundled catalog must say what the bulletin says.
final class CatalogTests: XCTestCase {
    private func bundled() throws -> Catalog {
        try Catalog.load(from: Fixtures.catalogURL, palette: Fixtures.palette())
    }

    func testBundledCatalogHasBothSeriesWithDeclaredLeadCounts() throws {
        let catalog = try bundled()
        XCTAssertEqual(catalog.series.map(\.id), ["PRO", "VALUE"])
        XCTAssertEqual(catalog.series.map(\.name), ["PRO Series", "VALUE Series"])
        XCTAssertEqual(catalog.series.map(\.leadCount), [17, 10])
        XCTAssertEqual(catalog.info.revision, "2.0 (2014-06-13)")
        XCTAssertEqual(catalog.publisher.name, "Hikvision USA, Inc.")
        XCTAssertEqual(catalog.publisher.email, "techsupport@hikvisionusa.com")
    }

    func testProLeadsFollowTable1() throws {
        let pro = try XCTUnwrap(try bundled().series(id: "PRO"))
        XCTAssertEqual(pro.leads.map(\.position), Array(1...17))
        XCTAssertEqual(pro.leads.map(\.colorName), [
            "Brown", "Black", "Orange", "Black", "Green", "Blue", "Purple", "White", "Black",
            "Black", "Red", "Black", "Grey", "Brown", "Black", "Yellow", "Red",
        ])
        XCTAssertEqual(pro.leads.map(\.label), [
            "ALARMINA", "ALARMIN_GND", "ALARMINB", "ALARMIN_GND", "OUT1A", "OUT1B", "OUT2A", "OUT2B", "GND",
            "LINEIN_GND", "RIN/MIC+", "LIN/MIC-", "LINEOUT_R", "LINEOUT_L", "LINEOUT_GND", "RS485-", "RS485+",
        ])
        XCTAssertEqual(pro.leads[2].definition, "Alarm In #2")
        XCTAssertEqual(pro.leads[6].color.code, "VT", "Purple resolves to IEC violet")
        // The bulletin swaps these two definitions; the corrected ones must agree with the printed labels.
        XCTAssertEqual(pro.leads[15].definition, "RS-485 data -")
        XCTAssertEqual(pro.leads[16].definition, "RS-485 data +")
    }

    func testProGroupsAndFootnotes() throws {
        let pro = try XCTUnwrap(try bundled().series(id: "PRO"))
        XCTAssertEqual(pro.groups.map(\.name), [
            "Alarm input #1", "Alarm input #2", "Alarm output #1", "Alarm output #2", "Ground",
            "Microphone input", "Audio output", "RS-485",
        ])
        XCTAssertEqual(pro.groups.map(\.kind), [
            .alarmInput, .alarmInput, .alarmOutput, .alarmOutput, .ground, .microphoneInput, .audioOutput, .rs485,
        ])
        XCTAssertEqual(pro.groups.map(\.positions), [[1, 2], [3, 4], [5, 6], [7, 8], [9], [10, 11, 12],
                                                     [13, 14, 15], [16, 17]])
        XCTAssertEqual(pro.groups.map(\.footnoteMark), [nil, nil, nil, nil, "*", "**", nil, nil])
        XCTAssertEqual(pro.footnotes.map(\.mark), ["*", "**"])
        let ground = try XCTUnwrap(pro.group(id: "ground"))
        XCTAssertEqual(pro.footnote(for: ground)?.text.hasPrefix("Ground – Ground is used only when"), true)
        XCTAssertEqual(pro.leads(in: ground).map(\.label), ["GND"])
    }

    func testValueSeriesFollowsTable2() throws {
        let value = try XCTUnwrap(try bundled().series(id: "VALUE"))
        XCTAssertEqual(value.leads.map(\.label), [
            "ALARMIN_GND", "ALARM_IN", "ALARMOUT_GND", "ALARM_OUT", "MIC_GND", "RIN/MIC+", "LIN/MIC-",
            "LINE_GND", "LINE_OUT_R", "LINE_OUT_L",
        ])
        XCTAssertEqual(value.leads.map(\.colorName), [
            "Green", "Blue", "White", "Black", "Grey", "Yellow", "Orange", "Red", "Brown", "Purple",
        ])
        XCTAssertEqual(value.leads[7].definition, "Audio output ground")
        XCTAssertEqual(value.groups.map(\.name), ["Alarm input", "Alarm output", "Microphone input", "Audio output"])
        XCTAssertEqual(value.groups.map(\.positions), [[1, 2], [3, 4], [5, 6, 7], [8, 9, 10]])
        XCTAssertEqual(value.groups.map(\.footnoteMark), [nil, nil, "*", nil])
        XCTAssertEqual(value.footnotes.count, 1)
        XCTAssertTrue(value.footnotes[0].text.contains("Just like with PRO Series cameras"))
    }

    func testCapabilitiesMatchTable3() throws {
        let catalog = try bundled()
        let table3: [String: [Int]] = ["PRO": [2, 2, 1, 1, 1, 1], "VALUE": [1, 1, 1, 1, 0, 0]]
        for series in catalog.series {
            XCTAssertEqual(GroupKind.allCases.map { series.capabilities[$0] ?? -1 }, table3[series.id], series.id)
        }
    }

    func testCatalogColorsAreDistinctInFirstUseOrder() throws {
        let colors = try bundled().colors
        XCTAssertEqual(colors.prefix(3).map(\.name), ["Brown", "Black", "Orange"])
        XCTAssertEqual(Set(colors).count, colors.count)
    }

    func testGroupKindsAreInTable3OrderWithStableRawValues() {
        XCTAssertEqual(GroupKind.allCases.map(\.rawValue),
                       ["alarm-input", "alarm-output", "microphone-input", "audio-output", "ground", "rs485"])
        XCTAssertEqual(GroupKind.allCases.map(\.displayName),
                       ["Alarm input", "Alarm output", "Microphone input", "Audio output", "Ground", "RS-485"])
        XCTAssertEqual(GroupKind.allCases.sorted(by: >).first, .rs485)
    }
}
