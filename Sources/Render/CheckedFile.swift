import Foundation

/// A new file written through a descriptor whose every write is checked: a short or failed write is
/// remembered with its errno, and `close()` syncs the data to disk before closing, so a full disk or an
/// I/O error can never pass for success.
///
/// Writes are gathered in a 64 KiB buffer: Cairo's PDF stream hands over a few bytes at a time (37,000
/// calls for a 155-page tag sheet), and one system call each cost more than the drawing.
///
/// Unchecked `Sendable`: a file is handed whole to the one worker that draws its page and is never shared.
final class CheckedFile: @unchecked Sendable {
    /// The path being written.
    let path: String
    private var descriptor: Int32
    /// The errno of the first failed write, if any; later writes are refused.
    private(set) var failure: Int32?
    private var buffer: [UInt8] = []
    private static let bufferSize = 64 << 10

    /// Creates the file, refusing to reuse an existing one; throws the errno on failure.
    init(creating path: String) throws(SystemFailure) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemFailure(code: errno) }
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// Takes every byte, writing them out once the buffer is full; false once anything has failed.
    @discardableResult
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil, descriptor >= 0 else { return false }
        if buffer.count + bytes.count > Self.bufferSize {
            guard flush() else { return false }
            // A block larger than the buffer goes straight out.
            if bytes.count >= Self.bufferSize { return writeOut(bytes) }
        }
        if buffer.capacity == 0 { buffer.reserveCapacity(Self.bufferSize) }
        buffer.append(contentsOf: bytes)
        return true
    }

    /// Writes the buffered bytes out.
    private func flush() -> Bool {
        guard !buffer.isEmpty else { return failure == nil }
        let done = buffer.withUnsafeBytes { writeOut($0) }
        buffer.removeAll(keepingCapacity: true)
        return done
    }

    /// Writes every byte with write(2) or records why not.
    private func writeOut(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return false
            }
            // write(2) returning 0 for a non-empty buffer means no progress is possible: treat as a full disk.
            if written == 0 {
                failure = ENOSPC
                return false
            }
            offset += written
        }
        return true
    }

    /// Writes every byte of an array.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Syncs the data to disk and closes the file; throws the first write, sync or close failure.
    func close() throws(SystemFailure) {
        guard descriptor >= 0 else { return }
        _ = flush()
        let fd = descriptor
        descriptor = -1
        if let failure {
            Glibc.close(fd)
            throw SystemFailure(code: failure)
        }
        if fsync(fd) != 0 {
            let code = errno
            Glibc.close(fd)
            throw SystemFailure(code: code)
        }
        if Glibc.close(fd) != 0 { throw SystemFailure(code: errno) }
    }

    /// Syncs a file written by someone else (libpng) to disk.
    static func sync(path: String) throws(SystemFailure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemFailure(code: errno) }
        defer { Glibc.close(fd) }
        if fsync(fd) != 0 { throw SystemFailure(code: errno) }
    }

    /// Syncs a folder, so that renames and removals in it survive a crash.
    static func syncFolder(_ path: String) throws(SystemFailure) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemFailure(code: errno) }
        defer { Glibc.close(fd) }
        // Some file systems cannot sync a folder (EINVAL); the rename itself is still atomic there.
        if fsync(fd) != 0 && errno != EINVAL { throw SystemFailure(code: errno) }
    }
}

/// A failed system call's errno, worded as the system words it (e.g. "No space left on device").
struct SystemFailure: Error, Equatable {
    let code: Int32

    var reason: String { String(cString: strerror(code)) }
}
