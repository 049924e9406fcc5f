import Foundation

/// Reads an input file's bytes, with the operating system's reason when it cannot; every input file, YAML or CSV.
public enum YAMLSource {
    /// The file's bytes (at most one byte past `limit`, so a caller can tell it is too large), or the reason they
    /// cannot be read (e.g. "No such file or directory").
    public static func load(path: String, limit: Int) -> Result<[UInt8], YAMLSourceFailure> {
        // The kind is checked before opening: opening a FIFO waits for a writer, and opening some devices has effects.
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(.system(errno)) }
        if let refused = YAMLSourceFailure(kindOf: info.st_mode) { return .failure(refused) }
        // Non-blocking, and checked again once open, in case the name was replaced by a FIFO in between.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.system(errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(errno)) }
        if let refused = YAMLSourceFailure(kindOf: info.st_mode) { return .failure(refused) }
        return readAll(descriptor, limit: limit)
    }

    /// Every byte from a descriptor (a file or a pipe), stopping one byte past `limit`.
    static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], YAMLSourceFailure> {
        var bytes: [UInt8] = []
        // Sized to the file when the system says how large it is: a 64 KiB buffer zeroed for every 2 KiB file
        // showed in the start-up profile.
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 65535
        var chunk = [UInt8](repeating: 0, count: min(65536, size + 1))
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return .success(bytes)
    }
}

/// Why an input file could not be read.
public enum YAMLSourceFailure: Error {
    /// A system call failed with this errno.
    case system(Int32)
    /// The path names a folder.
    case folder
    /// The path names something that is neither a file nor a folder: a FIFO, a socket or a device (its kind in words).
    case notRegular(kind: String)

    /// The refusal for a file of this mode (`st_mode`), or nil for a regular file.
    public init?(kindOf mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .notRegular(kind: "a FIFO (named pipe)")
        case S_IFSOCK: self = .notRegular(kind: "a socket")
        case S_IFCHR: self = .notRegular(kind: "a character device")
        case S_IFBLK: self = .notRegular(kind: "a block device")
        default: self = .notRegular(kind: "an unknown kind of file")
        }
    }

    /// The system's words for it, e.g. "Permission denied".
    public var reason: String {
        switch self {
        case .system(let code): String(cString: strerror(code))
        case .folder: "is a folder, not a file"
        case .notRegular(let kind): "is \(kind), not a regular file"
        }
    }
}
