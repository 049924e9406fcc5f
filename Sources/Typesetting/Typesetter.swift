import CHarfBuzz
import DisplayList
import Foundation
import Geometry

/// Resolves fonts and shapes strings with HarfBuzz, shaping each distinct string and font once.
///
/// One typesetter serves one job on one thread; it caches faces and shaped strings, so memory
/// grows with the number of distinct strings, not with the number of times they are printed.
public final class Typesetter {
    private let library: FontLibrary
    private var faces: [FontSpec: FontFace] = [:]
    private var fonts: [FontFace: HBFont] = [:]
    private var fallbacks: [UInt32: FontFace] = [:]
    private var shaped: [ShapeKey: ShapedText] = [:]

    private struct ShapeKey: Hashable {
        let text: String
        let spec: FontSpec
    }

    /// Creates a typesetter backed by the system's fontconfig.
    public init() throws {
        library = try FontLibrary()
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

    /// Shapes a string in a font, taking glyphs the font lacks from fallback fonts.
    public func shape(_ text: String, font spec: FontSpec) throws -> ShapedText {
        let key = ShapeKey(text: text, spec: spec)
        if let cached = shaped[key] { return cached }
        let primary = try hbFont(for: try face(for: spec))
        var segments: [ShapedText.Segment] = []
        var ascender = primary.ascender, descender = primary.descender
        var ink = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        var penX = 0.0
        for (segmentText, font) in try split(text, primary: primary, spec: spec) {
            let segment = shapeSegment(segmentText, with: font)
            for glyph in segment.glyphs {
                let e = font.inkExtents(glyph.id)
                guard e.maxX > e.minX || e.maxY > e.minY else { continue }
                ink.minX = min(ink.minX, penX + glyph.x + e.minX)
                ink.maxX = max(ink.maxX, penX + glyph.x + e.maxX)
                ink.minY = min(ink.minY, glyph.y + e.minY)
                ink.maxY = max(ink.maxY, glyph.y + e.maxY)
            }
            penX += segment.advance
            ascender = max(ascender, font.ascender)
            descender = max(descender, font.descender)
            segments.append(segment)
        }
        if ink.minX > ink.maxX { ink = (0, 0, 0, 0) }
        let result = ShapedText(text: text, segments: segments, advance: penX, ascender: ascender, descender: descender, ink: ink)
        shaped[key] = result
        return result
    }

    private func hbFont(for face: FontFace) throws -> HBFont {
        if let font = fonts[face] { return font }
        let font = try HBFont(face)
        fonts[face] = font
        return font
    }

    /// Splits text into stretches that one font covers, primary first, fallbacks for the rest.
    private func split(_ text: String, primary: HBFont, spec: FontSpec) throws -> [(String, HBFont)] {
        var pieces: [(String, HBFont)] = []
        var current = ""
        var currentFont = primary
        for character in text {
            var font = primary
            // A character is kept whole (base + combining marks) in one font, chosen by its first scalar.
            if let scalar = character.unicodeScalars.first, !primary.covers(scalar), !scalar.properties.isWhitespace {
                font = try fallbackFont(for: scalar, in: text, spec: spec)
            }
            if font !== currentFont, !current.isEmpty {
                pieces.append((current, currentFont))
                current = ""
            }
            currentFont = font
            current.append(character)
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append((current, currentFont)) }
        return pieces
    }

    private func fallbackFont(for scalar: Unicode.Scalar, in text: String, spec: FontSpec) throws -> HBFont {
        if let face = fallbacks[scalar.value] { return try hbFont(for: face) }
        guard let face = try library.fallbackFace(for: scalar, near: spec) else {
            throw TypesettingError.missingGlyph(text: text, scalar: scalar)
        }
        fallbacks[scalar.value] = face
        return try hbFont(for: face)
    }

    private func shapeSegment(_ text: String, with font: HBFont) -> ShapedText.Segment {
        let buffer = ShapingBuffer()
        let (infos, positions) = buffer.shape(text, font: font.font)
        var glyphs: [ShapedText.Segment.Glyph] = []
        glyphs.reserveCapacity(infos.count)
        var penX = 0.0
        let u = font.unitsPerEm
        for (info, pos) in zip(infos, positions) {
            // y_offset is y-up in HarfBuzz; the display list is y-down.
            glyphs.append(.init(id: info.codepoint, x: penX + Double(pos.x_offset) / u, y: -Double(pos.y_offset) / u, cluster: Int(info.cluster)))
            penX += Double(pos.x_advance) / u
        }
        return ShapedText.Segment(face: font.face, text: text, glyphs: glyphs, advance: penX)
    }
}
