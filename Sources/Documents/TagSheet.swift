import DisplayList
import Geometry
import Layout
import Typesetting

/// Wire tags on label sheets or roll media: every tag of a job, flowing onto as many pages as needed.
public struct TagSheet {
    /// The tags, in print order.
    public let order: TagOrder
    /// The sheet or roll the tags print on.
    public let preset: Preset
    /// The first label position used on the first page, from 1, for part-used sheets.
    public let startAt: Int
    /// Whether label outlines are drawn, for a proof held against a blank sheet.
    public let outlines: Bool
    /// The printer's measured offset and scale.
    public let correction: PrinterCorrection
    /// The barcode on every tag, or nil for none.
    public let barcode: TagBarcode?

    /// Creates a tag job; fails when the preset is not label media, the start position is not on the sheet,
    /// or the barcode asks for serials the job does not print.
    public init(order: TagOrder, preset: Preset, startAt: Int = 1, outlines: Bool = false, correction: PrinterCorrection = .none,
                barcode: TagBarcode? = nil) throws {
        guard preset.kind == .sheet || preset.kind == .roll else {
            throw DocumentError.invalidOption("preset \(preset.name) is a \(preset.kind.rawValue), not a label sheet or roll")
        }
        guard startAt >= 1 && startAt <= preset.labelsPerPage else {
            throw DocumentError.invalidOption("--start-at must be between 1 and \(preset.labelsPerPage), the labels on one \(preset.name) page (got \(startAt))")
        }
        if let barcode, barcode.template.uses(.serial), order.serialStart == nil {
            throw DocumentError.invalidOption("--barcode-data '\(barcode.template.text)' uses {serial}: give --serial START")
        }
        if !correction.isIdentity { try Self.check(correction, on: preset) }
        self.order = order; self.preset = preset; self.startAt = startAt; self.outlines = outlines; self.correction = correction
        self.barcode = barcode
    }

    /// Fails when a printer correction would move a label's text area off the media: a mistyped unit, not a misregistration.
    static func check(_ correction: PrinterCorrection, on preset: Preset) throws {
        let grid = LabelGrid(preset: preset)
        let media = Rect(origin: .zero, size: preset.media)
        let g = preset.grid
        // The corner labels bound the grid, so checking them checks every label.
        for index in Set([0, g.columns - 1, g.count - g.columns, g.count - 1]).sorted() {
            let safe = preset.safeArea.offsetBy(dx: grid.origin(of: index).x, dy: grid.origin(of: index).y)
            let moved = correction.transform.apply(safe)
            guard media.contains(moved) else {
                throw DocumentError.invalidOption("--offset \(String(format: "%g", correction.dx.millimetres))mm,\(String(format: "%g", correction.dy.millimetres))mm with --scale \(correction.scale) moves the text area of label \(index + 1) of \(preset.name) past the edge of the media")
            }
        }
    }

    /// Labels left empty at the start of the first page.
    public var skipped: Int { startAt - 1 }

    /// Pages the job needs.
    public var pageCount: Int {
        let slots = skipped + order.count
        return (slots + preset.labelsPerPage - 1) / preset.labelsPerPage
    }

    /// Where tag `index` prints: its page and label position on that page, both 0-based.
    public func placement(ofTag index: Int) -> (page: Int, position: Int) {
        let slot = index + skipped
        return (slot / preset.labelsPerPage, slot % preset.labelsPerPage)
    }

    /// The tag printed at a label position of a page, if any.
    public func tagIndex(page: Int, position: Int) -> Int? {
        let index = page * preset.labelsPerPage + position - skipped
        return index >= 0 && index < order.count ? index : nil
    }

    /// The pages, built one at a time.
    ///
    /// Every lead's tag is laid out before the first page, so a tag that cannot fit fails the
    /// job before anything is drawn.
    public func pages(typesetter: Typesetter) throws -> PageStream {
        let serial = try order.serialStart.map { start in
            try SerialText(typesetter: typesetter, font: .body, digits: max(4, String(order.lastSerial ?? start).count))
        }
        let layout = TagLayout(preset: preset, typesetter: typesetter, serial: serial, barcode: barcode)
        for s in order.series {
            for lead in s.leads { _ = try layout.design(for: Tag(series: s, lead: lead, camera: 1, serial: order.serialStart)) }
        }
        var pageIndex = 0
        let total = pageCount
        return PageStream {
            guard pageIndex < total else { return nil }
            defer { pageIndex += 1 }
            return try self.page(pageIndex, layout: layout)
        }
    }

    private func page(_ index: Int, layout: TagLayout) throws -> Page {
        let grid = LabelGrid(preset: preset)
        var items: [Item] = []
        for position in 0..<grid.count {
            guard let tagIndex = tagIndex(page: index, position: position) else { continue }
            let tag = order.tag(at: tagIndex)
            let design = try layout.design(for: tag)
            // A lead's design is the same on every tag of the job: one key per lead lets a PDF carry it once.
            var content: [Item] = [.group(Group(items: design.items, reuseKey: "tag \(tag.series.id)/\(tag.lead.position)"))]
            if let number = tag.serial { content += layout.serialItems(number, design: design) }
            content += try layout.symbolItems(for: tag, design: design)
            let origin = grid.origin(of: position)
            items.append(.group(Group(transform: .translate(origin.x, origin.y), items: content)))
        }
        if outlines {
            for position in 0..<grid.count {
                let origin = grid.origin(of: position)
                items.append(.shape(Shape(path: LabelOutline.path(preset, at: origin), stroke: LabelOutline.stroke)))
                if let band = preset.printable {
                    items.append(.shape(Shape(path: .rect(band.offsetBy(dx: origin.x, dy: origin.y)), stroke: LabelOutline.bandStroke)))
                }
            }
        }
        if !correction.isIdentity { items = [.group(Group(transform: correction.transform, items: items))] }
        return Page(size: preset.media, items: items)
    }
}
