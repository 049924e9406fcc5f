import Foundation
import TestSupport
import XCTest

final class CardQRCodeTests: XCTestCase {
    func testCardBackCarriesTheSeriesDocumentationURLAsADecodableQRCode() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["card", "--series", "VALUE", "-o", "v.png", "--dpi", "600"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let front = try Tool.run("zbarimg", ["--quiet", "--raw", folder.appendingPathComponent("v-1.png").path])
        XCTAssertEqual(front.stdout, "", "the front must carry no code")
        let back = try Tool.run("zbarimg", ["--quiet", "--raw", folder.appendingPathComponent("v-2.png").path])
        XCTAssertEqual(back.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "http://www.hikvision.com")
    }

    func testASeriesWithoutADocumentationURLPrintsNoCode() throws {
        let folder = try Tool.temporaryFolder()
        let bundled = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), encoding: .utf8)
        let stripped = bundled.components(separatedBy: "\n").filter { !$0.contains("documentationURL:") }.joined(separator: "\n")
        let catalog = folder.appendingPathComponent("no-url.yaml")
        try stripped.write(to: catalog, atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["card", "--series", "VALUE", "--catalog", catalog.path, "-o", "v.png", "--dpi", "300"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let back = try Tool.run("zbarimg", ["--quiet", "--raw", folder.appendingPathComponent("v-2.png").path])
        XCTAssertEqual(back.stdout, "")
    }
}
