import DisplayList
import Foundation
import TestSupport
@testable import Typesetting
import XCTest

/// fontconfig's answers are reused across runs only while everything they depend on is unchanged.
final class FontAnswerCacheTests: XCTestCase {
    private var folder: URL!
    private var cacheFile: URL { folder.appendingPathComponent("answers") }
    private var dependency: URL { folder.appendingPathComponent("fonts.conf") }
    private let environment = ["HOME": "/home/someone", "LANG": "de_DE.UTF-8", "PATH": "/usr/bin"]
    private let regular = FontAnswerCache.Query.family("DejaVu Sans", bold: false, italic: false)
    private let face = FontAnswerCache.Answer.face(FontFace(path: "/usr/share/fonts/DejaVuSans.ttf", index: 0))

    override func setUpWithError() throws {
        folder = try Tool.temporaryFolder()
        try Data("<fontconfig/>".utf8).write(to: dependency)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private func cache(environment: [String: String]? = nil, version: Int = 21401) -> FontAnswerCache {
        FontAnswerCache(file: cacheFile, fontconfigVersion: version, environment: environment ?? self.environment)
    }

    private func recordOne(dependencies: [String]? = nil) {
        cache().record(face, for: regular) { dependencies ?? [dependency.path] }
    }

    func testAnswersComeBackInTheNextRun() {
        let bold = FontAnswerCache.Query.family("DejaVu Sans", bold: true, italic: false)
        let writer = cache()
        writer.record(face, for: regular) { [dependency.path] }
        writer.record(.otherFamily("DejaVu Sans"), for: .family("Helvetica", bold: false, italic: true)) { XCTFail("asked twice"); return [] }
        writer.record(.none, for: .fallback(scalar: 0x1F600, bold: true)) { [] }
        let reader = cache()
        XCTAssertEqual(reader.answer(regular), face)
        XCTAssertEqual(reader.answer(.family("Helvetica", bold: false, italic: true)), .otherFamily("DejaVu Sans"))
        XCTAssertEqual(reader.answer(.fallback(scalar: 0x1F600, bold: true)), FontAnswerCache.Answer.none)
        XCTAssertNil(reader.answer(bold))
        XCTAssertNil(reader.answer(.fallback(scalar: 0x1F600, bold: false)))
    }

    func testAChangedConfigurationFileDiscardsEveryAnswer() throws {
        recordOne()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: dependency.path)
        XCTAssertNil(cache().answer(regular))
    }

    func testAFileAppearingWhereNoneWasDiscardsEveryAnswer() throws {
        let userConfig = folder.appendingPathComponent("user-fonts.conf")
        recordOne(dependencies: [dependency.path, userConfig.path])
        XCTAssertEqual(cache().answer(regular), face)
        try Data("<fontconfig/>".utf8).write(to: userConfig)
        XCTAssertNil(cache().answer(regular))
    }

    func testARemovedFontFolderDiscardsEveryAnswer() throws {
        let fonts = folder.appendingPathComponent("fonts")
        try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        recordOne(dependencies: [dependency.path, fonts.path])
        try FileManager.default.removeItem(at: fonts)
        XCTAssertNil(cache().answer(regular))
    }

    func testAnotherEnvironmentOrFontconfigVersionDiscardsEveryAnswer() {
        recordOne()
        XCTAssertEqual(cache(environment: environment.merging(["PATH": "/bin"]) { $1 }).answer(regular), face,
                       "PATH is not read by fontconfig")
        XCTAssertNil(cache(environment: environment.merging(["LANG": "ar_EG.UTF-8"]) { $1 }).answer(regular))
        XCTAssertNil(cache(environment: environment.merging(["FONTCONFIG_FILE": "/tmp/fonts.conf"]) { $1 }).answer(regular))
        XCTAssertNil(cache(environment: environment.filter { $0.key != "HOME" }).answer(regular))
        XCTAssertNil(cache(version: 21500).answer(regular))
    }

    func testAnUnreadableCacheIsIgnoredAndReplaced() throws {
        try Data("leadprint-fontconfig-answers\t1\nfontconfig\t21401\ngarbage\n".utf8).write(to: cacheFile)
        XCTAssertNil(cache().answer(regular))
        try Data([0xFF, 0xFE, 0x00]).write(to: cacheFile)
        XCTAssertNil(cache().answer(regular))
        recordOne()
        XCTAssertEqual(cache().answer(regular), face)
    }

    /// Damaged files (a valid one with bytes flipped, cut or spliced) are refused or read, never a crash, and the next
    /// answer fontconfig gives replaces them with a whole file.
    func testDamagedFilesNeverCrash() throws {
        let writer = cache()
        writer.record(face, for: regular) { [dependency.path] }
        writer.record(.otherFamily("Odd%\tName"), for: .fallback(scalar: 0x627, bold: true)) { [] }
        let valid = [UInt8](try Data(contentsOf: cacheFile))
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            var bytes = valid
            switch round % 3 {
            case 0: for _ in 0..<3 { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            case 1: bytes = Array(bytes[..<Int.random(in: 0..<bytes.count, using: &generator)])
            default: bytes.insert(contentsOf: valid.shuffled(using: &generator).prefix(20), at: Int.random(in: 0..<bytes.count, using: &generator))
            }
            try Data(bytes).write(to: cacheFile)
            let damaged = cache()
            _ = damaged.answer(regular)
            damaged.record(face, for: .family("Recovered", bold: false, italic: false)) { [dependency.path] }
            XCTAssertEqual(cache().answer(.family("Recovered", bold: false, italic: false)), face, "round \(round)")
        }
    }

    func testATruncatedCacheIsIgnored() throws {
        recordOne()
        let text = try String(contentsOf: cacheFile, encoding: .utf8)
        try Data(text.dropLast(3).utf8).write(to: cacheFile)
        XCTAssertNil(cache().answer(regular))
    }

    func testNamesWithTabsPercentsAndLineBreaksRoundTrip() {
        let odd = FontAnswerCache.Query.family("Odd\tName 100%\nBold", bold: false, italic: false)
        let answer = FontAnswerCache.Answer.face(FontFace(path: "/fonts/a%3B\tb.ttc", index: 2))
        cache().record(answer, for: odd) { [dependency.path] }
        XCTAssertEqual(cache().answer(odd), answer)
    }

    func testTheSameAnswersMakeTheSameFile() throws {
        let first = cache()
        first.record(face, for: regular) { [dependency.path] }
        first.record(.none, for: .fallback(scalar: 0x4E2D, bold: false)) { [] }
        let one = try Data(contentsOf: cacheFile)
        try FileManager.default.removeItem(at: cacheFile)
        let second = cache()
        second.record(.none, for: .fallback(scalar: 0x4E2D, bold: false)) { [dependency.path] }
        second.record(face, for: regular) { [] }
        XCTAssertEqual(try Data(contentsOf: cacheFile), one)
    }

    func testTheDefaultPlaceFollowsTheEnvironment() {
        XCTAssertEqual(FontAnswerCache.defaultFile(environment: ["HOME": "/home/a"])?.path, "/home/a/.cache/leadprint/fontconfig-answers")
        XCTAssertEqual(FontAnswerCache.defaultFile(environment: ["HOME": "/home/a", "XDG_CACHE_HOME": "/var/cache/a"])?.path,
                       "/var/cache/a/leadprint/fontconfig-answers")
        XCTAssertEqual(FontAnswerCache.defaultFile(environment: ["HOME": "/home/a", "LEADPRINT_FONT_CACHE": "/tmp/x"])?.path, "/tmp/x")
        XCTAssertNil(FontAnswerCache.defaultFile(environment: ["HOME": "/home/a", "LEADPRINT_FONT_CACHE": "off"]))
        XCTAssertNil(FontAnswerCache.defaultFile(environment: [:]))
    }

    /// A library with a warm cache answers without initialising fontconfig, and gives what fontconfig gave.
    func testAWarmLibraryDoesNotAskFontconfig() throws {
        let environment = ProcessInfo.processInfo.environment
        let cold = FontLibrary(cache: FontAnswerCache(file: cacheFile, fontconfigVersion: 21401, environment: environment))
        let label = try cold.face(for: .label)
        let han = try cold.fallbackFace(for: "中", near: .label)
        XCTAssertThrowsError(try cold.face(for: FontSpec(family: "No Such Family 123")))
        XCTAssertTrue(cold.hasAskedFontconfig)

        let warm = FontLibrary(cache: FontAnswerCache(file: cacheFile, fontconfigVersion: 21401, environment: environment))
        XCTAssertEqual(try warm.face(for: .label), label)
        XCTAssertEqual(try warm.fallbackFace(for: "中", near: .label), han)
        XCTAssertThrowsError(try warm.face(for: FontSpec(family: "No Such Family 123"))) { error in
            guard case TypesettingError.fontNotFound(let spec, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(spec.family, "No Such Family 123")
        }
        XCTAssertFalse(warm.hasAskedFontconfig)
        XCTAssertTrue(label.path.hasSuffix("DejaVuSansCondensed-Bold.ttf"), label.path)
    }
}
