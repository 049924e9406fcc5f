import Foundation

/// Standard input, output and error as the command needs them: never closed under it, and written with every failure seen.
enum StandardStreams {
    /// Puts a read-only `/dev/null` on each of descriptors 0, 1 and 2 that the command was started without (`>&-`).
    ///
    /// Otherwise the next file opened (a temporary PDF, a font) would get that number, and text meant for standard
    /// output or error would land in it. Read-only, so a write to a closed standard output still fails, as it should.
    static func plugClosed() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let plug = open("/dev/null", O_RDONLY)
            if plug >= 0 && plug != descriptor {
                dup2(plug, descriptor)
                close(plug)
            }
        }
    }

    /// Writes a document to standard output; throws the system's reason in one line when it cannot (a full disk,
    /// a closed descriptor, a pipe whose reader has gone).
    static func writeOutput(_ data: Data) throws {
        // A reader that has gone is an error to report, not a signal that ends the process without a word.
        signal(SIGPIPE, SIG_IGN)
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    throw CommandLineError(description: "cannot write standard output: \(String(cString: strerror(written == 0 ? ENOSPC : errno)))")
                }
                offset += written
            }
        }
    }
}
