import Foundation
import XCTest

extension Tool {
    /// Runs `leadprint` with `arguments` (give absolute paths; output discarded) and returns its peak resident memory in
    /// bytes and its exit status: wait4's rusage, so the figure is the child's alone.
    public static func leadprintPeakMemory(_ arguments: [String]) throws -> (peak: Int, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let program = leadprint.path
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let environment = ["LEADPRINT_RESOURCES=\(repositoryRoot.appendingPathComponent("Resources").path)"] + ProcessInfo.processInfo.environment
            .filter { $0.key != "LEADPRINT_RESOURCES" }.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for p in envp { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        // ru_maxrss is in kilobytes on Linux.
        return (usage.ru_maxrss * 1024, (status >> 8) & 0xFF)
    }
}
