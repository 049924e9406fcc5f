import Foundation

/// A private temporary folder for rendering to bytes: made for one piece of work and removed after it.
enum ScratchFolder {
    /// Runs `body` with a new empty folder, then removes the folder.
    ///
    /// A folder that cannot be removed after the work succeeded is an error like any other I/O failure. When the work itself
    /// failed, that failure is what the caller asked about, so a removal failure on the way out is left behind it rather
    /// than hiding it.
    static func with<T>(_ prefix: String, _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result: T
        do { result = try body(folder) } catch {
            do { try FileManager.default.removeItem(at: folder) } catch _ { /* the work's own error is reported instead */ }
            throw error
        }
        try FileManager.default.removeItem(at: folder)
        return result
    }
}
