import CHarfBuzz
import DisplayList
import Foundation
import Geometry

/// Resolves fonts and shapes strings with HarfBuzz, shaping each distinct string, font and style (language, direction) once.
///
/// One typesetter serves one job on one thread; it caches faces and shaped strings. The strings' cache has a fixed
/// budget (the strings shaped most recently are kept), so a job or a server whose every tag names a different camera
/// keeps memory flat, and a string printed again and again is shaped once.
public final class Typesetter {
    private let library: FontLibrary
    private var faces: [FontSpec: FontFace] = [:]
    private var fonts: [FontFace: HBFont] = [:]
    /// Fallback faces by scalar, with bit 31 set for bold and bit 30 for italic (scalars end at 0x10FFFF).
    private var fallbacks: [UInt32: FontFace] = [:]
    /// Shaped strings in two generations: a string found in the older is moved to the newer; when the newer
    /// reaches `shapedBudget` it becomes the older and the one before is dropped. Strings in use stay; at most
    /// twice the budget are kept.
    private var shaped: [ShapeKey: ShapedText] = [:]
    private var shapedBefore: [ShapeKey: ShapedText] = [:]
    /// Shaped strings per generation.
    static let shapedBudget = 4096
    /// The language and direction text is shaped in when a call names none: the document's language.
    public let defaultStyle: TextStyle

    private struct ShapeKey: Hashable {
        let text: String
        let spec: FontSpec
        let style: TextStyle
    }

    /// Creates a typesetter backed by the system's fontconfig, shaping in `defaultStyle` unless a call names another.
    public init(defaultStyle: TextStyle = .english) throws {
        library = FontLibrary()
        self.defaultStyle = defaultStyle
    }

    /// The font file fontconfig chose for a spec.
    public func face(for spec: FontSpec) throws -> FontFace {
        if let face = faces[spec] { return face }
        let face = try library.face(for: spec)
        faces[spec] = face
        return face
    }

    /// The first character of `text` that neither the font nor any fallback font can print, or nil when
    /// every character prints; other font problems are left for shaping to report.
    public func unprintableCharacter(in text: String, font spec: FontSpec) throws -> Unicode.Scalar? {
        do {
            _ = try shape(text, font: spec)
            return nil
        } catch TypesettingError.missingGlyph(_, let scalar) {
            return scalar
        }
    }

    /// Shapes one line of text in the typesetter's default language, taking glyphs the font lacks from fallback fonts.
    public func shape(_ text: String, font spec: FontSpec) throws -> ShapedText {
        try shape(text, font: spec, style: defaultStyle)
    }

    /// Shapes one line of text in a language: split into runs by bidi level (FriBidi), script and font, each run
    /// shaped with its own script, language and direction, the runs in visual order.
    ///
    /// Text in a script `spec` names a family for (`FontSpec.scriptFamilies`) is set in that family at the same
    /// weight; other characters the chosen font lacks come from `spec.family`, then from any installed font.
    public func shape(_ text: String, font spec: FontSpec, style: TextStyle) throws -> ShapedText {
        let key = ShapeKey(text: text, spec: spec, style: style)
        if let cached = shaped[key] { return cached }
        if let kept = shapedBefore[key] {
            remember(kept, key)
            return kept
        }
        let primary = try hbFont(for: try face(for: spec))
        let scalars = text.unicodeScalars.map(\.value)
        var levels = [UInt8](repeating: 0, count: scalars.count)
        var visualPosition: [Int]? = nil
        var rightToLeft = false
        if BidiParagraph.needsBidi(scalars, direction: style.direction) {
            let paragraph = try BidiParagraph(scalars, direction: style.direction, text: text)
            let line = try paragraph.reorderLine(0..<scalars.count)
            levels = line.levels
            visualPosition = line.visualPosition
            rightToLeft = paragraph.isRightToLeft
        }
        var items = try itemize(text, scalars: scalars, levels: levels, primary: primary, spec: spec, style: style)
        if let visualPosition {
            // A run is one level throughout, so it stays contiguous on screen; its leftmost code point is one of its ends.
            items.sort { a, b in
                min(visualPosition[a.range.lowerBound], visualPosition[a.range.upperBound - 1])
                    < min(visualPosition[b.range.lowerBound], visualPosition[b.range.upperBound - 1])
            }
        }
        let language = hb_language_from_string(style.language, -1)
        var segments: [ShapedText.Segment] = []
        var ascender = primary.ascender, descender = primary.descender
        var ink = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        var penX = 0.0
        for item in items {
            let segment = try shapeItem(item, of: scalars, text: text, language: language)
            for glyph in segment.glyphs {
                let e = item.font.inkExtents(glyph.id)
                guard e.maxX > e.minX || e.maxY > e.minY else { continue }
                ink.minX = min(ink.minX, penX + glyph.x + e.minX)
                ink.maxX = max(ink.maxX, penX + glyph.x + e.maxX)
                ink.minY = min(ink.minY, glyph.y + e.minY)
                ink.maxY = max(ink.maxY, glyph.y + e.maxY)
            }
            penX += segment.advance
            ascender = max(ascender, item.font.ascender)
            descender = max(descender, item.font.descender)
            segments.append(segment)
        }
        if segments.isEmpty {
            segments.append(ShapedText.Segment(face: primary.face, text: "", glyphs: [], advance: 0, isRightToLeft: rightToLeft,
                                               script: "Zyyy", level: rightToLeft ? 1 : 0))
        }
        if ink.minX > ink.maxX { ink = (0, 0, 0, 0) }
        let result = ShapedText(text: text, segments: segments, advance: penX, ascender: ascender, descender: descender, ink: ink,
                                isRightToLeft: rightToLeft)
        remember(result, key)
        return result
    }

    private func remember(_ text: ShapedText, _ key: ShapeKey) {
        if shaped.count >= Self.shapedBudget {
            shapedBefore = shaped
            shaped = [:]
            shaped.reserveCapacity(Self.shapedBudget)
        }
        shaped[key] = text
    }

    func hbFont(for face: FontFace) throws -> HBFont {
        if let font = fonts[face] { return font }
        let font = try HBFont(face)
        fonts[face] = font
        return font
    }

    func fallbackFont(for scalar: Unicode.Scalar, in text: String, spec: FontSpec) throws -> HBFont {
        // Keyed by weight and style too, so a bold run's fallback is never the face a regular run found.
        let key = scalar.value | (spec.bold ? 1 << 31 : 0) | (spec.italic ? 1 << 30 : 0)
        if let face = fallbacks[key] { return try hbFont(for: face) }
        guard let face = try library.fallbackFace(for: scalar, near: spec) else {
            throw TypesettingError.missingGlyph(text: text, scalar: scalar)
        }
        fallbacks[key] = face
        return try hbFont(for: face)
    }
}
