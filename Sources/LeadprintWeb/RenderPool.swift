import Dispatch
import Foundation
import LeadprintServe

/// A bounded pool of render workers off the event loop: at most `workers` renders run at once, at most `queueLimit`
/// wait, and any more are turned away at once rather than piling up.
final class RenderPool: @unchecked Sendable {
    private let workers: Int
    private let queueLimit: Int
    private let slots: DispatchSemaphore
    private let queue = DispatchQueue(label: "leadprint.render", attributes: .concurrent)
    private let lock = NSLock()
    private var admitted = 0

    init(workers: Int, queueLimit: Int) {
        self.workers = max(1, workers)
        self.queueLimit = max(0, queueLimit)
        slots = DispatchSemaphore(value: self.workers)
    }

    /// Runs `work` on a worker thread and returns its result; throws `ServerError.busy` when the queue is full.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try admit()
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { [self] in
                slots.wait()
                let result = Result { try work() }
                slots.signal()
                release()
                continuation.resume(with: result)
            }
        }
    }

    private func admit() throws {
        lock.lock()
        defer { lock.unlock() }
        guard admitted < workers + queueLimit else { throw ServerError.busy(queued: admitted - workers) }
        admitted += 1
    }

    private func release() {
        lock.lock()
        admitted -= 1
        lock.unlock()
    }
}
