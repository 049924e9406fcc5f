import Foundation
import YAMLSupport

/// Reads a catalog or palette file's bytes, failing with the path as the user gave it and the system's reason.
enum SourceText {
    static func read(_ url: URL) throws(CatalogError) -> [UInt8] {
        do {
            return try YAMLReader.contents(of: url)
        } catch {
            throw CatalogError.unreadable(file: url.path, reason: error.message.replacingOccurrences(of: "cannot read file: ", with: ""))
        }
    }
}
