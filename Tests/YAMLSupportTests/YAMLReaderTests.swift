import Geometry
import XCTest
import YAMLSupport
import Yams

/// The typed field readers: each accepts its good values and answers a bad one with a located problem.
final class YAMLReaderTests: XCTestCase {
    private func read(_ yaml: String, _ body: (YAMLReader, Node.Mapping) -> Void) -> [String] {
        let reader = YAMLReader(fileName: "f.yaml")
        if let root = reader.parse(text: yaml), let map = reader.mapping(root) { body(reader, map) }
        return reader.sortedProblems.map(\.description)
    }

    func testTextIsTrimmedAndMustBeOneLine() {
        var value: String?
        XCTAssertEqual(read("a: ' x '\n") { r, m in value = r.text(m, "a")?.value }, [])
        XCTAssertEqual(value, "x")
        XCTAssertEqual(read("a: \"x\\ny\"\n") { r, m in _ = r.text(m, "a") },
                       ["f.yaml:1: a: must be one line without control characters ('x\\ny')"])
        XCTAssertEqual(read("a: ~\n") { r, m in _ = r.text(m, "a") }, ["f.yaml:1: a: must not be empty"])
        XCTAssertEqual(read("b: 1\n") { r, m in _ = r.text(m, "a") }, ["f.yaml:1: a: missing required field"])
    }

    func testIntegerNamesItsRange() {
        var value: Int?
        XCTAssertEqual(read("n: 7\n") { r, m in value = r.integer(m, "n", in: 1...10)?.value }, [])
        XCTAssertEqual(value, 7)
        XCTAssertEqual(read("n: 0\n") { r, m in _ = r.integer(m, "n", in: 1...10) },
                       ["f.yaml:1: n: must be a whole number from 1 to 10 (0)"])
        XCTAssertEqual(read("n: 99999999999999999999999\n") { r, m in _ = r.integer(m, "n", in: 1...10) },
                       ["f.yaml:1: n: expected a whole number from 1 to 10 ('99999999999999999999999')"])
        XCTAssertEqual(read("n: 2.5\n") { r, m in _ = r.integer(m, "n", in: 1...10) },
                       ["f.yaml:1: n: expected a whole number from 1 to 10 ('2.5')"])
    }

    func testNumberRejectsHugeAndNonFiniteValues() {
        XCTAssertEqual(read("dpi: 1e19\n") { r, m in _ = r.number(m, "dpi", in: 72...4800) },
                       ["f.yaml:1: dpi: must be a number from 72 to 4800 ('1e19')"])
        XCTAssertEqual(read("dpi: .nan\n") { r, m in _ = r.number(m, "dpi", in: 72...4800) },
                       ["f.yaml:1: dpi: must be a number from 72 to 4800 ('.nan')"])
        var value: Double?
        XCTAssertEqual(read("dpi: 203\n") { r, m in value = r.number(m, "dpi", in: 72...4800)?.value }, [])
        XCTAssertEqual(value, 203)
    }

    func testLengthNeedsAUnitAndARange() {
        var value: Length?
        XCTAssertEqual(read("w: 25.4mm\n") { r, m in value = r.length(m, "w", in: .zero ... .inch(100))?.value }, [])
        XCTAssertEqual(value?.points ?? 0, 72, accuracy: 1e-9)
        XCTAssertEqual(read("w: 25.4\n") { r, m in _ = r.length(m, "w", in: .zero ... .inch(100)) },
                       ["f.yaml:1: w: expected a length with a unit, like 25.4mm, 1in or 72pt ('25.4')"])
        XCTAssertEqual(read("w: 117000in\n") { r, m in _ = r.length(m, "w", in: .zero ... .inch(100)) },
                       ["f.yaml:1: w: must be from 0pt to 7200pt ('117000in')"])
    }

    func testBooleansAreStrict() {
        var value: Bool?
        XCTAssertEqual(read("c: true\n") { r, m in value = r.bool(m, "c")?.value }, [])
        XCTAssertEqual(value, true)
        for word in ["yes", "on", "1", "True", "'true'"] {
            XCTAssertEqual(read("c: \(word)\n") { r, m in _ = r.bool(m, "c") },
                           ["f.yaml:1: c: expected true or false ('\(word.replacingOccurrences(of: "'", with: ""))')"])
        }
    }

    private enum Kind: String, CaseIterable { case page, sheet, roll }

    func testChoiceSuggestsTheNearestWord() {
        XCTAssertEqual(read("kind: shet\n") { r, m in _ = r.choice(m, "kind", as: Kind.self) },
                       ["f.yaml:1: kind: unknown kind; did you mean 'sheet'? expected one of page, sheet, roll ('shet')"])
    }

    func testUnknownKeysGetTheNearestKnownKeyAndDuplicatesTheFirstLine() {
        let context = YAMLContext().appending("series", "PRO").appending("lead", "9")
        XCTAssertEqual(read("colour: x\nlabel: a\nlabel: b\n") { r, m in
            r.checkKeys(m, allowed: ["color", "label"], context: context)
        }, [
            "f.yaml:1: series PRO, lead 9, colour: unknown field; did you mean 'color'?",
            "f.yaml:3: series PRO, lead 9, label: field given twice, first on line 2",
        ])
    }

    func testListAndSubmappingCheckTheirType() {
        XCTAssertEqual(read("a: x\nb: [1]\n") { r, m in
            _ = r.list(m, "a")
            _ = r.submapping(m, "b", context: YAMLContext().appending("preset", "x"), prefix: "p")
        }, ["f.yaml:1: a: expected a list ('x')", "f.yaml:2: preset x, p.b: expected a mapping of fields ('a list')"])
    }

    func testLongValuesAreShortenedOnOneLine() {
        let problem = YAMLProblem(file: "f.yaml", line: 3, field: "label", message: "bad",
                                  value: .text(String(repeating: "x", count: 1_000_000)))
        XCTAssertLessThan(problem.description.count, 120)
        XCTAssertFalse(problem.description.contains("\n"))
        XCTAssertTrue(problem.description.contains("…"))
    }

    func testNearestWord() {
        XCTAssertEqual(NearestWord.nearest(to: "colour", in: ["label", "color", "group"]), "color")
        XCTAssertEqual(NearestWord.nearest(to: "LABLE", in: ["label", "color"]), "label")
        XCTAssertNil(NearestWord.nearest(to: "x", in: []))
    }
}
