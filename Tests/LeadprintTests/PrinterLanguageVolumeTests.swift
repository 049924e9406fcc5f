import Foundation
import TestSupport
import XCTest

/// A printer-language job streams: one tag's bitmap at a time, each tag's bytes written as it is encoded, so peak
/// memory does not grow with the number of tags. Peak memory only; times stay in the benchmark.
final class PrinterLanguageVolumeTests: XCTestCase {
    func testPeakMemoryOfAThousandTubeTagsIsThatOfFifty() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var peaks: [Int: Int] = [:]
        // 2 and 40 sets of all 27 leads: 54 and 1,080 tags.
        for sets in [2, 40] {
            let target = folder.appendingPathComponent("t\(sets).ptouch")
            let run = try Tool.leadprintPeakMemory(["tags", "--sets", String(sets), "--preset", "brother-hse-8.8mm", "--format", "ptouch", "-o", target.path])
            XCTAssertEqual(run.status, 0)
            let bytes = try FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int ?? 0
            print("\(sets * 27) tube tags: \(bytes) bytes, peak memory \(run.peak / 1_000_000) MB")
            peaks[sets] = run.peak
        }
        let small = try XCTUnwrap(peaks[2]), large = try XCTUnwrap(peaks[40])
        XCTAssertLessThan(Double(large), Double(small) * 1.15 + 4_000_000, "20 times the tags took \(large / 1_000_000) MB against \(small / 1_000_000) MB")
    }
}
