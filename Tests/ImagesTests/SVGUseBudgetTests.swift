import Foundation
@testable import Images
import XCTest

/// A logo whose nested <use> references multiply into more elements than a logo needs is refused before librsvg
/// spends seconds on it; a logo that uses its parts a few times is not.
final class SVGUseBudgetTests: XCTestCase {
    /// Groups that each use the one before twice: 2^depth rectangles from a few hundred bytes.
    private func nested(_ depth: Int) -> Data {
        var lines = ["<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\" height=\"100\">",
                     "<defs>", "<rect id=\"u0\" width=\"1\" height=\"1\"/>"]
        for level in 1...depth {
            lines.append("<g id=\"u\(level)\"><use xlink:href=\"#u\(level - 1)\"/><use href=\"#u\(level - 1)\" x=\"1\"/></g>")
        }
        lines += ["</defs>", "<use xlink:href=\"#u\(depth)\"/>", "</svg>"]
        return Data(lines.joined(separator: "\n").utf8)
    }

    func testTheCountExpandsEveryReference() {
        // svg 1, defs 1 + rect 1 + g (1 + two uses of the rect, 2 each) 5, and the last use 1 + the g's 5: 14.
        XCTAssertEqual(SVGUseBudget.expandedCount(of: nested(1)), 14)
        // Level k draws 2^(k+2) - 3 elements: level 14 alone is 65,533, counted only to just past the limit.
        XCTAssertEqual(SVGUseBudget.expandedCount(of: nested(14)), SVGUseBudget.limit + 1)
    }

    func testADeeplyNestedLogoIsRefusedBeforeLibrsvgReadsIt() {
        XCTAssertThrowsError(try ImageLoader.load(nested(19))) { error in
            XCTAssertEqual("\(error)", "is not a readable SVG: it draws more than 20000 elements once its <use> references are expanded (a logo needs far fewer)")
        }
    }

    func testALogoThatUsesItsPartsAFewTimesLoads() throws {
        XCTAssertNoThrow(try ImageLoader.load(nested(6)))
    }

    func testACycleOfReferencesIsOverTheBudget() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><use href=\"#a\"/></g></svg>"
        XCTAssertEqual(SVGUseBudget.expandedCount(of: Data(svg.utf8)), SVGUseBudget.limit + 1)
    }

    /// Broken markup is librsvg's to word: the budget refuses only what it counted past the limit.
    func testMarkupThatIsNotXMLIsLeftToLibrsvg() {
        XCTAssertLessThanOrEqual(SVGUseBudget.expandedCount(of: Data("<svg><g></svg>".utf8)) ?? 0, SVGUseBudget.limit)
        XCTAssertThrowsError(try ImageLoader.load(Data("<svg><g></svg>".utf8))) { error in
            XCTAssertTrue("\(error)".hasPrefix("is not a readable SVG: "), "\(error)")
            XCTAssertFalse("\(error)".contains("<use>"), "\(error)")
        }
    }

    /// Found by the logo fuzz target: Foundation's XML parser trapped on an attribute name that is not UTF-8.
    func testBytesThatAreNotUTF8AreCountedWithoutTrapping() {
        var data = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><path ".utf8)
        data.append(0xE4)
        data.append(contentsOf: Data("=\"M0 0\"/></svg>".utf8))
        XCTAssertEqual(SVGUseBudget.expandedCount(of: data), 2)
    }

    /// A reference written as a character reference is followed as librsvg follows it.
    func testCharacterReferencesInAnHrefAreFollowed() {
        let svg = "<svg><defs><rect id=\"r\"/></defs><use href=\"&#35;r\"/><use xlink:href=\"&#x23;r\"/></svg>"
        XCTAssertEqual(SVGUseBudget.expandedCount(of: Data(svg.utf8)), 7)
    }
}
