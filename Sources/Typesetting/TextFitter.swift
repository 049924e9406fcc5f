import DisplayList
import Geometry

/// Horizontal placement of a line in its box.
public enum HorizontalAlignment: String, Sendable, CaseIterable {
    case leading, center, trailing
}

/// Vertical placement of a line's box (ascender to descender) in its box.
public enum VerticalAlignment: String, Sendable, CaseIterable {
    case top, center, bottom
}

/// A line of text placed in a box at the size that fits.
public struct FittedText: Sendable {
    /// The chosen size.
    public var size: Length
    /// The baseline start.
    public var origin: Point
    /// The shaped text.
    public var shaped: ShapedText
    /// The glyph runs, ready for the display list.
    public var runs: [GlyphRun]

    /// The ink box on the page.
    public var inkBounds: Rect { shaped.inkBounds(at: size).offsetBy(dx: origin.x, dy: origin.y) }

    /// The line box (advance by ascender + descender) on the page.
    public var lineBounds: Rect {
        Rect(x: origin.x, y: origin.y - size * shaped.ascender, width: shaped.width(at: size), height: shaped.lineHeight(at: size))
    }

    /// The runs as display-list items.
    public var items: [Item] { runs.map { .glyphs($0) } }
}

/// Fits one line of text into a box: as large as allowed, shrunk down to a minimum, never clipped.
public struct TextFitter {
    /// The typesetter that shapes the text.
    public let typesetter: Typesetter

    /// Creates a fitter over a typesetter.
    public init(typesetter: Typesetter) { self.typesetter = typesetter }

    /// Places text in `box` at the largest size from `maximum` down to `minimum` at which it fits.
    ///
    /// - Parameters:
    ///   - style: the language and base direction the line is shaped and ordered in.
    ///   - horizontal: `.leading` is the right edge when the line's direction resolves to right to left.
    ///   - context: names where the text was to go, for the error when it cannot fit.
    public func fit(
        _ text: String, font: FontSpec, style: TextStyle? = nil, in box: Rect, maximum: Length, minimum: Length,
        horizontal: HorizontalAlignment = .leading, vertical: VerticalAlignment = .center,
        color: RGBColor = .black, context: String
    ) throws -> FittedText {
        let shaped = try typesetter.shape(text, font: font, style: style ?? typesetter.defaultStyle)
        let unitWidth = shaped.occupiedWidth(at: .pt(1)).points
        let unitHeight = shaped.lineHeight(at: .pt(1)).points
        var size = maximum.points
        if unitWidth > 0 { size = min(size, box.width.points / unitWidth) }
        if unitHeight > 0 { size = min(size, box.height.points / unitHeight) }
        // A hair of tolerance, so a size computed exactly at the minimum is not rejected by rounding.
        guard size >= minimum.points * (1 - 1e-9) else {
            throw TypesettingError.doesNotFit(text: text, context: context, box: box.size, minimum: minimum, neededWidth: .pt(unitWidth * minimum.points))
        }
        let chosen = Length.pt(max(size, minimum.points))
        return place(shaped, size: chosen, in: box, horizontal: horizontal, vertical: vertical, color: color)
    }

    /// Places already-shaped text at a fixed size in a box, aligned as asked (it may overflow; callers check);
    /// leading and trailing swap sides for right-to-left text.
    public func place(
        _ shaped: ShapedText, size: Length, in box: Rect,
        horizontal: HorizontalAlignment = .leading, vertical: VerticalAlignment = .center, color: RGBColor = .black
    ) -> FittedText {
        let occupied = shaped.occupiedWidth(at: size)
        // Where ink overhangs the origin to the left, shift right so the ink starts at the box edge.
        let leftOverhang = max(Length.zero, -(size * shaped.ink.minX))
        let x: Length = switch (horizontal, shaped.isRightToLeft) {
        case (.leading, false), (.trailing, true): box.minX + leftOverhang
        case (.center, _): box.midX - occupied / 2 + leftOverhang
        case (.trailing, false), (.leading, true): box.maxX - occupied + leftOverhang
        }
        let ascent = size * shaped.ascender
        let lineHeight = shaped.lineHeight(at: size)
        let top: Length = switch vertical {
        case .top: box.minY
        case .center: box.midY - lineHeight / 2
        case .bottom: box.maxY - lineHeight
        }
        let origin = Point(x: x, y: top + ascent)
        return FittedText(size: size, origin: origin, shaped: shaped, runs: shaped.runs(at: origin, size: size, color: color))
    }
}
