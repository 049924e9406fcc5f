import CCairo
import DisplayList
import Geometry
@testable import Render
import XCTest

/// The text and clusters Cairo is given, so extractors read right-to-left runs back in logical order.
final class ExtractableTextTests: XCTestCase {
    private func run(_ text: String, clusters: [Int], rightToLeft: Bool) -> GlyphRun {
        let glyphs = clusters.enumerated().map { GlyphRun.Glyph(id: UInt32($0.offset + 1), x: .pt(Double($0.offset)), y: .zero, cluster: $0.element) }
        return GlyphRun(origin: Point(x: .zero, y: .zero), font: FontFace(path: "/none"), size: .pt(10), color: .black, text: text, glyphs: glyphs,
                        advance: .pt(Double(clusters.count)), inkBounds: Rect(x: .zero, y: .zero, width: .pt(1), height: .pt(1)), isRightToLeft: rightToLeft)
    }

    private func pairs(_ clusters: [cairo_text_cluster_t]) -> [[Int32]] { clusters.map { [$0.num_bytes, $0.num_glyphs] } }

    func testARightToLeftRunIsGivenInVisualOrderWithEachClusterLastCharacterFirst() throws {
        // "الإنذار" shaped: the lam-alef ligature (ل + إ, bytes 2-5) is one glyph; glyphs in visual order, the last letter leftmost.
        let text = "الإنذار"
        let starts = [12, 10, 8, 6, 2, 0]
        let (utf8, clusters) = try XCTUnwrap(ExtractableText.textAndClusters(of: run(text, clusters: starts, rightToLeft: true)))
        // Read left to right as the glyphs stand: ر ا ذ ن then the ligature with its letters last first (إ ل), then ا.
        XCTAssertEqual(String(decoding: utf8, as: UTF8.self), "راذنإلا")
        XCTAssertEqual(pairs(clusters), [[2, 1], [2, 1], [2, 1], [2, 1], [4, 1], [2, 1]])
    }

    func testALeftToRightRunKeepsItsTextAndAFinalHyphenGetsItsSpace() throws {
        let (utf8, clusters) = try XCTUnwrap(ExtractableText.textAndClusters(of: run("RS485-", clusters: [0, 1, 2, 3, 4, 5], rightToLeft: false)))
        XCTAssertEqual(String(decoding: utf8, as: UTF8.self), "RS485- ")
        XCTAssertEqual(pairs(clusters).last, [2, 1])
    }

    func testAClusterSplitAcrossTheRunHasNoForwardMap() {
        // The same cluster on both sides of another cannot be given in one pass: the glyphs are drawn without text rather than with wrong text.
        XCTAssertNil(ExtractableText.textAndClusters(of: run("ابت", clusters: [4, 0, 4], rightToLeft: true)))
    }
}
