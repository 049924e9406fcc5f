/// A footnote of a series, referenced from groups by its mark.
public struct Footnote: Hashable, Sendable {
    /// The mark printed beside the group name, e.g. "*" or "**".
    public var mark: String
    /// The footnote's text, without its mark.
    public var text: String

    /// Creates a footnote.
    public init(mark: String, text: String) {
        self.mark = mark
        self.text = text
    }
}
