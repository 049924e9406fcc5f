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
        let probe = try typesetter.shape(units.first.map { String($0.content) } ?? " ", font: font, style: lineStyle)
        let lineBox = probe.ascender + probe.descender
        var size = maximum.points
        while size >= minimum.points - 1e-9 {
            if let lines = wrap(units, limit: box.width.points / size), maxLines.map({ lines.count <= $0 }) ?? true {
                let height = size * (lineBox + leading * Double(max(0, lines.count - 1)))
                if height <= box.height.points + 1e-9 {
                    let texts = lines.map { line in line.enumerated().map { i, unit in
                        String(unit.content) + (i == line.count - 1 ? "" : String(unit.trailing))
                    }.joined() }
                    return try place(texts, font: font, style: lineStyle, size: .pt(size), in: box, leading: leading, contentHeight: .pt(height),
                                     horizontal: horizontal, vertical: vertical, color: color)
                }
            }
            size -= 0.25
        }
        let widest = (units.map(\.width).max() ?? 0) * minimum.points
        throw TypesettingError.doesNotFit(text: text, context: context, box: box.size, minimum: minimum, neededWidth: .pt(widest))
    }

    /// The text cut at its break opportunities, each piece measured in em: its ink-widened width and the advance of the space after it.
    private func units(of text: String, font: FontSpec, style: TextStyle) throws -> [Unit] {
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
            let spaces = String(trailing.filter { !$0.isNewline })
            units.append(Unit(
                content: content, trailing: trailing, mandatoryBreak: opportunity.mandatory,
                width: try typesetter.shape(String(content), font: font, style: style).occupiedWidth(at: .pt(1)).points,
                trailingAdvance: spaces.isEmpty ? 0 : try typesetter.shape(spaces, font: font, style: style).advance))
        }
        return units
    }

    /// Greedy line breaking, widths in em; nil when a single unit is wider than the limit.
    private func wrap(_ units: [Unit], limit: Double) -> [[Unit]]? {
        var lines: [[Unit]] = []
        var current: [Unit] = [], currentWidth = 0.0
        for unit in units {
            guard unit.width <= limit + 1e-9 else { return nil }
            if let last = current.last, !last.mandatoryBreak, currentWidth + last.trailingAdvance + unit.width <= limit + 1e-9 {
                currentWidth += last.trailingAdvance + unit.width
                current.append(unit)
            } else {
                if !current.isEmpty { lines.append(current) }
                current = [unit]; currentWidth = unit.width
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private func place(_ lines: [String], font: FontSpec, style: TextStyle, size: Length, in box: Rect, leading: Double, contentHeight: Length,
                       horizontal: HorizontalAlignment, vertical: VerticalAlignment, color: RGBColor) throws -> FittedParagraph {
        let fitter = TextFitter(typesetter: typesetter)
        let top: Length = switch vertical {
        case .top: box.minY
        case .center: box.midY - contentHeight / 2
        case .bottom: box.maxY - contentHeight
        }
        var placed: [FittedText] = []
        for (index, line) in lines.enumerated() {
            let shaped = try typesetter.shape(line, font: font, style: style)
            let lineHeight = shaped.lineHeight(at: size)
            let lineBox = Rect(x: box.minX, y: top + size * (leading * Double(index)), width: box.width, height: lineHeight)
            placed.append(fitter.place(shaped, size: size, in: lineBox, horizontal: horizontal, vertical: .top, color: color))
        }
        return FittedParagraph(size: size, lines: placed)
    }
}
