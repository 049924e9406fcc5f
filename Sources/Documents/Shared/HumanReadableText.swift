import DisplayList
import Geometry
import Typesetting

/// Sets the human-readable line under a linear code in a monospaced font, from glyphs shaped once per character.
///
/// Payloads that carry a serial differ on every tag, and the typesetter caches each distinct
/// string: shaping character by character keeps memory flat over a 100,000-tag job. A monospaced
/// font neither kerns nor forms ligatures, so joining characters by advance gives what shaping would.
final class HumanReadableText {
    let font: FontSpec
    private let typesetter: Typesetter
    private var pieces: [Character: ShapedText] = [:]

    init(typesetter: Typesetter, font: FontSpec = .mono) {
        self.typesetter = typesetter; self.font = font
    }

    private func piece(_ character: Character) throws -> ShapedText {
        if let known = pieces[character] { return known }
        let shaped = try typesetter.shape(String(character), font: font)
        pieces[character] = shaped
        return shaped
    }

    /// The advance of a text, in em.
    func advance(_ text: String) throws -> Double {
        try text.reduce(0) { $0 + (try piece($1)).advance }
    }

    /// Ascender and descender of the font, in em.
    func metrics() throws -> (ascender: Double, descender: Double) {
        let zero = try piece("0")
        return (zero.ascender, zero.descender)
    }

    /// The runs of a text with its baseline starting at `origin`.
    func runs(_ text: String, at origin: Point, size: Length, color: RGBColor) throws -> [GlyphRun] {
        let shapedPieces = try text.map { try piece($0) }
        // A character from a fallback face breaks the single-face run: shape the whole string then.
        guard let face = shapedPieces.first?.segments.first?.face,
              shapedPieces.allSatisfy({ $0.segments.count == 1 && $0.segments[0].face == face }) else {
            return try typesetter.shape(text, font: font).runs(at: origin, size: size, color: color)
        }
        var glyphs: [GlyphRun.Glyph] = []
        var pen = 0.0
        var ink = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        var byteOffset = 0
        for (character, piece) in zip(text, shapedPieces) {
            for g in piece.segments[0].glyphs {
                glyphs.append(.init(id: g.id, x: size * (pen + g.x), y: size * g.y, cluster: byteOffset + g.cluster))
            }
            if piece.ink.maxX > piece.ink.minX {
                ink.minX = min(ink.minX, pen + piece.ink.minX); ink.maxX = max(ink.maxX, pen + piece.ink.maxX)
                ink.minY = min(ink.minY, piece.ink.minY); ink.maxY = max(ink.maxY, piece.ink.maxY)
            }
            pen += piece.advance
            byteOffset += String(character).utf8.count
        }
        if ink.minX > ink.maxX { ink = (0, 0, 0, 0) }
        let bounds = Rect(x: size * ink.minX, y: size * ink.minY, width: size * (ink.maxX - ink.minX), height: size * (ink.maxY - ink.minY))
        return [GlyphRun(origin: origin, font: face, size: size, color: color, text: text, glyphs: glyphs, advance: size * pen, inkBounds: bounds)]
    }
}
