/// A width and a height.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// The horizontal extent.
    public var width: Length
    /// The vertical extent.
    public var height: Length

    /// Creates a size.
    public init(width: Length, height: Length) { self.width = width; self.height = height }

    /// The size with width and height exchanged.
    public var rotated: Size { Size(width: height, height: width) }

    public var description: String { "\(width) x \(height)" }
}
