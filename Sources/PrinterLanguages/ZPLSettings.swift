/// What a ZPL II job asks of a Zebra (or compatible) printer besides its graphics.
public struct ZPLSettings: Equatable, Sendable {
    /// Head resolution in dots per inch: 203, 300 or 600.
    public var dpi: Int
    /// Continuous roll (`^MNN`) or die-cut labels found by the web sensor (`^MNY`).
    public var continuous: Bool
    /// Whether the tag's length runs along the feed (sleeve and tube): each tag is turned a quarter turn clockwise,
    /// so the media's width across the head is the tag's height. Die-cut labels print as they are.
    public var alongFeed = false
    /// Absolute darkness 0 to 30 (`~SD`); nil keeps the printer's.
    public var darkness: Int?
    /// Print speed in inches per second, 1 to 14 (`^PR`); nil keeps the printer's.
    public var speed: Int?
    /// Copies of each tag (`^PQ`).
    public var quantity = 1

    /// The head resolutions Zebra printers come with.
    public static let resolutions: Set<Int> = [203, 300, 600]

    /// Settings for a head and media.
    public init(dpi: Int, continuous: Bool) { self.dpi = dpi; self.continuous = continuous }
}
