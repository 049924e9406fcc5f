import Geometry

/// A named geometry from a preset file: a plain page, a sheet of labels, roll media or a card.
public struct Preset: Hashable, Sendable {
    /// What the geometry describes.
    public enum Kind: String, Sendable, CaseIterable {
        /// A plain page (Letter, A4) for sheets and cards.
        case page
        /// A sheet of die-cut labels in a grid.
        case sheet
        /// Roll media for a thermal printer: one label per page at the label's size.
        case roll
        /// A card's trim size.
        case card
    }

    /// Label outline shapes.
    public enum Shape: String, Sendable, CaseIterable {
        case rectangle, rounded, round
        /// An ellipse filling the label's box (a circle when the box is square), as gLabels' round and elliptic labels.
        case ellipse
    }

    /// Where a preset was defined.
    public enum Provenance: String, Sendable, CaseIterable {
        /// A leadprint preset file: shipped or the user's own.
        case presetFile
        /// A gLabels template read from an installed template database.
        case gLabels
    }

    /// Which way text runs on a label: along its long side or across it.
    public enum Direction: String, Sendable, CaseIterable {
        case along, across
    }

    /// Labels on a sheet, as gLabels describes them: `columns x rows` from (x0, y0) at pitch (dx, dy).
    public struct Grid: Hashable, Sendable {
        public var columns: Int, rows: Int
        public var x0: Length, y0: Length, dx: Length, dy: Length

        /// Creates a grid.
        public init(columns: Int, rows: Int, x0: Length, y0: Length, dx: Length, dy: Length) {
            self.columns = columns; self.rows = rows; self.x0 = x0; self.y0 = y0; self.dx = dx; self.dy = dy
        }

        /// Labels on one sheet.
        public var count: Int { columns * rows }
    }

    /// The preset's name, used on the command line.
    public var name: String
    /// What kind of geometry this is.
    public var kind: Kind
    /// A one-line description.
    public var description: String
    /// The media size: the page for pages and sheets, one label (or one card) for rolls and cards.
    public var media: Size
    /// The label or card size (equal to the media for a plain page).
    public var label: Size
    /// The label outline.
    public var shape: Shape
    /// Corner radius of a rounded outline.
    public var cornerRadius: Length
    /// Where labels sit on a sheet, one grid per gLabels `Layout`; one label at the origin for other kinds.
    public var grids: [Grid]
    /// The first (for most presets the only) grid.
    public var grid: Grid {
        get { grids[0] }
        set { grids[0] = newValue }
    }
    /// Distance from the label edge that text keeps clear of.
    public var safeMargin: Length
    /// The printable band inside the label where it is smaller than the label (sleeves, wraps), relative to the label's top-left.
    public var printable: Rect?
    /// Which way text runs.
    public var direction: Direction
    /// Printer resolution for roll media, in dots per inch.
    public var dpi: Double?
    /// Whether roll media is continuous (cut to length) rather than die-cut.
    public var continuous: Bool
    /// The smallest text printed on this media: a line that would need less is left out, never set smaller.
    public var minimumTextSize: Length
    /// Whether the printer is monochrome (thermal): tags then print in black only, as 1-bit PNG, unless told otherwise.
    public var monochrome = false
    /// The label printer the media is for, when it is one leadprint speaks to directly (`--format ptouch` or `zpl`).
    public var printer: PresetPrinter?
    /// Where the numbers come from.
    public var source: String
    /// Whether the geometry was checked against real stock.
    public var verified: Bool
    /// The file and line the preset was read from.
    public var origin: String
    /// Whether the preset comes from a leadprint preset file or a gLabels template.
    public var provenance: Provenance

    /// Creates a preset.
    public init(name: String, kind: Kind, description: String = "", media: Size, label: Size? = nil, shape: Shape = .rectangle,
                cornerRadius: Length = .zero, grid: Grid? = nil, safeMargin: Length = .zero, printable: Rect? = nil,
                direction: Direction = .along, dpi: Double? = nil, continuous: Bool = false, minimumTextSize: Length = Preset.defaultMinimumTextSize,
                source: String = "", verified: Bool = false, origin: String = "", grids: [Grid]? = nil, provenance: Provenance = .presetFile) {
        self.name = name; self.kind = kind; self.description = description; self.media = media
        self.label = label ?? media; self.shape = shape; self.cornerRadius = cornerRadius
        let single = grid ?? Grid(columns: 1, rows: 1, x0: .zero, y0: .zero, dx: (label ?? media).width, dy: (label ?? media).height)
        self.grids = grids.flatMap { $0.isEmpty ? nil : $0 } ?? [single]
        self.safeMargin = safeMargin; self.printable = printable; self.direction = direction; self.dpi = dpi
        self.continuous = continuous; self.minimumTextSize = minimumTextSize; self.source = source; self.verified = verified; self.origin = origin
        self.provenance = provenance
    }

    /// The minimum text size of a preset that names none: 6 pt, about 1.5 mm cap height, legible from an office laser.
    public static let defaultMinimumTextSize = Length.pt(6)

    /// Labels on one page.
    public var labelsPerPage: Int { grids.reduce(0) { $0 + $1.count } }

    /// The area text may use inside a label, relative to the label's top-left: the printable band (or whole label) less the safe margin;
    /// on round and elliptic labels, the largest centred rectangle inside the outline less the margin.
    public var safeArea: Rect {
        let band = printable ?? Rect(origin: .zero, size: label)
        let inner = band.inset(by: safeMargin)
        guard printable == nil, inner.width.points > 0, inner.height.points > 0 else { return inner }
        switch shape {
        case .rectangle, .rounded: return inner
        case .ellipse:
            // The largest rectangle in an ellipse with semi-axes a and b is a√2 x b√2.
            let size = Size(width: inner.width / 2.squareRoot(), height: inner.height / 2.squareRoot())
            return Rect(x: inner.midX - size.width / 2, y: inner.midY - size.height / 2, width: size.width, height: size.height)
        case .round:
            // A stadium: a rectangle with semicircular ends of radius r, straight part 2c long. The centred rectangle of
            // half-sides (c + s, √(r² − s²)) touches the ends; its area is largest where 2s² + cs − r² = 0.
            let long = max(inner.width, inner.height).points, short = min(inner.width, inner.height).points
            let r = short / 2, c = long / 2 - r
            let s = (-c + (c * c + 8 * r * r).squareRoot()) / 4
            let halfLong = c + s, halfShort = (r * r - s * s).squareRoot()
            let w = inner.width >= inner.height ? halfLong : halfShort, h = inner.width >= inner.height ? halfShort : halfLong
            return Rect(x: inner.midX - .pt(w), y: inner.midY - .pt(h), width: .pt(2 * w), height: .pt(2 * h))
        }
    }

    /// The outline of a label whose top-left is at `origin`.
    public func outline(at origin: Point) -> Rect { Rect(origin: origin, size: label) }
}
