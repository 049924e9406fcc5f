import DisplayList
import Geometry
import XCTest

final class PageBatcherTests: XCTestCase {
    private let blue = RGBColor(red: 0, green: 0, blue: 255)
    private let red = RGBColor(red: 255, green: 0, blue: 0)

    private func square(_ x: Double, _ y: Double, _ side: Double = 10, fill: RGBColor) -> Item {
        .shape(.rect(Rect(x: .pt(x), y: .pt(y), width: .pt(side), height: .pt(side)), fill: fill))
    }

    func testSeparateFillsOfOneColourBecomeOnePath() {
        var page = Page(size: Size(width: .pt(612), height: .pt(792)))
        for row in 0..<20 {
            for column in 0..<3 {
                page.add(.group(Group(transform: .translate(.pt(36 + 189 * Double(column)), .pt(36 + 36 * Double(row))), items: [square(0, 0, fill: blue)])))
            }
        }
        let batches = PageBatcher.batches(of: page)
        XCTAssertEqual(batches.count, 1)
        XCTAssertEqual(batches[0].kind, .fill(blue))
        XCTAssertEqual(batches[0].paths.count, 60)
        // The group's translation is carried into the path: the last square sits at its page position.
        XCTAssertEqual(batches[0].paths.last?.bounds, Rect(x: .pt(36 + 189 * 2), y: .pt(36 + 36 * 19), width: .pt(10), height: .pt(10)))
    }

    func testOverlappingItemsKeepTheirPaintingOrder() {
        var page = Page(size: Size(width: .pt(200), height: .pt(200)))
        page.add(square(0, 0, 20, fill: blue))     // A
        page.add(square(10, 10, 20, fill: red))    // B over A
        page.add(square(25, 25, 20, fill: blue))   // C over B: must not join A's batch, or B would cover it
        page.add(square(150, 150, 20, fill: blue)) // D touches nothing: joins the latest blue batch
        let batches = PageBatcher.batches(of: page)
        XCTAssertEqual(batches.map(\.kind), [.fill(blue), .fill(red), .fill(blue)])
        XCTAssertEqual(batches.map(\.paths.count), [1, 1, 2])
    }

    func testItemsCloserThanAPixelAreNotMerged() {
        // Two fills that touch would anti-alias their shared edge differently as one path: they stay apart.
        var page = Page(size: Size(width: .pt(200), height: .pt(200)))
        page.add(square(0, 0, 20, fill: blue))
        page.add(square(20, 0, 20, fill: blue))
        XCTAssertEqual(PageBatcher.batches(of: page).map(\.paths.count), [1, 1])
    }

    func testClippedGroupsStaySingleAndBlockWhatTheyOverlap() {
        var page = Page(size: Size(width: .pt(200), height: .pt(200)))
        page.add(square(0, 0, 20, fill: blue))
        let clip = Path.rect(Rect(x: .zero, y: .zero, width: .pt(30), height: .pt(30)))
        page.add(.group(Group(clip: clip, items: [square(0, 0, 50, fill: red)])))
        page.add(square(5, 5, 5, fill: blue))
        let batches = PageBatcher.batches(of: page)
        XCTAssertEqual(batches.count, 3)
        guard case .single(.group(let group), _) = batches[1].kind else { return XCTFail("\(batches[1].kind)") }
        XCTAssertEqual(group.clip, clip)
    }

    func testRunsOfOneFontSizeAndColourShareOneBatchWithTheirText() {
        let font = FontFace(path: "/fonts/a.ttf")
        func run(_ text: String, _ x: Double) -> Item {
            let glyphs = text.utf8.indices.enumerated().map { i, _ in GlyphRun.Glyph(id: UInt32(i + 1), x: .pt(Double(i) * 5), y: .zero, cluster: i) }
            return .glyphs(GlyphRun(origin: Point(x: .pt(x), y: .pt(50)), font: font, size: .pt(9), color: .black, text: text, glyphs: glyphs,
                                    advance: .pt(Double(glyphs.count) * 5), inkBounds: Rect(x: .zero, y: .pt(-7), width: .pt(Double(glyphs.count) * 5), height: .pt(9))))
        }
        var page = Page(size: Size(width: .pt(400), height: .pt(100)))
        page.add(run("ALARM", 10))
        page.add(.group(Group(transform: .translate(.pt(100), .zero), items: [run("GND", 10)])))
        let batches = PageBatcher.batches(of: page)
        XCTAssertEqual(batches.count, 1)
        XCTAssertEqual(batches[0].runs.map(\.text), ["ALARM", "GND"])
        XCTAssertEqual(batches[0].runs.map(\.origin.x), [.pt(10), .pt(110)])
    }

    func testRotatedItemsBatchInTheirOwnSpace() {
        let turn = Transform.quarterTurns(3)
        var page = Page(size: Size(width: .pt(200), height: .pt(200)))
        for x in [20.0, 80.0] {
            page.add(.group(Group(transform: turn.then(.translate(.pt(x), .pt(100))), items: [square(0, 0, fill: blue)])))
        }
        let batches = PageBatcher.batches(of: page)
        XCTAssertEqual(batches.count, 1)
        XCTAssertEqual(batches[0].linear, turn)
        // Mapped back through the batch's rotation, each square lands where its group put it.
        let placed = batches[0].paths.compactMap { $0.applying(batches[0].linear).bounds }
        XCTAssertEqual(placed.map(\.minX.points), [20, 80])
        XCTAssertEqual(placed.map(\.minY.points), [90, 90])
    }

    func testAReusedGroupStaysWholeOnlyWhenKept() {
        var page = Page(size: Size(width: .pt(300), height: .pt(100)))
        for x in [10.0, 110.0] {
            page.add(.group(Group(transform: .translate(.pt(x), .pt(10)), items: [.group(Group(items: [square(0, 0, fill: blue)], reuseKey: "design A"))])))
        }
        page.add(.group(Group(transform: .translate(.pt(210), .pt(10)), items: [.group(Group(items: [square(0, 0, fill: blue)], reuseKey: "design B"))])))
        XCTAssertEqual(PageBatcher.reuseCounts(of: page), ["design A": 2, "design B": 1])
        // Kept: A's two placements are single items, B joins the page's blue path.
        let kept = PageBatcher.batches(of: page, reusing: ["design A"])
        XCTAssertEqual(kept.filter { if case .single = $0.kind { true } else { false } }.count, 2)
        XCTAssertEqual(kept.filter { $0.kind == .fill(blue) }.map(\.paths.count), [1])
        // Nothing kept: all three squares are one path, at their page positions.
        let drawn = PageBatcher.batches(of: page)
        XCTAssertEqual(drawn.count, 1)
        XCTAssertEqual(drawn[0].paths.compactMap(\.bounds).map(\.minX.points), [10, 110, 210])
    }

    func testReuseCountsStopAtAReusedGroup() {
        var page = Page(size: Size(width: .pt(100), height: .pt(100)))
        let inner = Item.group(Group(items: [square(0, 0, fill: red)], reuseKey: "inner"))
        page.add(.group(Group(items: [inner, inner], reuseKey: "outer")))
        XCTAssertEqual(PageBatcher.reuseCounts(of: page), ["outer": 1])
    }
}
