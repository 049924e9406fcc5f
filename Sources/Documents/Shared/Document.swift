import DisplayList
import Typesetting

/// A printable document: every kind (tags, card, comparison, swatches, calibration) builds its pages through this one door.
public protocol Document {
    /// The document kind's short name, e.g. "tags"; default file names start with it.
    static var kind: String { get }
    /// The title written into the file's metadata.
    var title: String { get }
    /// The pages, produced one at a time; text is shaped with `typesetter`.
    func pages(typesetter: Typesetter) throws -> PageStream
}
