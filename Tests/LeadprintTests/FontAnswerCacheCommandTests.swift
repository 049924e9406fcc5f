import Foundation
import TestSupport
import XCTest

/// fontconfig's answers kept between runs change how long a run takes, never what it prints.
final class FontAnswerCacheCommandTests: XCTestCase {
    private let tags = ["tags", "--series", "all", "--sets", "1", "--preset", "avery-l7651", "--lang", "zh-Hans"]

    func testFirstAndLaterRunsWriteIdenticalFiles() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache/fontconfig-answers")
        let environment = ["LEADPRINT_FONT_CACHE": cache.path]

        let first = try Tool.leadprint(tags + ["--output", "first.pdf"], in: folder, environment: environment)
        XCTAssertEqual(first.status, 0, first.stderr)
        let kept = try String(contentsOf: cache, encoding: .utf8)
        XCTAssertTrue(kept.contains("family\tDejaVu Sans Condensed\t1\t0\tface\t"), kept)
        // The Chinese catalog text falls back to a CJK face; that answer is kept too.
        XCTAssertTrue(kept.contains("\tface\t") && kept.contains("Noto"), kept)

        let second = try Tool.leadprint(tags + ["--output", "second.pdf"], in: folder, environment: environment)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("first.pdf")),
                       try Data(contentsOf: folder.appendingPathComponent("second.pdf")))
        XCTAssertEqual(try String(contentsOf: cache, encoding: .utf8), kept, "a warm run asks fontconfig nothing new")

        let uncached = try Tool.leadprint(tags + ["--output", "off.pdf"], in: folder, environment: ["LEADPRINT_FONT_CACHE": "off"])
        XCTAssertEqual(uncached.status, 0, uncached.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("off.pdf")),
                       try Data(contentsOf: folder.appendingPathComponent("first.pdf")))
    }

    func testAnUnwritableCacheCostsTimeNotTheJob() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file where the cache's folder should be: the cache cannot be written, the job still is.
        try Data("not a folder".utf8).write(to: folder.appendingPathComponent("blocker"))
        let result = try Tool.leadprint(tags + ["--output", "tags.pdf"], in: folder,
                                        environment: ["LEADPRINT_FONT_CACHE": folder.appendingPathComponent("blocker/answers").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("rror"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("tags.pdf").path))
    }
}
