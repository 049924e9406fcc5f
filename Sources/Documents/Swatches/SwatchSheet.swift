import DisplayList
import Foundation
import Geometry
import Layout
import LeadCatalog
import Localization
import Typesetting

/// A printable page with every palette colour as a swatch, its name, IEC code, sRGB and text contrast, for checking a printer before printing cards.
public struct SwatchSheet {
    /// The colours to show, in palette order.
    public let colors: [WireColor]
    /// The page the swatches are printed on.
    public let page: Preset
    /// Where the colours came from, printed in the footer.
    public let sourceNote: String
    /// The language of the fixed text; nil for English.
    public let strings: Strings?
    /// Colour names in the sheet's language, by palette name (from a catalog translation); a colour without one prints its palette name.
    public let colorNames: [String: String]

    /// Creates a swatch sheet for the colours of a palette.
    public init(palette: Palette, page: Preset, sourceNote: String, strings: Strings? = nil, colorNames: [String: String] = [:]) {
        colors = palette.entries.compactMap { palette.resolve($0.name) }
        self.page = page
        self.sourceNote = sourceNote
        self.strings = strings
        self.colorNames = colorNames
    }

    /// Geometry of one swatch cell, exposed for tests.
    public struct Cell: Sendable {
        /// The colour shown.
        public var color: WireColor
        /// The coloured area.
        public var swatch: Rect
        /// Whether it is outlined against the paper.
        public var outlined: Bool
    }

    /// Where every swatch goes, in order, on as many pages as needed.
    public func cells() -> [[Cell]] {
        let content = Rect(origin: .zero, size: page.media).inset(by: page.safeMargin)
        let columns = 3
        let gutter = Length.mm(5)
        let cellWidth = (content.width - gutter * Double(columns - 1)) / Double(columns)
        let cellHeight = Length.mm(36)
        let top = content.minY + .mm(22)
        let rows = max(1, Int(((content.maxY - .mm(12)) - top) / cellHeight))
        var pages: [[Cell]] = []
        for (index, color) in colors.enumerated() {
            let onPage = index % (rows * columns)
            if onPage == 0 { pages.append([]) }
            let x = content.minX + (cellWidth + gutter) * Double(onPage % columns)
            let y = top + cellHeight * Double(onPage / columns)
            let swatch = Rect(x: x, y: y, width: cellWidth, height: .mm(18))
            pages[pages.count - 1].append(Cell(color: color, swatch: swatch, outlined: WireSwatch.needsOutline(color, on: .white)))
        }
        return pages
    }

    /// The pages, built one at a time.
    public func pages(typesetter: Typesetter) -> PageStream {
        let fitter = TextFitter(typesetter: typesetter)
        var remaining = cells()[...]
        var number = 0
        let total = remaining.count
        return PageStream {
            guard let cells = remaining.popFirst() else { return nil }
            number += 1
            return try self.page(cells, number: number, of: total, fitter: fitter, strings: self.strings ?? .bundled(.english))
        }
    }

    private func page(_ cells: [Cell], number: Int, of total: Int, fitter: TextFitter, strings: Strings) throws -> Page {
        var page = Page(size: self.page.media)
        let content = Rect(origin: .zero, size: self.page.media).inset(by: self.page.safeMargin)
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        let title = try fitter.fit(try strings.text(.swatchTitle), font: .heading, in: Rect(x: content.minX, y: content.minY, width: content.width, height: .mm(9)),
                                   maximum: .pt(20), minimum: .pt(12), horizontal: along, context: "swatch page title")
        page.items += title.items
        let subtitle = try strings.text(.swatchSubtitle)
        // Wrapped rather than shrunk: the page's minimum text size holds for the instructions too.
        page.items += try ParagraphFitter(typesetter: fitter.typesetter).fit(
            subtitle, font: .body, in: Rect(x: content.minX, y: content.minY + .mm(10), width: content.width, height: .mm(10)),
            maximum: .pt(8), minimum: self.page.minimumTextSize, leading: 1.2, horizontal: along, vertical: .top, context: "swatch page subtitle").items
        for cell in cells { page.items += try items(for: cell, fitter: fitter, strings: strings) }
        let footer = try strings.text(.swatchFooter, ["source": .text(sourceNote), "page": .number(number), "total": .number(total)])
        page.items += try fitter.fit(footer, font: .body, in: Rect(x: content.minX, y: content.maxY - .mm(5), width: content.width, height: .mm(5)),
                                     maximum: .pt(7), minimum: self.page.minimumTextSize, horizontal: along, context: "swatch page footer").items
        return page
    }

    /// The contrast ratio below which a text sample cannot be seen on its swatch at all.
    static let invisibleBelow = 1.2

    private func items(for cell: Cell, fitter: TextFitter, strings: Strings) throws -> [Item] {
        let color = cell.color
        let s = cell.swatch
        var items = WireSwatch.items(color, in: s, cornerRadius: .mm(1.5))
        let black = color.base.contrastRatio(with: .black), white = color.base.contrastRatio(with: .white)
        // Samples of both text colours sit on the base colour itself, so the ratios printed below can be judged by eye.
        let sampleBox = Rect(x: s.minX + .mm(3), y: s.minY + .mm(4), width: s.width / 2 - .mm(4), height: s.height - .mm(8))
        if color.isTwoColor {
            let plate = Rect(x: s.minX + .mm(2), y: s.minY + .mm(3), width: s.width - .mm(4), height: s.height - .mm(6))
            items.append(.shape(Shape(path: .roundedRect(plate, radius: .mm(1)), fill: color.base)))
        }
        items += try fitter.fit("Aa \(color.code)", font: .heading, in: sampleBox, maximum: .pt(14), minimum: .pt(6), color: .black, context: "swatch \(color.name)").items
        items += try fitter.fit("Aa \(color.code)", font: .heading, in: sampleBox.offsetBy(dx: s.width / 2), maximum: .pt(14), minimum: .pt(6), color: .white, context: "swatch \(color.name)").items
        // A sample that vanishes into its colour (black on black) is the point of the demonstration, but an empty half
        // reads as missing content: a dashed frame in the other text colour shows where the sample is.
        for (ratio, box, frame) in [(black, sampleBox, RGBColor.white), (white, sampleBox.offsetBy(dx: s.width / 2), RGBColor.black)] where ratio < Self.invisibleBelow {
            let outline = Rect(x: box.minX - .mm(1), y: box.minY - .mm(1), width: box.width + .mm(2), height: box.height + .mm(2))
            items.append(.shape(Shape(path: .roundedRect(outline, radius: .mm(1)), stroke: Stroke(color: frame, width: .pt(0.5), dash: [.mm(1), .mm(0.8)]))))
        }
        let nameBox = Rect(x: s.minX, y: s.maxY + .mm(1.5), width: s.width, height: .mm(5))
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        let name = colorNames[color.name] ?? color.name
        items += try fitter.fit(try strings.text(.swatchName, ["name": .text(name), "code": .text(color.code)]), font: .heading, in: nameBox,
                                maximum: .pt(10), minimum: .pt(6), horizontal: along, context: "swatch \(color.name)").items
        let detail: String
        if let tracer = color.tracer {
            let tracerName = try color.tracerName.map { colorNames[$0] ?? $0 } ?? strings.text(.swatchTracer)
            detail = try strings.text(.swatchRGBTracer, ["base": .text(color.base.hex), "tracer-name": .text(tracerName), "tracer": .text(tracer.hex)])
        } else {
            detail = try strings.text(.swatchRGB, ["base": .text(color.base.hex)])
        }
        items += try fitter.fit(detail, font: .body, in: nameBox.offsetBy(dy: .mm(5)), maximum: .pt(8), minimum: page.minimumTextSize, horizontal: along,
                                context: "swatch \(color.name)").items
        var contrast = try strings.text(.swatchContrast, ["black": .decimal(black, fractionDigits: 1), "white": .decimal(white, fractionDigits: 1)])
        if cell.outlined { contrast += " · " + (try strings.text(.swatchOutlined)) }
        // On narrow pages the ratios wrap onto a second line rather than fall below the page's minimum size.
        let contrastBox = Rect(x: nameBox.minX, y: nameBox.minY + .mm(9), width: nameBox.width, height: .mm(6.5))
        items += try ParagraphFitter(typesetter: fitter.typesetter).fit(contrast, font: .body, in: contrastBox, maximum: .pt(8), minimum: page.minimumTextSize,
                                                                        horizontal: along, context: "swatch \(color.name)").items
        return items
    }
}

extension SwatchSheet: Document {
    public static let kind = "swatches"
    public var title: String { "Wire colour swatches" }
}
