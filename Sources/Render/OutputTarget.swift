import Foundation

/// What an output path names before anything is written there: only a regular file (or nothing yet) is
/// replaced. A symbolic link is followed to its file, which is then replaced atomically and the link kept;
/// a folder, a device, a FIFO or a socket is refused by name, so a run as root can never turn `/dev/null`
/// into a regular file.
public enum OutputTarget {
    /// The path to write for `url`: `url` itself when nothing or a regular file is there, the file a symbolic link
    /// leads to; throws `RenderError.cannotWrite` naming `url` for a missing folder, a folder given as the
    /// folder, anything that is not a regular file, and a link that leads nowhere.
    public static func resolve(_ url: URL) throws -> URL {
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            let code = errno
            guard code == ENOENT || code == ENOTDIR else { throw RenderError.cannotWrite(path: url.path, reason: SystemFailure(code: code).reason) }
            try checkFolder(of: url)
            return url
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            let resolved = try follow(url)
            guard lstat(resolved.path, &info) == 0 else {
                // A link to a file not made yet: the file is created, if its folder is there.
                var folder = stat()
                guard stat(resolved.deletingLastPathComponent().path, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR else {
                    throw RenderError.cannotWrite(path: url.path, reason: "it is a symbolic link to a file in a folder that does not exist")
                }
                return resolved
            }
            if let kind = kind(ofMode: info.st_mode) {
                throw RenderError.cannotWrite(path: url.path, reason: "it is a symbolic link to \(kind) ('\(resolved.path)'), not to a regular file")
            }
            return resolved
        }
        if let kind = kind(ofMode: info.st_mode) {
            throw RenderError.cannotWrite(path: url.path, reason: "it is \(kind), not a regular file")
        }
        return url
    }

    /// Where a chain of symbolic links ends: the first path that is not a link (it may not exist yet).
    private static func follow(_ link: URL) throws -> URL {
        var current = link
        // Forty links, as the kernel allows in one path, before the chain counts as a loop.
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current.path, &buffer, buffer.count - 1)
            guard count >= 0 else { throw RenderError.cannotWrite(path: link.path, reason: SystemFailure(code: errno).reason) }
            let destination = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : current.deletingLastPathComponent().appendingPathComponent(destination)
        }
        throw RenderError.cannotWrite(path: link.path, reason: SystemFailure(code: ELOOP).reason)
    }

    /// The folder a new file goes in must exist and be a folder.
    private static func checkFolder(of url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var info = stat()
        guard stat(folder.path, &info) == 0 else {
            let code = errno
            let reason = code == ENOENT || code == ENOTDIR ? "the folder '\(folder.path)' does not exist" : SystemFailure(code: code).reason
            throw RenderError.cannotWrite(path: url.path, reason: reason)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw RenderError.cannotWrite(path: url.path, reason: "'\(folder.path)' is a file, not a folder")
        }
    }

    /// What a file of this mode is, in words, when it is not a regular file; nil for a regular file.
    static func kind(ofMode mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }
}
