/// What a catalog is and where its data came from, printed in document footers.
public struct CatalogInfo: Hashable, Sendable {
    /// The catalog's title.
    public var title: String
    /// The data's revision, e.g. "2.0 (2014-06-13)".
    public var revision: String
    /// The document the data was taken from.
    public var source: String

    /// Creates catalog information.
    public init(title: String, revision: String, source: String) {
        self.title = title
        self.revision = revision
        self.source = source
    }
}
