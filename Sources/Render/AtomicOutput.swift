import Foundation

/// The files of one document, written as temporaries beside their targets and committed as a unit.
///
/// Nothing appears at any target until every page is complete and synced to disk. The commit then
/// renames all pages in one pass that signals cannot interrupt (they are blocked in this thread and the
/// interrupt handler waits for the commit), removes pages of an earlier run of the same document that
/// the new output does not replace (`x-7.png` beside a new three-page `x`), and rolls everything back,
/// old files included, if any step fails.
final class AtomicOutput {
    private let folder: URL
    private let naming: TemporaryName
    private let document: URL
    private let numbersPages: Bool
    private let lock = NSLock()
    private var pending: [(temporary: URL, target: URL)] = []
    private var serial = 0
    private var committed = false
    /// Why the folder could not be listed for stale temporaries, when that was not a missing folder or permission.
    private var listingFailure: Error?

    /// Prepares the output of the document at `target`; `numbersPages` says whether its pages may be
    /// written as `name-1.ext`, `name-2.ext`… (PNG and SVG). Stale temporaries of this document left by
    /// processes that no longer exist are removed.
    init(document target: URL, numbersPages: Bool) {
        folder = target.deletingLastPathComponent()
        document = target
        naming = TemporaryName(document: target.lastPathComponent)
        self.numbersPages = numbersPages
        removeStaleTemporaries()
    }

    /// A new temporary file path for the given target, in the same folder so the rename is atomic.
    func temporaryFile(for target: URL) -> URL {
        lock.withLock {
            serial += 1
            let temporary = folder.appendingPathComponent(
                naming.name(pid: ProcessInfo.processInfo.processIdentifier, serial: serial, suffix: "tmp"))
            pending.append((temporary, target))
            PendingFiles.shared.add(temporary.path)
            return temporary
        }
    }

    /// Creates a temporary file for the given target, open for checked writing.
    func createFile(for target: URL) throws -> CheckedFile {
        if let listingFailure {
            throw RenderError.cannotWrite(path: target.path, reason: "cannot list the folder '\(folder.path)': \(listingFailure.localizedDescription)")
        }
        let temporary = temporaryFile(for: target)
        do {
            return try CheckedFile(creating: temporary.path)
        } catch {
            throw RenderError.cannotWrite(path: target.path, reason: Self.explain(error, folder: folder))
        }
    }

    /// Gives each pending file its final target by its position, once the number of files is known
    /// (single-page raster output keeps the plain name; several pages are numbered).
    func retarget(_ target: (Int) -> URL) {
        lock.withLock {
            for index in pending.indices { pending[index].target = target(index) }
        }
    }

    /// Syncs every temporary to disk, then moves them all into place as one unit; returns the targets.
    func commit() throws -> [URL] {
        let files = lock.withLock { pending }
        for (temporary, target) in files {
            do { try CheckedFile.sync(path: temporary.path) } catch {
                discard()
                throw RenderError.cannotWrite(path: target.path, reason: Self.explain(error, folder: folder))
            }
        }
        let stale = numbersPages ? stalePages(keeping: Set(files.map { $0.target.lastPathComponent })) : []
        do {
            try PendingFiles.shared.committing {
                try replace(files, removing: stale)
            }
        } catch let failure as CommitFailure {
            discard()
            throw RenderError.cannotWrite(path: failure.path, reason: Self.explain(failure.error, folder: folder))
        }
        lock.withLock { committed = true }
        return files.map(\.target)
    }

    /// Removes every temporary not yet moved into place.
    func discard() {
        lock.withLock {
            for (temporary, _) in pending {
                unlink(temporary.path)
                PendingFiles.shared.remove(temporary.path)
            }
            pending.removeAll()
        }
    }

    deinit { if !committed { discard() } }

    // MARK: The commit

    /// Microseconds to wait after each rename, from `LEADPRINT_TEST_COMMIT_PAUSE_MS`: lets a test land a
    /// signal inside the rename pass every time instead of by luck. Zero (no pause) unless set.
    private static let testPause: UInt32 = {
        guard let text = getenv("LEADPRINT_TEST_COMMIT_PAUSE_MS").map({ String(cString: $0) }),
              let milliseconds = UInt32(text), milliseconds <= 1000 else { return 0 }
        return milliseconds * 1000
    }()

    private struct CommitFailure: Error {
        let path: String
        let error: SystemFailure
    }

    /// Renames every temporary onto its target and removes `stale`, with backups of what it replaces so
    /// that a failure at any step puts every old file back. Runs with signals held off.
    private func replace(_ files: [(temporary: URL, target: URL)], removing stale: [URL]) throws {
        var backups: [(original: URL, backup: URL)] = []
        var renamed: [URL] = []
        func rollBack() {
            for target in renamed { unlink(target.path) }
            for (original, backup) in backups {
                // The backup is a hard link to the old file: renaming it back restores the old file exactly.
                rename(backup.path, original.path)
            }
        }
        func backUp(_ url: URL) throws {
            var info = stat()
            guard lstat(url.path, &info) == 0 else { return }
            // A folder cannot be replaced by a file (and cannot be hard-linked): say so, not EPERM.
            if info.st_mode & S_IFMT == S_IFDIR { throw CommitFailure(path: url.path, error: SystemFailure(code: EISDIR)) }
            serial += 1
            let backup = folder.appendingPathComponent(
                naming.name(pid: ProcessInfo.processInfo.processIdentifier, serial: serial, suffix: "bak"))
            guard link(url.path, backup.path) == 0 else { throw CommitFailure(path: url.path, error: SystemFailure(code: errno)) }
            backups.append((url, backup))
        }
        do {
            for (_, target) in files { try backUp(target) }
            for url in stale { try backUp(url) }
            for (temporary, target) in files {
                guard rename(temporary.path, target.path) == 0 else {
                    throw CommitFailure(path: target.path, error: SystemFailure(code: errno))
                }
                renamed.append(target)
                if Self.testPause > 0 { usleep(Self.testPause) }
            }
            for url in stale {
                guard unlink(url.path) == 0 else { throw CommitFailure(path: url.path, error: SystemFailure(code: errno)) }
            }
            do { try CheckedFile.syncFolder(folder.path) } catch {
                throw CommitFailure(path: folder.path, error: error)
            }
        } catch {
            rollBack()
            for (_, backup) in backups { unlink(backup.path) }
            throw error
        }
        for (_, backup) in backups { unlink(backup.path) }
        lock.withLock {
            for (temporary, _) in pending { PendingFiles.shared.remove(temporary.path) }
            pending.removeAll()
        }
    }

    /// Earlier output of this document that the new pages would not overwrite: `name.ext` and
    /// `name-N.ext` files (N any digits: page numbers may be zero-padded to the page count) not among `keeping`.
    private func stalePages(keeping: Set<String>) -> [URL] {
        let base = document.deletingPathExtension().lastPathComponent
        let ext = document.pathExtension
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch { return [] }
        return names.filter { name in
            guard !keeping.contains(name) else { return false }
            if name == document.lastPathComponent { return true }
            let numbered = base + "-"
            guard name.hasPrefix(numbered), name.hasSuffix("." + ext) else { return false }
            let number = name.dropFirst(numbered.count).dropLast(ext.count + 1)
            return !number.isEmpty && number.allSatisfy { ("0"..."9").contains($0) }
        }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Removes temporaries and backups of this document whose writing process is gone (killed runs).
    ///
    /// A folder that is missing, not a folder or unreadable is left for `createFile` to report with the system's
    /// reason; any other failure to list it is kept and reported there, since the cleanup cannot throw from `init`.
    private func removeStaleTemporaries() {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
              access(folder.path, R_OK | X_OK) == 0 else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            listingFailure = error
            return
        }
        let me = ProcessInfo.processInfo.processIdentifier
        for name in names {
            guard let pid = naming.owner(of: name), pid != me else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder.appendingPathComponent(name).path) }
        }
    }

    /// A one-line reason naming the real cause, e.g. "No such file or directory (the folder 'out' does not exist)".
    static func explain(_ failure: SystemFailure, folder: URL) -> String {
        switch failure.code {
        case ENOENT where access(folder.path, F_OK) != 0:
            "the folder '\(folder.path)' does not exist"
        case EACCES:
            "\(failure.reason) (no permission to write in '\(folder.path)')"
        default:
            failure.reason
        }
    }
}
