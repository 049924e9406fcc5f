import Foundation

/// One finished run of a program: wall time from start to exit, peak resident memory and exit status.
struct Subprocess {
    var seconds: Double
    var peakBytes: Int
    var status: Int32

    /// Runs a program in the current folder to completion with its output discarded, as a user would time it from the shell.
    static func run(_ program: String, _ arguments: [String]) throws -> Subprocess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError.cannotRun(program, String(cString: strerror(spawned))) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // ru_maxrss is in kilobytes on Linux.
        return Subprocess(seconds: seconds, peakBytes: usage.ru_maxrss * 1024, status: (status >> 8) & 0xFF)
    }
}

/// What stops the benchmark.
enum BenchError: Error, CustomStringConvertible {
    case cannotRun(String, String)
    case failed(String, [String], Int32)
    case missing(String)

    var description: String {
        switch self {
        case .cannotRun(let program, let reason): "cannot run \(program): \(reason)"
        case .failed(let program, let arguments, let status): "\(program) \(arguments.joined(separator: " ")) exited with status \(status)"
        case .missing(let what): what
        }
    }
}
