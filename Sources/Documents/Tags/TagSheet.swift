import DisplayList
import Geometry
import Layout
import Localization
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
    /// The language of the tags' detail line.
    public let strings: Strings
    /// What each tag says.
    public let template: TagTextTemplate
    /// Black only, for thermal printers: the swatch becomes a boxed IEC code.
    public let monochrome: Bool
    /// Tags kept together on one sheet: 2 when both ends of a wire print and a sheet holds several labels, else 1.
    public let unit: Int
    /// Where units start on the first page (after the skipped labels) and on every later one.
    private let firstSlots: TagSlots
    private let laterSlots: TagSlots

    /// Creates a tag job; fails when the preset is not label media, the start position is not on the sheet,
    /// or the barcode asks for serials the job does not print.
    public init(order: TagOrder, preset: Preset, startAt: Int = 1, outlines: Bool = false, correction: PrinterCorrection = .none,
                barcode: TagBarcode? = nil, template: TagTextTemplate = .signal, monochrome: Bool = false, strings: Strings? = nil) throws {
        if monochrome, preset.kind != .roll {
            throw DocumentError.outOfRange(.mono, value: "true", allowed: "used on roll presets only (thermal printers); \(preset.name) is a \(preset.kind.rawValue)")
        }
        self.monochrome = monochrome
        guard preset.kind == .sheet || preset.kind == .roll else {
            throw DocumentError.wrongPresetKind(preset: preset.name, kind: preset.kind, expected: [.sheet, .roll])
        }
        guard startAt >= 1 && startAt <= preset.labelsPerPage else {
            throw DocumentError.outOfRange(.startAt, value: String(startAt), allowed: "1 to \(preset.labelsPerPage), the labels on one \(preset.name) page")
        }
        if let barcode, barcode.template.uses(.serial), order.serialStart == nil {
            throw DocumentError.needs(.barcodeData, .serial, because: "'\(barcode.template.text)' uses {serial}")
        }
        if !correction.isIdentity { try Self.check(correction, on: preset) }
        self.order = order; self.preset = preset; self.startAt = startAt; self.outlines = outlines; self.correction = correction
        self.barcode = barcode; self.template = template
        self.strings = try strings ?? .bundled(.english)
        // On a sheet the two tags of a wire stay together; on a roll every tag is its own page anyway.
        unit = order.ends == 2 && preset.kind == .sheet && preset.labelsPerPage >= 2 ? 2 : 1
        let grid = LabelGrid(preset: preset)
        firstSlots = TagSlots(grid: grid, unit: unit, from: startAt - 1)
        laterSlots = TagSlots(grid: grid, unit: unit, from: 0)
        if unit == 2, firstSlots.starts.isEmpty {
            throw DocumentError.pairDoesNotFit(startAt: startAt, preset: preset.name, labelsLeft: preset.labelsPerPage - (startAt - 1))
        }
    }

    /// Fails when a printer correction would move a label's text area off the media: a mistyped unit, not a misregistration.
    static func check(_ correction: PrinterCorrection, on preset: Preset) throws {
        let grid = LabelGrid(preset: preset)
        let media = Rect(origin: .zero, size: preset.media)
        // Every label, not just the corners: a sheet of several grids has corners inside the page.
        for index in 0..<grid.count {
            let safe = preset.safeArea.offsetBy(dx: grid.origin(of: index).x, dy: grid.origin(of: index).y)
            let moved = correction.transform.apply(safe)
            guard media.contains(moved) else {
                throw DocumentError.correctionOffMedia(label: index + 1, preset: preset.name)
            }
        }
    }

    /// Labels left empty at the start of the first page.
    public var skipped: Int { startAt - 1 }

    /// Units (single tags, or wire pairs) that fit on the first page and on every later one.
    private var unitsOnFirstPage: Int { firstSlots.starts.count }
    private var unitsPerPage: Int { laterSlots.starts.count }

    /// Pages the job needs.
    public var pageCount: Int {
        order.count == 0 ? 0 : placement(ofTag: order.count - 1).page + 1
    }

    /// Where tag `index` prints: its page and label position on that page, both 0-based.
    ///
    /// Single tags fill on without gaps; a wire pair takes two neighbouring labels of one row, so a label that would
    /// split a pair across rows, or across sheets, is left blank.
    public func placement(ofTag index: Int) -> (page: Int, position: Int) {
        let (u, r) = index.quotientAndRemainder(dividingBy: unit)
        if u < unitsOnFirstPage { return (0, firstSlots.starts[u] + r) }
        let (page, within) = (u - unitsOnFirstPage).quotientAndRemainder(dividingBy: unitsPerPage)
        return (page + 1, laterSlots.starts[within] + r)
    }

    /// The tag printed at a label position of a page, if any.
    public func tagIndex(page: Int, position: Int) -> Int? {
        let slots = page == 0 ? firstSlots : laterSlots
        guard position >= 0, position < slots.slotAt.count, let slot = slots.slotAt[position] else { return nil }
        let index = ((page == 0 ? 0 : unitsOnFirstPage + (page - 1) * unitsPerPage) + slot.unit) * unit + slot.within
        return index >= 0 && index < order.count ? index : nil
    }

    /// Where the run ends, and where the next run on the same sheet and serial range starts.
    public var summary: TagRunSummary {
        let last = order.count == 0 ? (page: 0, position: skipped - 1) : placement(ofTag: order.count - 1)
        let used = last.position + 1
        // Labels from the start position to the last tag that print nothing: those left blank to keep pairs in a row.
        let pages = pageCount
        let spanned = pages <= 1 ? used - skipped : preset.labelsPerPage - skipped + (pages - 2) * preset.labelsPerPage + used
        return TagRunSummary(sheets: pages, labelsOnLastSheet: used, nextStartAt: used >= preset.labelsPerPage ? 1 : used + 1,
                             nextSerial: order.nextSerial, labelsPerSheet: preset.labelsPerPage, tags: order.count,
                             blanks: order.count == 0 ? 0 : max(0, spanned - order.count))
    }

    /// The pages, built one at a time.
    ///
    /// Every lead's tag is laid out before the first page, so a tag that cannot fit fails the
    /// job before anything is drawn.
    public func pages(typesetter: Typesetter) throws -> PageStream {
        let serial = try order.serialStart.map { start in
            try SerialText(typesetter: typesetter, font: .body, digits: max(4, String(order.lastSerial ?? start).count))
        }
        let layout = TagLayout(preset: preset, typesetter: typesetter, serial: serial, barcode: barcode, template: template, monochrome: monochrome, strings: strings)
        if template.variesPerCamera {
            // Text that names the camera differs per tag: lay out every tag once, so a tag that cannot fit fails the job first.
            for index in 0..<order.count { _ = try layout.design(for: order.tag(at: index)) }
        } else {
            // The text depends only on the lead and the wire's end: one tag of each is every design the job uses.
            let ends = order.ends == 2 ? order.endNames : [""]
            for s in order.series {
                for lead in s.leads {
                    for end in ends { _ = try layout.design(for: Tag(series: s, lead: lead, camera: 1, serial: order.serialStart, end: end)) }
                }
            }
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
            let placed = try layout.design(for: tag)
            let design = placed.design
            // Tags with the same design (a lead and end, and the text that does not name the camera) share one key, so a
            // PDF may record it once where it repeats; a key never stands for two different drawings. The camera's lines
            // and the serial differ per tag and are drawn with the page.
            var content: [Item] = [.group(Group(items: design.items, reuseKey: design.key))]
            content += layout.idItems(placed)
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

extension TagSheet: Document {
    public static let kind = "tags"
    public var title: String { "Wire tags: \(order.series.map(\.id).joined(separator: ", ")) on \(preset.name)" }
}
