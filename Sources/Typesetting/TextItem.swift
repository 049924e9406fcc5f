import CHarfBuzz

/// A stretch of a line's code points with one bidi level, one script and one font: what one HarfBuzz buffer shapes.
struct TextItem {
    /// Code point indices into the line.
    var range: Range<Int>
    /// The bidi embedding level; odd is right to left.
    var level: UInt8
    /// The resolved script (never Common unless the whole line is).
    var script: hb_script_t
    /// The font every character of the item is in.
    var font: HBFont

    var isRightToLeft: Bool { level & 1 == 1 }

    /// Explicit bidi formatting characters: they steer FriBidi and are then dropped, so they are neither drawn nor extracted.
    static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}

extension Typesetter {
    /// Splits a line into items in logical order: a new item wherever the level, the script or the font changes.
    func itemize(_ text: String, scalars: [UInt32], levels: [UInt8], primary: HBFont, spec: FontSpec, style: TextStyle) throws -> [TextItem] {
        let scripts = ScriptResolver.scripts(of: scalars)
        // A line holds one or two scripts: a short list searched in order costs less than a dictionary per line.
        var scriptFonts: [(script: UInt32, font: HBFont?)] = []
        var items: [TextItem] = []
        var index = 0
        for character in text {
            let start = index
            let scalarCount = character.unicodeScalars.count
            index += scalarCount
            // A character is kept whole (base + combining marks) in one item, chosen by its first scalar.
            let scalar = character.unicodeScalars.first!
            if scalarCount == 1, TextItem.isBidiControl(scalar.value) { continue }
            let script = scripts[start], level = levels[start]
            let scriptFont: HBFont?
            if let cached = scriptFonts.first(where: { $0.script == script.rawValue }) {
                scriptFont = cached.font
            } else {
                scriptFont = try spec.family(forScript: ScriptResolver.code(script), language: style.language)
                    .map { try hbFont(for: try face(for: spec.withFamily($0))) }
                scriptFonts.append((script.rawValue, scriptFont))
            }
            let font: HBFont
            if let scriptFont, scriptFont.covers(scalar) || scalar.properties.isWhitespace {
                font = scriptFont
            } else if primary.covers(scalar) || scalar.properties.isWhitespace {
                font = primary
            } else {
                font = try fallbackFont(for: scalar, in: text, spec: spec)
            }
            if let last = items.last, last.range.upperBound == start, last.level == level, last.script == script, last.font === font {
                items[items.count - 1].range = last.range.lowerBound..<index
            } else {
                items.append(TextItem(range: start..<index, level: level, script: script, font: font))
            }
        }
        return items
    }

    /// Shapes one item with the whole line as context; clusters become UTF-8 offsets into the item's own text.
    func shapeItem(_ item: TextItem, of scalars: [UInt32], text: String, language: hb_language_t?) throws -> ShapedText.Segment {
        let (infos, positions) = ShapingBuffer().shape(scalars, range: item.range, script: item.script, language: language,
                                                       rightToLeft: item.isRightToLeft, font: item.font.font)
        var utf8Offsets: [Int] = []
        utf8Offsets.reserveCapacity(item.range.count)
        var offset = 0
        var itemScalars = String.UnicodeScalarView()
        for value in scalars[item.range] {
            utf8Offsets.append(offset)
            let scalar = Unicode.Scalar(value)!
            offset += UTF8.width(scalar)
            itemScalars.append(scalar)
        }
        var glyphs: [ShapedText.Segment.Glyph] = []
        glyphs.reserveCapacity(infos.count)
        var penX = 0.0
        let u = item.font.unitsPerEm
        for (info, pos) in zip(infos, positions) {
            let local = Int(info.cluster) - item.range.lowerBound
            // Glyph 0 is the font's .notdef box: name the character instead of printing a box.
            guard info.codepoint != 0 else {
                // A cluster holds a base and its marks: name the first one the font lacks.
                let cluster = scalars[Int(info.cluster)..<item.range.upperBound].compactMap(Unicode.Scalar.init)
                let culprit = cluster.first { !item.font.covers($0) && !$0.properties.isWhitespace } ?? cluster[0]
                throw TypesettingError.missingGlyph(text: text, scalar: culprit)
            }
            // y_offset is y-up in HarfBuzz; the display list is y-down.
            glyphs.append(.init(id: info.codepoint, x: penX + Double(pos.x_offset) / u, y: -Double(pos.y_offset) / u, cluster: utf8Offsets[local],
                                 advance: Double(pos.x_advance) / u))
            penX += Double(pos.x_advance) / u
        }
        return ShapedText.Segment(face: item.font.face, text: String(itemScalars), glyphs: glyphs, advance: penX,
                                  isRightToLeft: item.isRightToLeft, script: ScriptResolver.code(item.script), level: Int(item.level),
                                  start: item.range.lowerBound)
    }
}
