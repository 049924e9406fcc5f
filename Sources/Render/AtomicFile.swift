import Foundation

/// One small file (a job's summary) written like a document: checked writes, synced, and moved into place
/// atomically, inside `OutputCommit.together` in the same commit as the job's documents.
public enum AtomicFile {
    /// Writes `bytes` to `url` (a symbolic link is followed to its file); returns the path written.
    @discardableResult
    public static func write(_ bytes: [UInt8], to url: URL) throws -> URL {
        let target = try OutputTarget.resolve(url)
        let output = AtomicOutput(document: target, numbersPages: false)
        let file = try output.createFile(for: target)
        file.write(bytes)
        do { try file.close() } catch {
            output.discard()
            throw RenderError.cannotWrite(path: url.path, reason: error.reason)
        }
        _ = try output.commit()
        return target
    }
}
