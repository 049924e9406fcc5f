import DisplayList
import Documents
import Foundation
import Geometry
import Images
import LeadprintKit
import TestSupport
import XCTest

/// Brand files: every key read, the logo beside the file, and every mistake located by file, line and field.
final class BrandLoaderTests: XCTestCase {
    private let example = Tool.repositoryRoot.appendingPathComponent("Resources/brands/example/brand.yaml")

    /// Writes a brand file (and optionally files beside it) and returns the loader's message.
    private func problems(_ yaml: String, files: [String: Data] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let folder = try Tool.temporaryFolder()
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        let url = folder.appendingPathComponent("brand.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try BrandLoader().load(from: url)
            XCTFail("the brand file loaded", file: file, line: line)
            return ""
        } catch let error as BrandFileError {
            return error.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    func testTheExampleBrandLoadsEveryKeyAndItsLogo() throws {
        let brand = try BrandLoader().load(from: example)
        XCTAssertEqual(brand.name, "Northwind Security Supply")
        XCTAssertEqual(brand.address, ["1200 Harbor Way, Suite 4", "Oakland, CA 94607"])
        XCTAssertEqual(brand.phone, "+1 510 555 0142")
        XCTAssertEqual(brand.email, "quotes@northwind.example")
        XCTAssertEqual(brand.web, "https://northwind.example")
        XCTAssertEqual(brand.accent, RGBColor(hex: "#0B5FA5"))
        XCTAssertEqual(brand.logo?.kind, .svg)
        XCTAssertEqual(brand.logo?.aspectRatio ?? 0, 2, accuracy: 1e-9)
        XCTAssertEqual(brand.notes.count, 2)
    }

    func testAMissingLogoIsNamedWithItsLine() throws {
        let message = try problems("name: Acme\naccent: \"#112233\"\nlogo: missing.svg\n")
        XCTAssertTrue(message.hasSuffix("brand.yaml:3: logo: 'missing.svg' cannot be read (no such file)"), message)
    }

    func testAnUnknownKeyIsNamedWithTheNearestKnownOne() throws {
        let message = try problems("name: Acme\nadress:\n  - 1 Main St\n")
        XCTAssertTrue(message.hasSuffix("brand.yaml:2: adress: unknown field; did you mean 'address'?"), message)
    }

    func testBadColoursAreRefused() throws {
        let named = try problems("name: Acme\naccent: blue\n")
        XCTAssertTrue(named.hasSuffix("brand.yaml:2: accent: 'blue' is not a colour as \"#RRGGBB\" (six hex digits)"), named)
        let short = try problems("name: Acme\naccent: \"#12345\"\n")
        XCTAssertTrue(short.hasSuffix("brand.yaml:2: accent: '#12345' is not a colour as \"#RRGGBB\" (six hex digits)"), short)
        // Unquoted, the # starts a YAML comment and the value is empty: the message says so.
        let bare = try problems("name: Acme\naccent: #0B5FA5\n")
        XCTAssertTrue(bare.hasSuffix("brand.yaml:2: accent: expected a colour as \"#RRGGBB\" in quotes (a bare # starts a YAML comment)"), bare)
    }

    func testLogosThatAreNotSVGOrPNGOrTooLargeAreRefused() throws {
        let gif = try problems("name: Acme\nlogo: logo.gif\n", files: ["logo.gif": Data("GIF89a".utf8)])
        XCTAssertTrue(gif.hasSuffix("brand.yaml:2: logo: 'logo.gif' is neither an SVG nor a PNG file"), gif)
        let huge = try problems("name: Acme\nlogo: big.svg\n", files: ["big.svg": Data(repeating: 0x20, count: ImageLoader.maximumBytes + 1)])
        XCTAssertTrue(huge.hasSuffix("brand.yaml:2: logo: 'big.svg' is \(ImageLoader.maximumBytes + 1) bytes; a logo may be at most \(ImageLoader.maximumBytes) bytes"), huge)
        let broken = try problems("name: Acme\nlogo: broken.svg\n", files: ["broken.svg": Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect".utf8)])
        XCTAssertTrue(broken.contains("brand.yaml:2: logo: 'broken.svg' is not a readable SVG: "), broken)
    }

    func testEveryProblemIsListedAndANameIsRequired() throws {
        let message = try problems("phone: 555\naccent: red\nwebsite: x\n")
        let lines = message.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, message)
        XCTAssertTrue(lines.contains { $0.hasSuffix("brand.yaml:3: website: unknown field; expected one of name, address, phone, email, web, logo, accent, notes") }, message)
        XCTAssertTrue(lines.contains { $0.hasSuffix("brand.yaml:2: accent: 'red' is not a colour as \"#RRGGBB\" (six hex digits)") }, message)
        XCTAssertTrue(lines.contains { $0.hasSuffix("brand.yaml:1: name: missing required field") }, message)
    }
}
