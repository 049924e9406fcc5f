import Foundation

/// Temporary files beside their targets, moved into place only when every one is complete.
///
/// A failed render removes its temporaries and leaves no file at any target path.
final class AtomicOutput {
    private(set) var pending: [(temporary: URL, target: URL)] = []
    private var committed = false

    /// A new temporary file path for the given target, in the same folder so the rename is atomic.
    func temporaryFile(for target: URL) -> URL {
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(pending.count).tmp")
        pending.append((temporary, target))
        PendingFiles.shared.add(temporary.path)
        return temporary
    }

    /// Renames every temporary onto its target.
    func commit() throws -> [URL] {
        for (temporary, target) in pending {
            guard rename(temporary.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw RenderError.cannotWrite(path: target.path, reason: reason)
            }
        }
        committed = true
        for (temporary, _) in pending { PendingFiles.shared.remove(temporary.path) }
        return pending.map(\.target)
    }

    /// Removes every temporary not yet moved into place.
    func discard() {
        for (temporary, _) in pending {
            unlink(temporary.path)
            PendingFiles.shared.remove(temporary.path)
        }
        pending.removeAll()
    }

    /// Gives each pending file its final target by its position, once the number of files is known.
    func retarget(_ target: (Int) -> URL) {
        for index in pending.indices { pending[index].target = target(index) }
    }

    deinit { if !committed { discard() } }
}
