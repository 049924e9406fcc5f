/// A font file and face index: what a renderer loads to draw a glyph run's glyph ids.
public struct FontFace: Hashable, Sendable, CustomStringConvertible {
    /// Path of the font file.
    public var path: String
    /// Index of the face inside the file (collections hold several).
    public var index: Int

    /// Creates a font face reference.
    public init(path: String, index: Int = 0) { self.path = path; self.index = index }

    public var description: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return index == 0 ? name : "\(name)#\(index)"
    }
}
