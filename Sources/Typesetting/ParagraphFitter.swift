import DisplayList
import Geometry

/// Lines of wrapped text placed in a box at one size.
public struct FittedParagraph: Sendable {
    /// The chosen size.
    public var size: Length
    /// The lines, top to bottom.
    public var lines: [FittedText]

    /// Every line's glyph runs as display-list items.
    public var items: [Item] { lines.flatMap(\.items) }

    /// The union of the lines' line boxes; nil for no lines.
    public var bounds: Rect? { lines.map(\.lineBounds).reduce(nil) { $0?.union($1) ?? $1 } }
}

/// Wraps text into a box at UAX #14 break opportunities (ICU): as large as allowed, shrunk down to a minimum, never clipped.
public struct ParagraphFitter {
    /// The typesetter that shapes the words and lines.
    public let typesetter: Typesetter

    /// Creates a paragraph fitter over a typesetter.
    public init(typesetter: Typesetter) { self.typesetter = typesetter }

    /// A piece of text between two break opportunities: what must stay on one line, and the white space after it.
    private struct Unit {
        var content: Substring
        var trailing: Substring
        var mandatoryBreak: Bool
        var width: Double
        var trailingAdvance: Double
    }

    /// Places `text` wrapped into `box` at the largest size from `maximum` down to `minimum` (in 0.25 pt steps) where every line fits.
    ///
    /// Lines break where UAX #14 allows for the style's language (between ideographs, after spaces, `/` and `-`),
    /// never inside a signal label isolated with `TextStyle.isolated(_:)`; a newline always breaks.
    ///
    /// - Parameters:
    ///   - style: the language and base direction; each line is ordered and shaped in it.
    ///   - leading: line pitch as a multiple of the size.
    ///   - maxLines: the most lines allowed, if any.
    ///   - horizontal: `.leading` is the right edge in a right-to-left paragraph.
    ///   - context: names where the text was to go, for the error when it cannot fit.
    public func fit(
        _ text: String, font: FontSpec, style requested: TextStyle? = nil, in box: Rect, maximum: Length, minimum: Length, leading: Double = 1.2,
        maxLines: Int? = nil, horizontal: HorizontalAlignment = .leading, vertical: VerticalAlignment = .top,
        color: RGBColor = .black, context: String
    ) throws -> FittedParagraph {
        // Every line of a paragraph shares the direction its first strong character gives it.
        let style = requested ?? typesetter.defaultStyle
        var lineStyle = style
        if style.direction == .auto {
            lineStyle.direction = try typesetter.shape(text, font: font, style: style).isRightToLeft ? .rightToLeft : .leftToRight
        }
        let units = try self.units(of: text, font: font, style: lineStyle)
        var size = maximum.points
        while size >= minimum.points - 1e-9 {
            if let lines = try wrap(units, limit: box.width.points / size, font: font, style: lineStyle),
               maxLines.map({ lines.count <= $0 }) ?? true {
                let texts = lines.map { line in line.enumerated().map { i, unit in
                    String(unit.content) + (i == line.count - 1 ? "" : String(unit.trailing))
                }.joined() }
                let shaped = try texts.map { try typesetter.shape($0, font: font, style: lineStyle) }
                // Lines are a pitch apart that holds the tallest line box (an Arabic or CJK face's is taller than a Latin one's),
                // so no line's box reaches into the next.
                let lineBox = (shaped.map(\.ascender).max() ?? 0) + (shaped.map(\.descender).max() ?? 0)
                let pitch = max(leading, lineBox)
                let height = size * (lineBox + pitch * Double(max(0, lines.count - 1)))
                if height <= box.height.points + 1e-9 {
                    return place(shaped, size: .pt(size), in: box, pitch: pitch, contentHeight: .pt(height),
                                 horizontal: horizontal, vertical: vertical, color: color)
                }
            }
            size -= 0.25
        }
        let widest = (units.map(\.width).max() ?? 0) * minimum.points
        throw TypesettingError.doesNotFit(text: text, context: context, box: box.size, minimum: minimum, neededWidth: .pt(widest))
    }

    /// The text cut at its break opportunities, each piece measured in em as it is drawn inside its line: its advance,
    /// and the advance of the space after it.
    ///
    /// Each piece between newlines is shaped once as a whole and the pieces take their share of its advances: a
    /// character such as `·` or `“` takes the font of the script around it, so shaped alone it would measure narrower.
    private func units(of text: String, font: FontSpec, style: TextStyle) throws -> [Unit] {
        var advances: [Double] = []
        advances.reserveCapacity(text.unicodeScalars.count)
        var piece = String.UnicodeScalarView()
        func flush() throws {
            guard !piece.isEmpty else { return }
            advances += try typesetter.shape(String(piece), font: font, style: style).scalarAdvances()
            piece = String.UnicodeScalarView()
        }
        for character in text {
            if character.isNewline {
                try flush()
                advances += [Double](repeating: 0, count: character.unicodeScalars.count)
            } else {
                piece.append(contentsOf: character.unicodeScalars)
            }
        }
        try flush()
        func advance(_ range: Range<String.Index>) -> Double {
            let from = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
            let count = text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
            return advances[from..<(from + count)].reduce(0, +)
        }
        var units: [Unit] = []
        var start = text.startIndex
        for opportunity in try LineBreaker.opportunities(in: text, language: style.language) {
            let piece = text[start..<opportunity.index]
            start = opportunity.index
            var contentEnd = piece.endIndex
            while contentEnd > piece.startIndex, piece[piece.index(before: contentEnd)].isWhitespace {
                contentEnd = piece.index(before: contentEnd)
            }
            let content = piece[..<contentEnd], trailing = piece[contentEnd...]
            if content.isEmpty {
                // White space before the first word, or a blank line: nothing to set, but a newline still ends its line.
                if opportunity.mandatory, let last = units.indices.last { units[last].mandatoryBreak = true }
                continue
            }
            units.append(Unit(content: content, trailing: trailing, mandatoryBreak: opportunity.mandatory,
                              width: advance(content.startIndex..<content.endIndex),
                              trailingAdvance: advance(trailing.startIndex..<trailing.endIndex)))
        }
        return units
    }

    /// Greedy line breaking, widths in em; nil when a single unit is wider than the limit.
    ///
    /// Each line is chosen by the units' measured advances, then shaped as it will be drawn; where its ink reaches
    /// past the limit (an overhanging last glyph, kerning at a join), units move to the next line until it fits.
    private func wrap(_ units: [Unit], limit: Double, font: FontSpec, style: TextStyle) throws -> [[Unit]]? {
        var lines: [[Unit]] = []
        var first = 0
        while first < units.count {
            guard units[first].width <= limit + 1e-9 else { return nil }
            var end = first + 1, width = units[first].width
            while end < units.count, !units[end - 1].mandatoryBreak,
                  width + units[end - 1].trailingAdvance + units[end].width <= limit + 1e-9 {
                width += units[end - 1].trailingAdvance + units[end].width
                end += 1
            }
            while true {
                let line = units[first..<end]
                let text = line.enumerated().map { i, unit in String(unit.content) + (i == line.count - 1 ? "" : String(unit.trailing)) }.joined()
                if try typesetter.shape(text, font: font, style: style).occupiedWidth(at: .pt(1)).points <= limit + 1e-9 { break }
                guard end - first > 1 else { return nil }
                end -= 1
            }
            lines.append(Array(units[first..<end]))
            first = end
        }
        return lines
    }

    private func place(_ lines: [ShapedText], size: Length, in box: Rect, pitch: Double, contentHeight: Length,
                       horizontal: HorizontalAlignment, vertical: VerticalAlignment, color: RGBColor) -> FittedParagraph {
        let fitter = TextFitter(typesetter: typesetter)
        let top: Length = switch vertical {
        case .top: box.minY
        case .center: box.midY - contentHeight / 2
        case .bottom: box.maxY - contentHeight
        }
        // Every baseline sits the tallest ascender below its line's top, so baselines keep one pitch whatever faces a line uses.
        let ascender = lines.map(\.ascender).max() ?? 0
        var placed: [FittedText] = []
        for (index, shaped) in lines.enumerated() {
            let lineTop = top + size * (pitch * Double(index) + ascender - shaped.ascender)
            let lineBox = Rect(x: box.minX, y: lineTop, width: box.width, height: shaped.lineHeight(at: size))
            placed.append(fitter.place(shaped, size: size, in: lineBox, horizontal: horizontal, vertical: .top, color: color))
        }
        return FittedParagraph(size: size, lines: placed)
    }
}
