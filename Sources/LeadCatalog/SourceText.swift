import Foundation

/// Reads a catalog or palette file as UTF-8 text, failing with the path as the user gave it.
enum SourceText {
    static func read(_ url: URL) throws(CatalogError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw CatalogError.unreadable(file: url.path, reason: exists ? "not UTF-8 text or not readable" : "no such file")
        }
    }
}
