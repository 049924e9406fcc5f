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
}

/// The temporary files being written now, across all renders of the process.
final class PendingFiles: @unchecked Sendable {
    static let shared = PendingFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var interruptedBy: Int32?
    // Only a process that installed the handlers ends itself on a signal; a library user keeps its own signal handling.
    private var endsOnInterrupt = false

    func exitsOnInterrupt() { lock.withLock { endsOnInterrupt = true } }
    // Held for a whole commit, and by the interrupt handler before it cleans up, so a signal that
    // arrives mid-commit waits for the commit to finish instead of leaving half the pages renamed.
    private let commitLock = NSLock()

    /// Runs a commit with the signals that end a render blocked in this thread and the handler held off.
    func committing<T>(_ body: () throws -> T) rethrows -> T {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for number in InterruptCleanup.signals { sigaddset(&blocked, number) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        commitLock.lock()
        defer { commitLock.unlock() }
        let result = try body()
        // A signal that came during the commit ends the process here, as interrupted, once the commit is whole:
        // left to the handler, it would race the normal exit that follows a finished commit.
        if let number = interruption() {
            unlinkAll()
            exit(128 + number)
        }
        return result
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

    /// Unlinks every pending file once no commit is running; called on the way out of an interrupted process.
    func cleanUpForExit(signal number: Int32) {
        lock.withLock { interruptedBy = number }
        commitLock.lock()
        unlinkAll()
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
                    PendingFiles.shared.cleanUpForExit(signal: number)
                    exit(128 + number)
                }
                source.resume()
                installed.append(source)
            }
        }
    }
}
