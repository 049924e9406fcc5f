import Dispatch
import Foundation

/// Removes unfinished temporary files when the process is interrupted or terminated.
///
/// A render writes into hidden temporary files and renames them at the end; a job stopped with
/// Ctrl-C or `kill` would otherwise leave them behind, possibly hundreds of megabytes.
public enum InterruptCleanup {
    private static let sources = SignalSources()

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that delete pending temporary files and exit with 128 + signal.
    public static func install() {
        PendingFiles.shared.exitsOnInterrupt()
        sources.install()
    }

    /// The signals that end a render and clean up after it.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Waits for the process to end when a signal is ending it: called before reporting an error, which may only be the
    /// signal's cleanup seen from the side (a temporary removed under the render), so the run ends as interrupted.
    public static func holdIfInterrupted() {
        guard PendingFiles.shared.isEnding else { return }
        while true { pause() }
    }
}

/// The temporary files being written now, across all renders of the process, and what a signal does to them.
///
/// A run either finishes or is interrupted, never both: a signal before or during a commit removes every
/// temporary, puts back what the commit replaced and ends the process with 128 + signal; a signal after a
/// commit (while "wrote" lines are printed, or a PDF is sent to a printer) is kept until the next output of
/// the process starts, or dropped when the run ends there, since its files are already in place.
final class PendingFiles: @unchecked Sendable {
    static let shared = PendingFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var interruptedBy: Int32?
    // Only a process that installed the handlers ends itself on a signal; a library user keeps its own signal handling.
    private var endsOnInterrupt = false
    /// Whether the last thing the process did with its outputs was to commit them, and no new output has started.
    private var justCommitted = false
    /// A signal that came after a commit, acted on when the next output starts.
    private var deferred: Int32?
    /// Whether a signal's cleanup has begun and the process is about to end.
    private var ending = false

    var isEnding: Bool { lock.withLock { ending } }

    func exitsOnInterrupt() { lock.withLock { endsOnInterrupt = true } }
    // Held for a whole commit, and by the interrupt handler before it cleans up, so a signal that
    // arrives mid-commit waits for the commit to decide instead of leaving half the pages renamed.
    private let commitLock = NSLock()
    /// Counts the file creations in progress (temporaries, libpng's page files), which an interrupt waits for.
    private let writes = NSCondition()
    private var activeWrites = 0
    private var stopped = false

    /// Runs a commit with the signals that end a render blocked in this thread and the handler held off.
    /// A signal that came meanwhile undoes the commit through its journal and ends the process as interrupted.
    func committing(_ body: () throws -> Journal) throws {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for number in InterruptCleanup.signals { sigaddset(&blocked, number) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        commitLock.lock()
        defer { commitLock.unlock() }
        let journal = try body()
        // Decided here, under the lock the handler waits on: a signal the handler has taken, or one still
        // pending, undoes the whole commit; one that comes after this point finds the commit done.
        if let number = interruption() {
            journal.rollBack()
            lock.withLock { ending = true }
            stopWrites()
            unlinkAll()
            exit(128 + number)
        }
        journal.dropBackups()
        lock.withLock { justCommitted = true }
    }

    /// The signal that arrived during a commit: one the handler has already taken, or one still pending.
    private func interruption() -> Int32? {
        let (installed, taken) = lock.withLock { (endsOnInterrupt, interruptedBy) }
        guard installed else { return nil }
        if let taken { return taken }
        var pending = sigset_t()
        sigpending(&pending)
        return InterruptCleanup.signals.first { sigismember(&pending, $0) == 1 }
    }

    /// Called by the handler: true when the process must end now, after every pending file is removed;
    /// false when the signal came after a commit and is kept for the next output.
    func cleanUpForExit(signal number: Int32) -> Bool {
        lock.withLock { interruptedBy = number }
        commitLock.lock()
        let keep: Bool = lock.withLock {
            guard justCommitted else { return false }
            deferred = deferred ?? number
            interruptedBy = nil
            return true
        }
        if keep {
            commitLock.unlock()
            return false
        }
        lock.withLock { ending = true }
        stopWrites()
        unlinkAll()
        return true
    }

    /// Called when a new output starts: a signal kept since the last commit ends the process now.
    func startingOutput() {
        let number: Int32? = lock.withLock {
            justCommitted = false
            return deferred
        }
        guard let number else { return }
        // Nothing of this output exists yet; the handler's lock keeps any other commit from starting.
        commitLock.lock()
        lock.withLock { ending = true }
        stopWrites()
        unlinkAll()
        exit(128 + number)
    }

    /// Runs a file creation that an interrupt's cleanup must not miss: the cleanup waits for it to finish, and
    /// once the cleanup has begun no new one starts (the thread waits for the process to end).
    func writing<T>(_ body: () throws -> T) rethrows -> T {
        writes.lock()
        while stopped { writes.wait() }
        activeWrites += 1
        writes.unlock()
        defer {
            writes.lock()
            activeWrites -= 1
            writes.broadcast()
            writes.unlock()
        }
        return try body()
    }

    /// Lets the file creations in progress finish and starts no more.
    private func stopWrites() {
        writes.lock()
        stopped = true
        while activeWrites > 0 { writes.wait() }
        writes.unlock()
    }

    func add(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Unlinks every pending file; called on the way out of an interrupted process.
    func unlinkAll() { lock.withLock { for path in paths { unlink(path) } } }
}

/// Dispatch signal sources, kept alive for the life of the process.
private final class SignalSources: @unchecked Sendable {
    private let lock = NSLock()
    private var installed: [DispatchSourceSignal] = []

    func install() {
        lock.withLock {
            guard installed.isEmpty else { return }
            for number in InterruptCleanup.signals {
                // Ignore the default action so the dispatch source, not the kernel, decides what happens.
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    if PendingFiles.shared.cleanUpForExit(signal: number) { exit(128 + number) }
                }
                source.resume()
                installed.append(source)
            }
        }
    }
}
