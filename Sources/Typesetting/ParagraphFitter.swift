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

/// Wraps text at spaces into a box: as large as allowed, shrunk down to a minimum, never clipped.
public struct ParagraphFitter {
    /// The typesetter that shapes the words and lines.
    public let typesetter: Typesetter

    /// Creates a paragraph fitter over a typesetter.
    public init(typesetter: Typesetter) { self.typesetter = typesetter }

    /// Places `text` wrapped into `box` at the largest size from `maximum` down to `minimum` (in 0.25 pt steps) where every line fits.
    ///
    /// - Parameters:
    ///   - leading: line pitch as a multiple of the size.
    ///   - maxLines: the most lines allowed, if any.
    ///   - context: names where the text was to go, for the error when it cannot fit.
    public func fit(
        _ text: String, font: FontSpec, in box: Rect, maximum: Length, minimum: Length, leading: Double = 1.2,
        maxLines: Int? = nil, horizontal: HorizontalAlignment = .leading, vertical: VerticalAlignment = .top,
        color: RGBColor = .black, context: String
    ) throws -> FittedParagraph {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let space = try typesetter.shape(" ", font: font).advance
        let wordWidths = try words.map { try typesetter.shape($0, font: font).occupiedWidth(at: .pt(1)).points }
        let probe = try typesetter.shape(words.first ?? " ", font: font)
        let lineBox = probe.ascender + probe.descender
        var size = maximum.points
        while size >= minimum.points - 1e-9 {
            if let lines = wrap(words, widths: wordWidths, space: space, limit: box.width.points / size),
               maxLines.map({ lines.count <= $0 }) ?? true {
                let height = size * (lineBox + leading * Double(max(0, lines.count - 1)))
                if height <= box.height.points + 1e-9 {
                    return try place(lines, font: font, size: .pt(size), in: box, leading: leading, contentHeight: .pt(height),
                                     horizontal: horizontal, vertical: vertical, color: color)
                }
            }
            size -= 0.25
        }
        let widest = (wordWidths.max() ?? 0) * minimum.points
        throw TypesettingError.doesNotFit(text: text, context: context, box: box.size, minimum: minimum, neededWidth: .pt(widest))
    }

    /// Greedy line breaking at spaces, widths in em; nil when a single word is wider than the limit.
    private func wrap(_ words: [String], widths: [Double], space: Double, limit: Double) -> [String]? {
        var lines: [String] = []
        var current = "", currentWidth = 0.0
        for (word, width) in zip(words, widths) {
            guard width <= limit + 1e-9 else { return nil }
            if current.isEmpty {
                current = word; currentWidth = width
            } else if currentWidth + space + width <= limit + 1e-9 {
                current += " " + word; currentWidth += space + width
            } else {
                lines.append(current)
                current = word; currentWidth = width
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private func place(_ lines: [String], font: FontSpec, size: Length, in box: Rect, leading: Double, contentHeight: Length,
                       horizontal: HorizontalAlignment, vertical: VerticalAlignment, color: RGBColor) throws -> FittedParagraph {
        let fitter = TextFitter(typesetter: typesetter)
        let top: Length = switch vertical {
        case .top: box.minY
        case .center: box.midY - contentHeight / 2
        case .bottom: box.maxY - contentHeight
        }
        var placed: [FittedText] = []
        for (index, line) in lines.enumerated() {
            let shaped = try typesetter.shape(line, font: font)
            let lineHeight = shaped.lineHeight(at: size)
            let lineBox = Rect(x: box.minX, y: top + size * (leading * Double(index)), width: box.width, height: lineHeight)
            placed.append(fitter.place(shaped, size: size, in: lineBox, horizontal: horizontal, vertical: .top, color: color))
        }
        return FittedParagraph(size: size, lines: placed)
    }
}
