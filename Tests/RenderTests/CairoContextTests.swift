import CCairo
import DisplayList
import Geometry
@testable import Render
import XCTest

/// Cairo cluster lists from glyph runs, forwards and (for right-to-left runs) backwards.
final class CairoContextTests: XCTestCase {
    private func glyphs(_ clusters: [Int]) -> [GlyphRun.Glyph] {
        clusters.enumerated().map { GlyphRun.Glyph(id: UInt32($0.offset + 1), x: .pt(Double($0.offset)), y: .zero, cluster: $0.element) }
    }

    private func pairs(_ clusters: [cairo_text_cluster_t]?) -> [[Int32]]? {
        clusters?.map { [$0.num_bytes, $0.num_glyphs] }
    }

    func testForwardClustersFollowTheText() {
        // "ffi" ligature at bytes 0-2, then a single glyph for byte 3.
        XCTAssertEqual(pairs(CairoContext.clusters(of: glyphs([0, 3]), byteCount: 4)), [[3, 1], [1, 1]])
    }

    func testBackwardClustersStartAtTheTextWhileGlyphsStartAtTheEnd() {
        // Three two-byte Arabic letters in visual order (last letter leftmost); the middle one drawn as two glyphs (base + mark).
        let run = glyphs([4, 2, 2, 0])
        XCTAssertEqual(pairs(CairoContext.clusters(of: run, byteCount: 6, backward: true)), [[2, 1], [2, 2], [2, 1]])
        // Read forwards, the same glyphs are not a valid cluster map: drawn as plain glyphs instead of wrong text.
        XCTAssertNil(CairoContext.clusters(of: run, byteCount: 6))
    }
}
