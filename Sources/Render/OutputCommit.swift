import Foundation

/// The outputs of one job (its documents in every format, and its summary file) moved into place as one unit.
///
/// Outside `together` each document commits on its own, as before. Inside, every `AtomicOutput` that commits
/// is held back, fully written and synced, and all of them are renamed in one pass when the body returns:
/// a failure anywhere, before or during that pass, leaves every target as it was.
public final class OutputCommit: @unchecked Sendable {
    /// The commit the outputs of the running job join, if any.
    @TaskLocal static var current: OutputCommit?

    private let lock = NSLock()
    private var steps: [AtomicOutput.Step] = []

    private init() {}

    /// Runs `body`, which may render documents and write files; what they commit appears at the targets together
    /// once it returns, or not at all when it throws or the commit fails.
    public static func together<T>(_ body: () throws -> T) throws -> T {
        let group = OutputCommit()
        let result: T
        do {
            result = try $current.withValue(group) { try body() }
        } catch {
            group.discard()
            throw error
        }
        try move(group.lock.withLock { group.steps })
        return result
    }

    func enlist(_ step: AtomicOutput.Step) { lock.withLock { steps.append(step) } }

    private func discard() {
        for step in lock.withLock({ steps }) { step.output.discard() }
    }

    /// Renames every step's temporaries onto their targets and removes their stale pages, with backups of what
    /// they replace so that a failure, or a signal that came meanwhile, puts every old file back.
    static func move(_ steps: [AtomicOutput.Step]) throws {
        do {
            try PendingFiles.shared.committing {
                let journal = Journal()
                do {
                    try replace(steps, journal: journal)
                } catch {
                    journal.rollBack()
                    throw error
                }
                return journal
            }
        } catch let failure as CommitFailure {
            for step in steps { step.output.discard() }
            throw RenderError.cannotWrite(path: failure.path, reason: failure.reason)
        }
        for step in steps { step.output.markCommitted() }
        // Lets a test land a signal just after a commit, where it must neither undo it nor end the run as interrupted.
        if AtomicOutput.testPause > 0 { usleep(AtomicOutput.testPause * 4) }
    }

    private static func replace(_ steps: [AtomicOutput.Step], journal: Journal) throws(CommitFailure) {
        for step in steps {
            for url in step.files.map(\.target) + step.stale {
                if let backup = try step.output.backUp(url) { journal.backups.append((url, backup)) }
            }
        }
        for step in steps {
            for (temporary, target) in step.files {
                guard rename(temporary.path, target.path) == 0 else {
                    throw CommitFailure(path: target.path, reason: SystemFailure(code: errno).reason)
                }
                journal.renamed.append(target)
                if AtomicOutput.testPause > 0 { usleep(AtomicOutput.testPause) }
            }
            for url in step.stale {
                guard unlink(url.path) == 0 else { throw CommitFailure(path: url.path, reason: SystemFailure(code: errno).reason) }
            }
        }
        for step in steps { try step.output.syncFolder() }
    }
}

/// What a commit has done so far, to be undone if it cannot finish.
final class Journal {
    var backups: [(original: URL, backup: URL)] = []
    var renamed: [URL] = []

    /// Puts every old file back and removes every new one.
    func rollBack() {
        for target in renamed.reversed() { unlink(target.path) }
        // The backup is a hard link to the old file: renaming it back restores the old file exactly. Where the old file
        // was never replaced the two names are links of one file, which rename(2) leaves both in place: unlink the backup.
        for (original, backup) in backups.reversed() {
            rename(backup.path, original.path)
            unlink(backup.path)
        }
        backups.removeAll()
        renamed.removeAll()
    }

    /// Removes the backups once the new files are in place for good.
    func dropBackups() {
        for (_, backup) in backups { unlink(backup.path) }
        backups.removeAll()
    }
}

/// A commit step that failed: the target it names and why.
struct CommitFailure: Error {
    let path: String
    let reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, error: SystemFailure, folder: URL) {
        self.init(path: path, reason: AtomicOutput.explain(error, folder: folder))
    }
}
