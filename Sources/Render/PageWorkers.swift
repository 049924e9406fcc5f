import Dispatch
import Foundation

/// Runs numbered pieces of work on up to `jobs` threads and reports the failure of the lowest-numbered piece.
///
/// Each piece writes a file of its own, so the files do not depend on how many threads made them.
enum PageWorkers {
    static func run(_ count: Int, jobs: Int, _ body: @Sendable (Int) throws -> Void) throws {
        guard jobs > 1, count > 1 else {
            for index in 0..<count { try body(index) }
            return
        }
        let queue = WorkQueue(count: count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
            while let index = queue.take() {
                do { try body(index) } catch { queue.fail(index, error) }
            }
        }
        if let error = queue.firstError { throw error }
    }
}

/// The next piece to take and the failures so far, shared by the worker threads.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var next = 0
    private var failures: [(index: Int, error: any Error)] = []

    init(count: Int) { self.count = count }

    /// The next piece, or nil when all are taken or one has failed.
    func take() -> Int? {
        lock.withLock {
            guard next < count, failures.isEmpty else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func fail(_ index: Int, _ error: any Error) { lock.withLock { failures.append((index, error)) } }

    var firstError: (any Error)? { lock.withLock { failures.min { $0.index < $1.index }?.error } }
}
