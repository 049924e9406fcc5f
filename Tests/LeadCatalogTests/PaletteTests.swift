import Geometry
import XCTest
@testable import LeadCatalog

final class PaletteTests: XCTestCase {
    func testBundledPaletteCoversTheIECCodes() throws {
        let palette = try Fixtures.palette()
        let expected = ["Black": "BK", "Brown": "BN", "Red": "RD", "Orange": "OG", "Yellow": "YE", "Green": "GN",
                        "Blue": "BU", "Violet": "VT", "Grey": "GY", "White": "WH", "Pink": "PK", "Gold": "GD",
                        "Turquoise": "TQ", "Silver": "SR", "Green-Yellow": "GNYE"]
        for (name, code) in expected {
            XCTAssertEqual(palette.resolve(name)?.code, code, name)
        }
        XCTAssertEqual(palette.resolve("Black")?.base, RGBColor.black)
    }

    func testAliasesAndCaseInsensitivity() throws {
        let palette = try Fixtures.palette()
        XCTAssertEqual(palette.resolve("purple")?.name, "Violet")
        XCTAssertEqual(palette.resolve(" GRAY ")?.code, "GY")
    }

    func testBaseTracerResolvesToTwoColours() throws {
        let palette = try Fixtures.palette()
        let wire = try XCTUnwrap(palette.resolve("white/blue"))
        XCTAssertEqual(wire.name, "White/Blue")
        XCTAssertEqual(wire.code, "WHBU")
        XCTAssertTrue(wire.isTwoColor)
        XCTAssertEqual(wire.base, palette.resolve("White")?.base)
        XCTAssertEqual(wire.tracer, palette.resolve("Blue")?.base)
        XCTAssertEqual(wire.tracerName, "Blue")
        XCTAssertEqual(palette.resolve("Green/Yellow")?.code, "GNYE")

        let named = try XCTUnwrap(palette.resolve("Green-Yellow"))
        XCTAssertEqual(named.baseName, "Green")
        XCTAssertEqual(named.tracer, palette.resolve("Yellow")?.base)
        XCTAssertFalse(try XCTUnwrap(palette.resolve("Red")).isTwoColor)
    }

    func testUnknownColoursDoNotResolve() throws {
        let palette = try Fixtures.palette()
        XCTAssertNil(palette.resolve("Blak"))
        XCTAssertNil(palette.resolve("White/Blak"))
        XCTAssertNil(palette.resolve("Red/Red"), "a tracer in the base colour is not a two-colour wire")
        XCTAssertNil(palette.resolve("Green-Yellow/Red"), "only solid colours combine")
        XCTAssertNil(palette.resolve("Red/Green/Blue"))
    }

    func testOverrideChangesSolidsAndTheTwoColoursBuiltFromThem() throws {
        let palette = try Fixtures.palette()
        let grey = try XCTUnwrap(RGBColor(hex: "#777777"))
        let changed = try XCTUnwrap(palette.overriding("gray", rgb: grey))
        XCTAssertEqual(changed.resolve("Grey")?.base, grey)
        XCTAssertEqual(changed.resolve("White/Grey")?.tracer, grey)
        XCTAssertNil(palette.overriding("Green-Yellow", rgb: grey), "a two-colour entry has no single RGB")
        XCTAssertNil(palette.overriding("Blak", rgb: grey))
    }

    func testCatalogOverridesPaletteRGB() throws {
        let yaml = Fixtures.small(replacing: "series:\n", with: "colors:\n  - {name: Red, rgb: \"#FF0000\"}\nseries:\n")
        let catalog = try Catalog.load(yaml: yaml, fileName: "catalog.yaml", palette: Fixtures.palette())
        XCTAssertEqual(catalog.series[0].leads[0].color.base.hex, "#FF0000")
        XCTAssertEqual(catalog.palette.resolve("Red")?.base.hex, "#FF0000")
        XCTAssertNotEqual(try Fixtures.palette().resolve("Red")?.base.hex, "#FF0000")
    }

    func testCatalogOverrideOfUnknownColourIsAProblem() throws {
        let yaml = Fixtures.small(replacing: "series:\n", with: "colors:\n  - {name: Rouge, rgb: \"#FF0000\"}\nseries:\n")
        let line = try XCTUnwrap(Fixtures.line(of: "Rouge", in: yaml))
        XCTAssertEqual(try Fixtures.problems(yaml).map(\.description), [
            "catalog.yaml:\(line): colors.name: not a solid colour of the palette, so there is no RGB to override ('Rouge')",
        ])
    }

    func testPaletteFileProblemsAreAllReported() {
        let yaml = """
            colors:
              - {name: Red, code: RD, rgb: "#FF0000"}
              - {name: Rot, code: RT, rgb: "#FF0001", aliases: [red]}
              - {name: Pinkish, code: PK}
              - {name: Blue, code: BU, rgb: "#00F"}
              - {name: Red-White, code: RDWH, base: Red, tracer: White}
              - {name: Red-Rot, code: XX, base: Red, tracer: Rot}
              - {name: A/B, code: AB, rgb: "#000000"}
            """
        XCTAssertThrowsError(try Palette.load(yaml: yaml, fileName: "palette.yaml")) { error in
            XCTAssertEqual((error as? CatalogError)?.problems.map(\.description), [
                "palette.yaml:3: colors.Rot: name already used by Red ('red')",
                "palette.yaml:4: colors.Pinkish: give either rgb (a solid colour) or base and tracer (a two-colour wire)",
                "palette.yaml:5: rgb: expected \"#RRGGBB\" ('#00F')",
                "palette.yaml:6: colors.Red-White: tracer must name a solid colour of this palette ('White')",
                "palette.yaml:7: colors.Red-Rot: code must be the base code followed by the tracer code, RDRT ('XX')",
                "palette.yaml:8: name: a colour name must not contain '/' ('A/B')",
            ])
        }
    }
}
