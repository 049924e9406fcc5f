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
            guard let real = realpath(url.path, nil) else {
                let code = errno
                let reason = code == ENOENT ? "it is a symbolic link to a file in a folder that does not exist" : SystemFailure(code: code).reason
                throw RenderError.cannotWrite(path: url.path, reason: reason)
            }
            defer { free(real) }
            let resolved = URL(fileURLWithPath: String(cString: real))
            // realpath resolves a link to a missing file in an existing folder too: that file is created.
            guard lstat(resolved.path, &info) == 0 else { return resolved }
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
