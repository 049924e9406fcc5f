import DisplayList
import Geometry

/// Hairline marks on the trim lines extended beyond a block of cards, never reaching into a bleed.
public struct CropMarks: Sendable {
    /// How marks are drawn.
    public struct Style: Hashable, Sendable {
        /// How long each mark is.
        public var length: Length
        /// The closest a mark may start to the trim when there is no bleed (a common default is 6 pt).
        public var minimumOffset: Length
        /// The gap between the bleed's edge and a mark, so that not even a line end touches the bleed.
        public var gap: Length
        /// The line.
        public var stroke: Stroke

        /// Creates a style; the defaults are the trade's usual hairline marks about 6 mm long.
        public init(length: Length = .mm(6), minimumOffset: Length = .pt(6), gap: Length = .pt(0.25), stroke: Stroke = .hairline) {
            self.length = length; self.minimumOffset = minimumOffset; self.gap = gap; self.stroke = stroke
        }

        /// Where a mark starts, measured from the trim: beyond the bleed, and never closer than the minimum offset.
        public func offset(bleed: Length) -> Length { max(bleed + gap, minimumOffset) }
    }

    /// The marks as line segments on the sheet.
    public let lines: [(start: Point, end: Point)]
    /// The style they are drawn in.
    public let style: Style

    /// Marks from explicit segments.
    init(lines: [(start: Point, end: Point)], style: Style = Style()) { self.lines = lines; self.style = style }

    /// Marks for cards whose trim boxes lie in a grid: every distinct trim line gets a mark at both ends of the block.
    public init(trims: [Rect], bleed: Length, style: Style = Style()) {
        self.style = style
        guard let first = trims.first else { lines = []; return }
        let block = trims.dropFirst().reduce(first) { $0.union($1) }
        let offset = style.offset(bleed: bleed)
        // Trim lines of neighbouring cards coincide when there is no bleed: draw each line once.
        func distinct(_ values: [Length]) -> [Length] {
            values.sorted().reduce(into: [Length]()) { result, value in
                if let last = result.last, (value - last).points < 0.01 { return }
                result.append(value)
            }
        }
        var lines: [(start: Point, end: Point)] = []
        for x in distinct(trims.flatMap { [$0.minX, $0.maxX] }) {
            lines.append((Point(x: x, y: block.minY - offset), Point(x: x, y: block.minY - offset - style.length)))
            lines.append((Point(x: x, y: block.maxY + offset), Point(x: x, y: block.maxY + offset + style.length)))
        }
        for y in distinct(trims.flatMap { [$0.minY, $0.maxY] }) {
            lines.append((Point(x: block.minX - offset, y: y), Point(x: block.minX - offset - style.length, y: y)))
            lines.append((Point(x: block.maxX + offset, y: y), Point(x: block.maxX + offset + style.length, y: y)))
        }
        self.lines = lines
    }

    /// The marks as display-list items.
    public var items: [Item] { lines.map { .shape(.line(from: $0.start, to: $0.end, stroke: style.stroke)) } }
}
