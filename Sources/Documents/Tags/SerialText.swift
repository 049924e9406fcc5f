import DisplayList
import Geometry
import Typesetting

/// Sets serial numbers such as `#000123` from glyphs shaped once per character.
///
/// Every tag has a different serial, and the typesetter caches each distinct string: shaping the
/// characters one by one keeps memory flat over a 100,000-tag job. Digits and `#` neither kern
/// nor form ligatures in the tag font, so joining them by advance gives what shaping would.
struct SerialText {
    private let pieces: [Character: ShapedText]
    /// The font serials are set in.
    let font: FontSpec
    /// Digits at least, zero-padded, so serials of a job line up.
    let digits: Int

    static let alphabet = "#0123456789"

    init(typesetter: Typesetter, font: FontSpec, digits: Int) throws {
        var pieces: [Character: ShapedText] = [:]
        for character in Self.alphabet { pieces[character] = try typesetter.shape(String(character), font: font) }
        self.pieces = pieces; self.font = font; self.digits = digits
    }

    /// The printed form of a serial.
    func text(_ serial: Int) -> String {
        let number = String(serial)
        return "#" + String(repeating: "0", count: max(0, digits - number.count)) + number
    }

    /// The widest a serial of this job can be at a size, measured from the widest digit.
    func maximumWidth(at size: Length) -> Length {
        let widest = "0123456789".compactMap { pieces[$0]?.advance }.max() ?? 0
        return size * ((pieces["#"]?.advance ?? 0) + widest * Double(digits))
    }

    /// Line height at a size (ascender + descender of the font).
    func lineHeight(at size: Length) -> Length { pieces["0"].map { $0.lineHeight(at: size) } ?? size }

    /// Ascender at a size.
    func ascent(at size: Length) -> Length { size * (pieces["0"]?.ascender ?? 0.8) }

    /// The run for a serial with its baseline starting at `origin`.
    func run(_ serial: Int, at origin: Point, size: Length, color: RGBColor) -> GlyphRun {
        let text = text(serial)
        var glyphs: [GlyphRun.Glyph] = []
        var pen = 0.0
        var ink = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        var face: FontFace?
        // Serials are ASCII, so a character's index is its UTF-8 cluster offset.
        for (offset, character) in text.enumerated() {
            guard let piece = pieces[character], let segment = piece.segments.first else { continue }
            face = face ?? segment.face
            for g in segment.glyphs {
                glyphs.append(.init(id: g.id, x: size * (pen + g.x), y: size * g.y, cluster: offset))
            }
            if piece.ink.maxX > piece.ink.minX {
                ink.minX = min(ink.minX, pen + piece.ink.minX); ink.maxX = max(ink.maxX, pen + piece.ink.maxX)
                ink.minY = min(ink.minY, piece.ink.minY); ink.maxY = max(ink.maxY, piece.ink.maxY)
            }
            pen += piece.advance
        }
        if ink.minX > ink.maxX { ink = (0, 0, 0, 0) }
        let bounds = Rect(x: size * ink.minX, y: size * ink.minY, width: size * (ink.maxX - ink.minX), height: size * (ink.maxY - ink.minY))
        return GlyphRun(origin: origin, font: face ?? FontFace(path: ""), size: size, color: color, text: text,
                        glyphs: glyphs, advance: size * pen, inkBounds: bounds)
    }

    /// The advance of a serial at a size.
    func width(_ serial: Int, at size: Length) -> Length {
        size * text(serial).reduce(0) { $0 + (pieces[$1]?.advance ?? 0) }
    }
}
