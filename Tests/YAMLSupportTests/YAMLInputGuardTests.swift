import XCTest
import YAMLSupport

/// Input that would crash or mislead the YAML library is stopped before it composes, with a line.
final class YAMLInputGuardTests: XCTestCase {
    private func problems(_ bytes: [UInt8], limits: YAMLLimits = .standard) -> [String] {
        let reader = YAMLReader(fileName: "f.yaml", limits: limits)
        XCTAssertNil(reader.parse(bytes))
        return reader.sortedProblems.map(\.description)
    }

    func testDeepFlowNestingIsRefusedNotACrash() {
        // Yams composes recursively: this input overflowed the stack (SIGSEGV) before the guard.
        XCTAssertEqual(problems(Array(String(repeating: "[", count: 5000).utf8)),
                       ["f.yaml:1: lists and mappings nest deeper than 64 levels"])
        XCTAssertEqual(problems(Array(("a: " + String(repeating: "{a: ", count: 100_000)).utf8)),
                       ["f.yaml:1: lists and mappings nest deeper than 64 levels"])
    }

    func testDeepBlockNestingIsRefusedWithItsLine() {
        var yaml = "top:\n"
        for depth in 1...80 { yaml += String(repeating: " ", count: depth) + "k:\n" }
        let found = problems(Array(yaml.utf8))
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("f.yaml:6"), "\(found)")
        XCTAssertTrue(found[0].hasSuffix("nest deeper than 64 levels"), "\(found)")
    }

    func testModerateNestingIsFine() {
        let reader = YAMLReader(fileName: "f.yaml")
        XCTAssertNotNil(reader.parse(text: String(repeating: "[", count: 60) + String(repeating: "]", count: 60)))
        XCTAssertEqual(reader.problems, [])
    }

    func testAliasesCountAsWhatTheyRepeat() {
        let yaml = """
        a: &a [x, x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        """
        XCTAssertEqual(problems(Array(yaml.utf8), limits: YAMLLimits(maxBytes: 1 << 20, maxDepth: 64, maxNodes: 5000)),
                       ["f.yaml:4: more than 5000 values (aliases counted as what they repeat)"])
    }

    func testSizeIsBoundedBeforeParsing() {
        XCTAssertEqual(problems(Array(repeating: UInt8(ascii: "a"), count: 2000),
                                limits: YAMLLimits(maxBytes: 1000, maxDepth: 64, maxNodes: 100)),
                       ["f.yaml: the file is larger than the limit of 1000 bytes"])
    }

    func testInvalidUTF8AndControlCharactersAreReportedByLine() {
        XCTAssertEqual(problems(Array("a: 1\nb: x".utf8) + [0xFF] + Array("\nc: \u{0}\n".utf8)), [
            "f.yaml:2: not UTF-8 text ('byte 0xFF')",
            "f.yaml:3: NUL byte in the text ('0x00')",
        ])
        XCTAssertEqual(problems(Array("a: 1\n\nb: \u{1B}[0m\n".utf8)), ["f.yaml:3: control character in the text ('0x1B')"])
        XCTAssertEqual(problems([0x61, 0x3A, 0x20, 0xC2, 0x85]), ["f.yaml:1: control character in the text ('U+0085')"])
        // Overlong and surrogate encodings are not UTF-8 either.
        XCTAssertEqual(problems([0x61, 0x3A, 0x20, 0xC0, 0xAF]).first, "f.yaml:1: not UTF-8 text ('byte 0xC0')")
        XCTAssertEqual(problems([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80]).first, "f.yaml:1: not UTF-8 text ('byte 0xED')")
    }

    func testTabsAndCarriageReturnsAreText() {
        let reader = YAMLReader(fileName: "f.yaml")
        XCTAssertNotNil(reader.parse(text: "a: 'x\ty'\r\nb: 2\r\n"))
        XCTAssertEqual(reader.problems, [])
    }

    func testSyntaxErrorsKeepTheirLineAndEmptyFilesSaySo() {
        XCTAssertEqual(problems(Array("a: 1\nb: [1,\n".utf8)).count, 1)
        XCTAssertTrue(problems(Array("a: 1\nb: [1,\n".utf8))[0].hasPrefix("f.yaml:3: YAML syntax error"))
        XCTAssertEqual(problems([]), ["f.yaml: file is empty"])
    }

    func testUnreadableFilesGiveTheSystemsReason() {
        XCTAssertThrowsError(try YAMLReader.contents(of: URL(fileURLWithPath: "/nonexistent/x.yaml"))) { error in
            XCTAssertEqual("\(error)", "/nonexistent/x.yaml: cannot read file: No such file or directory")
        }
        XCTAssertThrowsError(try YAMLReader.contents(of: URL(fileURLWithPath: "/tmp"))) { error in
            XCTAssertEqual("\(error)", "/tmp: cannot read file: is a folder, not a file")
        }
    }
}
