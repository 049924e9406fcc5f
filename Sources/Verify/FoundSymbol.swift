/// A code decoded in an image: what it says and where it is, in the image's pixels.
public struct FoundSymbol: Sendable, Equatable {
    /// The decoded data.
    public var payload: String
    /// The symbol's centre.
    public var center: Vec2
    /// The symbol's corners (four, clockwise from top-left as decoded; the ends of the bars' row for a linear code).
    public var corners: [Vec2]
    /// The symbol's width along its rows, quiet zones excluded.
    public var width: Double
    /// The symbol's height (for a linear code, the span of rows that decoded).
    public var height: Double
}
