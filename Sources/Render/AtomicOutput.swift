import Foundation

/// The files of one document, written as temporaries beside their targets and committed as a unit.
///
/// Nothing appears at any target until every page is complete and synced to disk. The commit then
/// renames all pages in one pass that signals cannot interrupt (they are blocked in this thread and the
/// interrupt handler waits for the commit), removes pages of an earlier run of the same document that
/// the new output does not replace (`x-7.png` beside a new three-page `x`), and rolls everything back,
/// old files included, if any step fails or a signal came meanwhile. Inside `OutputCommit.together` the
/// commit is held back and made with the other outputs of the job.
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
        // A signal that came after an earlier output was committed ends the process here, before this one starts.
        PendingFiles.shared.startingOutput()
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
        // Named and created while an interrupt's cleanup waits, so the cleanup never misses a file created under it.
        return try PendingFiles.shared.writing {
            let temporary = temporaryFile(for: target)
            do throws(SystemFailure) {
                return try CheckedFile(creating: temporary.path)
            } catch {
                throw RenderError.cannotWrite(path: target.path, reason: Self.explain(error, folder: folder))
            }
        }
    }

    /// Gives each pending file its final target by its position, once the number of files is known
    /// (single-page raster output keeps the plain name; several pages are numbered).
    func retarget(_ target: (Int) -> URL) {
        lock.withLock {
            for index in pending.indices { pending[index].target = target(index) }
        }
    }

    /// Syncs every temporary to disk, then moves them all into place as one unit (or, inside
    /// `OutputCommit.together`, leaves that to the job's commit); returns the targets.
    func commit() throws -> [URL] {
        let files = lock.withLock { pending }
        for (temporary, target) in files {
            do { try CheckedFile.sync(path: temporary.path) } catch {
                discard()
                throw RenderError.cannotWrite(path: target.path, reason: Self.explain(error, folder: folder))
            }
        }
        let stale = numbersPages ? stalePages(keeping: Set(files.map { $0.target.lastPathComponent })) : []
        let step = Step(output: self, files: files, stale: stale)
        if let group = OutputCommit.current {
            group.enlist(step)
        } else {
            try OutputCommit.move([step])
        }
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

    /// What one output's commit moves: its temporaries onto their targets, and earlier pages to remove.
    struct Step {
        let output: AtomicOutput
        let files: [(temporary: URL, target: URL)]
        let stale: [URL]
    }

    /// A hard link beside `url` that keeps the file there now; nil when nothing is there.
    /// Only a regular file is replaced: a folder, a device, a FIFO or a symbolic link is refused by name.
    func backUp(_ url: URL) throws(CommitFailure) -> URL? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        if let kind = OutputTarget.kind(ofMode: info.st_mode) {
            throw CommitFailure(path: url.path, reason: "it is \(kind), not a regular file")
        }
        let backup = lock.withLock {
            serial += 1
            return folder.appendingPathComponent(naming.name(pid: ProcessInfo.processInfo.processIdentifier, serial: serial, suffix: "bak"))
        }
        guard link(url.path, backup.path) == 0 else { throw CommitFailure(path: url.path, error: SystemFailure(code: errno), folder: folder) }
        return backup
    }

    /// Syncs the folder, so that the renames in it survive a crash.
    func syncFolder() throws(CommitFailure) {
        do { try CheckedFile.syncFolder(folder.path) } catch {
            throw CommitFailure(path: folder.path, error: error, folder: folder)
        }
    }

    /// Marks the temporaries as moved into place: nothing is left to discard.
    func markCommitted() {
        lock.withLock {
            for (temporary, _) in pending { PendingFiles.shared.remove(temporary.path) }
            pending.removeAll()
            committed = true
        }
    }

    /// Microseconds to wait after each rename (and four times that after the whole commit), from
    /// `LEADPRINT_TEST_COMMIT_PAUSE_MS`: lets a test land a signal inside the rename pass, or just after it, every
    /// time instead of by luck. Zero (no pause) unless set.
    static let testPause: UInt32 = {
        guard let text = getenv("LEADPRINT_TEST_COMMIT_PAUSE_MS").map({ String(cString: $0) }),
              let milliseconds = UInt32(text), milliseconds <= 1000 else { return 0 }
        return milliseconds * 1000
    }()

    /// Earlier output of this document that the new pages would not overwrite: `name.ext` and
    /// `name-N.ext` files (N any digits: page numbers may be zero-padded to the page count) not among `keeping`.
    private func stalePages(keeping: Set<String>) -> [URL] {
        let base = document.deletingPathExtension().lastPathComponent
        let ext = document.pathExtension
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch { return [] }
        return names.filter { name in
            guard !keeping.contains(name) else { return false }
            // Only regular files are earlier pages: a link or a device of that name is not this program's to remove.
            var info = stat()
            guard lstat(folder.appendingPathComponent(name).path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
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

    /// A one-line reason naming the real cause, e.g. "the folder 'out' does not exist".
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
