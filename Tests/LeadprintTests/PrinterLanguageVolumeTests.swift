import Foundation
import TestSupport
import XCTest

/// A printer-language job streams: one tag's bitmap at a time, each tag's bytes written as it is encoded, so peak
/// memory does not grow with the number of tags. Peak memory only; times stay in the benchmark.
final class PrinterLanguageVolumeTests: XCTestCase {
    /// Peak resident memory of one run, in bytes, and its exit status.
    private func peakMemory(_ arguments: [String]) throws -> (peak: Int, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let program = Tool.leadprint.path
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let environment = ["LEADPRINT_RESOURCES=\(Tool.repositoryRoot.appendingPathComponent("Resources").path)"] + ProcessInfo.processInfo.environment
            .filter { $0.key != "LEADPRINT_RESOURCES" }.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for p in envp { free(p) } }
        var pid: pid_t = 0
        XCTAssertEqual(posix_spawn(&pid, program, &actions, nil, argv, envp), 0, "cannot run \(program)")
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        // ru_maxrss is in kilobytes on Linux.
        return (usage.ru_maxrss * 1024, (status >> 8) & 0xFF)
    }

    func testPeakMemoryOfAThousandTubeTagsIsThatOfFifty() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var peaks: [Int: Int] = [:]
        // 2 and 40 sets of all 27 leads: 54 and 1,080 tags.
        for sets in [2, 40] {
            let target = folder.appendingPathComponent("t\(sets).ptouch")
            let run = try peakMemory(["tags", "--sets", String(sets), "--preset", "brother-hse-8.8mm", "--format", "ptouch", "-o", target.path])
            XCTAssertEqual(run.status, 0)
            let bytes = try FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int ?? 0
            print("\(sets * 27) tube tags: \(bytes) bytes, peak memory \(run.peak / 1_000_000) MB")
            peaks[sets] = run.peak
        }
        let small = try XCTUnwrap(peaks[2]), large = try XCTUnwrap(peaks[40])
        XCTAssertLessThan(Double(large), Double(small) * 1.15 + 4_000_000, "20 times the tags took \(large / 1_000_000) MB against \(small / 1_000_000) MB")
    }
}
