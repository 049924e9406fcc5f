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
    /// Where labels sit on a sheet; one label at the origin for other kinds.
    public var grid: Grid
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
    /// Whether the printer is monochrome (thermal): tags then print in black only, as 1-bit PNG, unless told otherwise.
    public var monochrome = false
    /// Where the numbers come from.
    public var source: String
    /// Whether the geometry was checked against real stock.
    public var verified: Bool
    /// The file and line the preset was read from.
    public var origin: String

    /// Creates a preset.
    public init(name: String, kind: Kind, description: String = "", media: Size, label: Size? = nil, shape: Shape = .rectangle,
                cornerRadius: Length = .zero, grid: Grid? = nil, safeMargin: Length = .zero, printable: Rect? = nil,
                direction: Direction = .along, dpi: Double? = nil, continuous: Bool = false, source: String = "", verified: Bool = false, origin: String = "") {
        self.name = name; self.kind = kind; self.description = description; self.media = media
        self.label = label ?? media; self.shape = shape; self.cornerRadius = cornerRadius
        self.grid = grid ?? Grid(columns: 1, rows: 1, x0: .zero, y0: .zero, dx: (label ?? media).width, dy: (label ?? media).height)
        self.safeMargin = safeMargin; self.printable = printable; self.direction = direction; self.dpi = dpi
        self.continuous = continuous; self.source = source; self.verified = verified; self.origin = origin
    }

    /// Labels on one page.
    public var labelsPerPage: Int { grid.count }

    /// The area text may use inside a label, relative to the label's top-left: the printable band (or whole label) less the safe margin.
    public var safeArea: Rect {
        let band = printable ?? Rect(origin: .zero, size: label)
        return band.inset(by: safeMargin)
    }

    /// The outline of a label whose top-left is at `origin`.
    public func outline(at origin: Point) -> Rect { Rect(origin: origin, size: label) }
}
