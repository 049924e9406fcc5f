import Foundation

/// Reads an input file's bytes, with the operating system's reason when it cannot; every input file, YAML or CSV.
public enum YAMLSource {
    /// The file's bytes (at most one byte past `limit`, so a caller can tell it is too large), or the reason they
    /// cannot be read (e.g. "No such file or directory").
    public static func load(path: String, limit: Int) -> Result<[UInt8], YAMLSourceFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.system(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(errno)) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(.folder) }
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

    /// The system's words for it, e.g. "Permission denied".
    public var reason: String {
        switch self {
        case .system(let code): String(cString: strerror(code))
        case .folder: "is a folder, not a file"
        }
    }
}
