/// Pages produced one at a time, so a document of any length is never held in memory whole.
///
/// Producing a page may fail (text that cannot fit, say); the error ends the stream.
public struct PageStream {
    private var produce: () throws -> Page?

    /// Creates a stream from a function that returns the next page, or nil at the end.
    public init(_ produce: @escaping () throws -> Page?) { self.produce = produce }

    /// Creates a stream over pages already built.
    public init<S: Sequence>(_ pages: S) where S.Element == Page {
        var iterator = pages.makeIterator()
        produce = { iterator.next() }
    }

    /// The next page, or nil when the document is complete.
    public mutating func next() throws -> Page? { try produce() }

    /// Collects every remaining page; meant for tests and short documents only.
    public mutating func collect() throws -> [Page] {
        var pages: [Page] = []
        while let page = try next() { pages.append(page) }
        return pages
    }
}
