import Barcodes
import DisplayList
import Geometry
import Layout
import LeadCatalog
import Localization
import Typesetting

/// How one lead's tag is drawn on one preset, in label coordinates (the label's top-left at 0,0).
///
/// A design holds what repeats from tag to tag (swatch, colour code, label, detail line), so it is made once
/// per lead and placed on every label that lead goes on; what varies (the lines naming the camera, the serial)
/// is set per tag into `idSlots` and `serialSlots`.
struct TagDesign {
    /// Where a copy of the legend prints its serial: the baseline's right end, in the copy's frame.
    struct SerialSlot {
        var transform: Transform
        var baselineEnd: Point
        var size: Length
    }

    /// Where a copy of the legend prints one of its id lines (camera, end): a box in the copy's frame, set at `size`.
    struct IDSlot {
        var transform: Transform
        /// Which of the template's id lines.
        var row: Int
        var box: Rect
        var size: Length
    }

    /// Where a copy of the legend prints its barcode: a box in the copy's frame.
    struct SymbolSlot {
        var transform: Transform
        var box: Rect
    }

    /// What is drawn, id lines and serial apart (and the barcode, when its payload changes from tag to tag).
    var items: [Item]
    /// One slot per legend copy and id line when the id lines change from camera to camera.
    var idSlots: [IDSlot] = []
    /// One slot per legend copy when serials are printed.
    var serialSlots: [SerialSlot]
    /// One slot per legend copy when a barcode is printed.
    var symbolSlots: [SymbolSlot]
    /// How many times the legend is printed on the label.
    var copies: Int
    /// Names the design within its job ("tag" and a number per design made): equal keys draw equal items.
    var key = ""
}

/// A tag's design and the id lines it prints in the design's `idSlots`, shaped for this tag.
struct PlacedDesign {
    var design: TagDesign
    var ids: [ShapedText]
}

/// Lays out tags for a preset: a colour swatch with the IEC code, the lead label as large as fits,
/// a detail line (series, colour name, group), the serial and a barcode when asked.
///
/// A 2D code takes a square at the legend's trailing end; a linear code takes a row under the
/// text on tall labels and a strip at the trailing end on low ones, where its module steps down
/// towards the minimum until the text fits beside it.
///
/// Text runs in a frame laid along the preset's text direction; where that direction is vertical
/// on the label, the frame is turned a quarter so the text reads bottom to top. On sleeves and
/// wraps (presets with a printable band, and continuous tube) the legend repeats along the band
/// as often as it fits.
final class TagLayout {
    /// Largest size of the lead label.
    static let labelMaximum = Length.pt(28)
    /// Smallest size of the lead label: about 1.6 mm cap height, the least a warehouse reads at arm's length.
    static let labelMinimum = Length.pt(6)
    /// Largest size of the detail line and serial.
    static let detailMaximum = Length.pt(8)
    /// How much larger than the detail line the end name (A or B) is set.
    static let endToDetail = 1.5
    /// The line width of the box around the end name.
    static let endRule = Length.pt(0.6)
    /// Smallest label size at which a sleeve or wrap takes a second copy of its legend rather than one larger copy.
    static let repeatLabelMinimum = Length.pt(8)

    let preset: Preset
    private let typesetter: Typesetter
    private let fitter: TextFitter
    private let serial: SerialText?
    private let symbol: TagSymbol?
    private let strings: Strings
    private let template: TagTextTemplate
    /// Whether the template's text changes from camera to camera (not only by lead and end).
    private let varies: Bool
    /// Black only, for thermal printers: the swatch becomes a boxed IEC code.
    private let monochrome: Bool
    /// What a design depends on: the lead, the end and any text naming the camera (`base`), and the measures of the
    /// id lines it makes room for.
    private struct DesignKey: Hashable {
        var base: String
        var measures: [UInt64]
    }

    private var cache: [DesignKey: TagDesign] = [:]
    private var designsMade = 0
    /// Whether the label and detail lines name nothing beyond the lead and the end, so only the id lines vary.
    private let fixedBesidesIDs: Bool
    /// Whether the id lines name only the camera's own fields and the end, so every lead of a camera shares them.
    private let idsPerCamera: Bool
    /// The last camera's id lines, shaped and measured: its next lead reuses them.
    private var lastIDs: (camera: Int, end: String, lines: [String], ids: [ShapedText], measures: [UInt64])?
    private var widestCodes: [String: Length] = [:]
    /// Designs kept at most: a job whose text names each camera makes one per camera and lead, so the cache is bounded.
    private static let cacheLimit = 4096

    init(preset: Preset, typesetter: Typesetter, serial: SerialText?, barcode: TagBarcode? = nil, template: TagTextTemplate = .signal,
         monochrome: Bool = false, strings: Strings) {
        self.monochrome = monochrome
        self.preset = preset; self.typesetter = typesetter; self.fitter = TextFitter(typesetter: typesetter)
        self.serial = serial; self.template = template; varies = template.variesPerCamera
        fixedBesidesIDs = template.variesOnlyInIDLines
        idsPerCamera = template.idLinesNameOnlyTheCamera
        self.strings = strings
        symbol = barcode.map { TagSymbol(barcode: $0, preset: preset, typesetter: typesetter) }
    }

    /// The widest IEC code of a series at the media's minimum text size, measured once per series.
    private func widestCode(in series: Series) throws -> Length {
        if let known = widestCodes[series.id] { return known }
        let widest = try Set(series.leads.map(\.color.code)).map { try typesetter.shape($0, font: .label).occupiedWidth(at: textMinimum) }.max() ?? .zero
        widestCodes[series.id] = widest
        return widest
    }

    /// The smallest text on this media, the preset's: the detail line, serial and colour code are set no smaller.
    var textMinimum: Length { preset.minimumTextSize }
    /// The smallest size of the lead label: the warehouse minimum, or the media's when that is larger.
    var labelMinimum: Length { max(Self.labelMinimum, preset.minimumTextSize) }

    /// Whether the preset's media wants its legend repeated: a band narrower than the label, or tube.
    var repeatsLegend: Bool { preset.printable != nil || preset.continuous }

    /// Whether text runs up the page rather than across it.
    var textIsVertical: Bool {
        let portrait = preset.label.height > preset.label.width
        return (preset.direction == .along) == portrait
    }

    /// The design for a tag's lead, made on first use (with that tag's barcode payload as the lead's representative),
    /// with the tag's own id lines shaped for its slots.
    ///
    /// When the template names the camera, the id lines are the part that varies: the rest of the legend depends on
    /// them only through their measures (width and line height per unit size, which fix the size they are set at and
    /// the room left to the label), so tags whose id lines measure alike share one design, and each tag's own lines
    /// are set into its slots.
    func design(for tag: Tag) throws -> PlacedDesign {
        // The lead and the end name the design, with any text of it that names the camera.
        var base = tag.series.id + "\u{1F}" + String(tag.lead.position) + "\u{1F}" + tag.end
        // Text that depends only on the lead and the end needs no expanding per tag to find its design.
        guard varies else {
            let key = DesignKey(base: base, measures: [])
            if let cached = cache[key] { return PlacedDesign(design: cached, ids: []) }
            return PlacedDesign(design: try remember(make(tag, text: template.text(for: tag)), key: key), ids: [])
        }
        // Only the id lines are expanded per tag when the label and detail lines name nothing beyond the lead and the end.
        var text: TagText?
        let idLines: [String]
        if fixedBesidesIDs, idsPerCamera, let last = lastIDs, last.camera == tag.camera, last.end == tag.end {
            // The next lead of the same camera and end: the same id lines, already shaped and measured.
            let key = DesignKey(base: base, measures: last.measures)
            if let cached = cache[key] { return PlacedDesign(design: cached, ids: last.ids) }
            idLines = last.lines
        } else if fixedBesidesIDs {
            idLines = template.ids(for: tag)
        } else {
            let full = template.text(for: tag)
            text = full
            idLines = full.ids
            base += "\u{1F}" + full.label
            for rows in full.detailAlternatives {
                for row in rows { base += "\u{1F}" + row }
                base += "\u{1E}"
            }
        }
        let ids: [ShapedText]
        do { ids = try idLines.map { try typesetter.shape($0, font: .label) } } catch {
            // The layout reports a tag's problems in its own order (a barcode before a glyph, say): let it speak first.
            _ = try make(tag, text: text ?? template.text(for: tag))
            throw error
        }
        // Exact bits: a design is shared only by id lines that measure the same to the last digit.
        var measures: [UInt64] = []
        measures.reserveCapacity(ids.count * 3)
        for id in ids { measures += [id.occupiedWidth(at: .pt(1)).points.bitPattern, id.ascender.bitPattern, id.descender.bitPattern] }
        if fixedBesidesIDs, idsPerCamera { lastIDs = (tag.camera, tag.end, idLines, ids, measures) }
        let key = DesignKey(base: base, measures: measures)
        if let cached = cache[key] { return PlacedDesign(design: cached, ids: ids) }
        return PlacedDesign(design: try remember(make(tag, text: text ?? template.text(for: tag)), key: key), ids: ids)
    }

    private func remember(_ design: TagDesign, key: DesignKey) -> TagDesign {
        var made = design
        // A number per design made, never reused within the job: short to hash where every tag names it, and a design
        // made again after the cache was emptied is a new drawing under a new name.
        designsMade += 1
        made.key = "tag " + String(designsMade)
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = made
        return made
    }

    /// The items of a tag's id lines, each set into its slots of the design.
    func idItems(_ placed: PlacedDesign) -> [Item] {
        placed.design.idSlots.map { slot in
            let line = fitter.place(placed.ids[slot.row], size: slot.size, in: slot.box, vertical: .top)
            return .group(Group(transform: slot.transform, items: line.items))
        }
    }

    private func tagContext(_ tag: Tag) -> String { "tag \(tag.name)" }
    private func tagSubject(_ tag: Tag) -> String { "tag \(tag.name)" }

    private func make(_ tag: Tag, text: TagText) throws -> TagDesign {
        let band = preset.safeArea
        let frame = textIsVertical ? band.size.rotated : band.size
        let frameTransform = textIsVertical
            ? Transform.quarterTurns(3).then(.translate(band.minX, band.minY + band.height))
            : Transform.translate(band.minX, band.minY)
        guard let symbol else { return try make(tag, text: text, frame: frame, frameTransform: frameTransform, room: .none, code: nil) }
        let code = try symbol.encode(tag, context: tagContext(tag))
        let (swatchWidth, gap) = columns(height: frame.height, width: frame.width)
        let rooms = try symbol.rooms(for: code, frame: frame, textColumn: frame.width - swatchWidth - gap, context: tagContext(tag))
        var lastError: Error?
        for room in rooms {
            do { return try make(tag, text: text, frame: frame, frameTransform: frameTransform, room: room, code: code) } catch where Fit.isDoesNotFit(error) {
                lastError = error
            }
        }
        throw lastError!
    }

    /// The swatch's width and the gap after it, for a legend `height` tall and `width` wide (nil: natural width).
    private func columns(height H: Length, width: Length?) -> (swatch: Length, gap: Length) {
        let swatchWidth = width.map { min(H * 0.8, $0 * 0.18) } ?? H * 0.7
        return (swatchWidth, min(max(H * 0.06, .mm(0.6)), .mm(2)))
    }

    private func make(_ tag: Tag, text: TagText, frame: Size, frameTransform: Transform, room: SymbolRoom, code: BarcodeSymbol?) throws -> TagDesign {
        var placed: [(Legend, Length)] = []
        let spacing = max(frame.height * 0.4, .mm(2.5))
        func copies(_ legend: Legend) -> Int { Int(((frame.width + spacing) / (legend.width + spacing)).rounded(.down)) }
        // A compact legend (smallest detail) wins only when it gets more copies onto the band.
        // A row under the text spans the text column of a full-width legend, so it never repeats.
        let candidates = repeatsLegend && !isBelow(room)
            ? try [Self.detailMaximum, textMinimum].compactMap { cap in try Fit.attempt { try legend(tag, text: text, height: frame.height, width: nil, room: room, detailCap: cap) } }
            : []
        if var natural = candidates.max(by: { copies($0) < copies($1) }), copies(natural) >= 1 {
            var count = copies(natural)
            if count < 2, let halved = try Fit.attempt({ try legend(tag, text: text, height: frame.height, width: (frame.width - spacing) / 2, room: room) }),
               halved.labelSize >= Self.repeatLabelMinimum {
                // A second copy lets the legend read from either side of the wire, worth a smaller label while it stays legible.
                natural = halved
                count = 2
            }
            // Copies spread evenly along the band, each centred in its share, so the tag can be cut anywhere between them.
            let share = frame.width / Double(count)
            for i in 0..<count { placed.append((natural, share * Double(i) + (share - natural.width) / 2)) }
        } else {
            placed.append((try legend(tag, text: text, height: frame.height, width: frame.width, room: room, mayDropDetail: true), .zero))
        }
        var items: [Item] = []
        var slots: [TagDesign.SerialSlot] = []
        var symbolSlots: [TagDesign.SymbolSlot] = []
        var idSlots: [TagDesign.IDSlot] = []
        for (legend, x) in placed {
            let transform = Transform.translate(x, .zero).then(frameTransform)
            items.append(.group(Group(transform: transform, items: legend.items)))
            for (row, box) in legend.idBoxes.enumerated() { idSlots.append(.init(transform: transform, row: row, box: box, size: legend.idSize)) }
            if let end = legend.serialEnd { slots.append(.init(transform: transform, baselineEnd: end, size: legend.serialSize)) }
            if let box = legend.symbolBox { symbolSlots.append(.init(transform: transform, box: box)) }
        }
        var design = TagDesign(items: items, idSlots: idSlots, serialSlots: slots, symbolSlots: symbolSlots, copies: placed.count)
        if let code, let symbol {
            // Drawn once here, the code is checked against the minimum module before any page is made;
            // a payload that changes per tag is drawn per tag, and this first one only checked.
            let drawn = try symbolItems(code, design: design, setter: symbol, context: tagContext(tag))
            if !symbol.barcode.variesPerTag { design.items += drawn }
        }
        return design
    }

    private func isBelow(_ room: SymbolRoom) -> Bool { if case .below = room { true } else { false } }

    /// The items of a tag's barcode when its payload changes from tag to tag (nothing otherwise: the design holds it).
    func symbolItems(for tag: Tag, design: TagDesign) throws -> [Item] {
        guard let symbol, symbol.barcode.variesPerTag, !design.symbolSlots.isEmpty else { return [] }
        return try symbolItems(symbol.encode(tag, context: tagContext(tag)), design: design, setter: symbol, context: tagContext(tag))
    }

    private func symbolItems(_ code: BarcodeSymbol, design: TagDesign, setter: TagSymbol, context: String) throws -> [Item] {
        guard let box = design.symbolSlots.first?.box else { return [] }
        // Every copy of a legend keeps the same box, so the symbol is drawn once and placed in each.
        let drawn = try setter.items(code, in: box, context: context)
        return design.symbolSlots.map { .group(Group(transform: $0.transform, items: drawn)) }
    }

    /// The items of a serial for a tag, placed in every slot of its design.
    func serialItems(_ number: Int, design: TagDesign) -> [Item] {
        guard let serial else { return [] }
        return design.serialSlots.map { slot in
            let width = serial.width(number, at: slot.size)
            let run = serial.run(number, at: slot.baselineEnd.offsetBy(dx: -width), size: slot.size, color: .black)
            return .group(Group(transform: slot.transform, items: [.glyphs(run)]))
        }
    }

    /// One legend laid out in a frame starting at (0, 0).
    private struct Legend {
        var items: [Item]
        var width: Length
        var serialEnd: Point?
        var serialSize: Length
        /// The box kept for the barcode, in the legend's frame.
        var symbolBox: Rect?
        /// The size the lead label was set at.
        var labelSize: Length
        /// Where the id lines go when they vary per camera (set per tag, at `idSize`), in the legend's frame.
        var idBoxes: [Rect] = []
        var idSize: Length = .zero
    }

    /// Where the end name's box goes: at the end of the label line, of the id lines, or at the swatch's foot.
    private enum EndPlace: String { case label = "beside the label", ids = "beside the id lines", swatch = "in the swatch" }

    /// Where the serial goes: after the detail line, on a row of its own below it, or at the end of the label's line.
    private enum SerialPlace { case none, inline, ownRow, besideLabel }

    /// Lays out one legend `height` tall, at most `width` wide (nil: as wide as the text wants).
    ///
    /// Tries the compact arrangements first: the detail on one line, then split over two; the
    /// serial after the detail, then on a row of its own. When the detail cannot be set at the
    /// media's minimum text size it is left out (the label and its colour say what the wire is),
    /// rather than printed smaller.
    /// `mayDropDetail` is false for the optional arrangements (repeated or halved legends), which never cost the detail line.
    private func legend(_ tag: Tag, text: TagText, height: Length, width: Length?, room: SymbolRoom, detailCap: Length = TagLayout.detailMaximum,
                        mayDropDetail: Bool = false) throws -> Legend {
        let details = text.detailAlternatives
        let places: [SerialPlace] = serial == nil ? [.none] : [.inline, .ownRow]
        var lastError: Error?
        // The end name goes beside the label where it fits, else beside the id lines, else at the foot of the swatch (narrow or
        // crowded labels).
        for endPlace in tag.end.isEmpty ? [EndPlace.label] : text.ids.isEmpty ? [.label, .swatch] : [.label, .ids, .swatch] {
        // The smallest detail leaves the label line the most room when nothing else fits.
        for cap in [detailCap, textMinimum] {
            for place in places {
                var made: [Legend] = []
                for rows in details {
                    do { made.append(try legend(tag, text: text, height: height, width: width, room: room, serialPlace: place, detailRows: rows, detailCap: cap,
                                                   alignsSwatch: mayDropDetail, endPlace: endPlace)) } catch where Fit.isDoesNotFit(error) {
                        // Report the attempt that gave the label line the most room: smallest detail on one row.
                        // The swatch is the end name's last resort: its failure (too narrow a name) tells less than the others'.
                        if cap == textMinimum && rows.count == 1 && place == places[0] && (endPlace != .swatch || lastError == nil) { lastError = error }
                        lastError = lastError ?? error
                    }
                }
                // Two detail rows win when they read larger than one squeezed row.
                if let best = made.max(by: { $0.serialSize < $1.serialSize }) { return best }
            }
        }
        // The least important line goes first: without the detail, the label keeps its room.
        for place in !mayDropDetail ? [] : serial == nil ? [SerialPlace.none] : [.ownRow, .besideLabel] {
            do { return try legend(tag, text: text, height: height, width: width, room: room, serialPlace: place, detailRows: [], detailCap: detailCap, alignsSwatch: true,
                                   endPlace: endPlace) } catch where Fit.isDoesNotFit(error) {
                if place == .besideLabel && (endPlace != .swatch || lastError == nil) { lastError = error }
            }
        }
        }
        throw lastError!
    }

    private func legend(_ tag: Tag, text: TagText, height H: Length, width: Length?, room: SymbolRoom, serialPlace: SerialPlace, detailRows: [String],
                        detailCap: Length, alignsSwatch: Bool = false, endPlace: EndPlace = .label) throws -> Legend {
        let context = "\(tagContext(tag)) on preset \(preset.name)" + (symbol.map { " with a \($0.barcode.symbology.rawValue) code" } ?? "")
        let unbounded = Length.mm(10_000)
        let available = width ?? unbounded
        let (narrowSwatch, gap) = columns(height: H, width: width)
        // A swatch too narrow for its colour code at the media's minimum size widens, up to a fifth of the legend, rather than lose
        // the code. The one full-width legend of a label widens to the series' widest code, so every tag of a series starts its
        // text at the same place; repeated or halved legends keep to their own code, so they repeat where they can.
        let own = try typesetter.shape(tag.lead.color.code, font: .label).occupiedWidth(at: textMinimum)
        let widestCode = alignsSwatch ? max(own, try widestCode(in: tag.series)) : own
        let codeWidth = widestCode / 0.76 + .pt(0.01)
        let swatchWidth = max(narrowSwatch, min(codeWidth, available * 0.2))
        let textX = swatchWidth + gap
        var reserve = Length.zero, rowBelow = Length.zero
        switch room {
        case .none: break
        case .trailing(let strip): reserve = strip + gap
        case .below(let row): rowBelow = row + gap
        }
        let textWidth = available - textX - reserve
        guard textWidth.points > 0 else {
            throw DocumentError.doesNotFit(FitFailure(subject: tagSubject(tag), preset: preset.name, part: "the text beside the swatch", available: preset.safeArea.size))
        }
        // Swatch and text sit above a row kept for a barcode, which spans the legend's width.
        let textHeight = H - rowBelow

        // Detail rows share one size: the largest at which every row fits.
        let detailMaximum = min(detailCap, max(textMinimum, textHeight * 0.26))
        let serialWidth = serialPlace == .inline ? (serial?.maximumWidth(at: detailMaximum) ?? .zero) + gap * 2 : .zero
        var detailSize = detailMaximum
        var shapedRows: [ShapedText] = []
        for (i, row) in detailRows.enumerated() {
            let room = i == detailRows.count - 1 ? textWidth - serialWidth : textWidth
            let fitted = try fit(row, font: .body, in: Rect(x: textX, y: .zero, width: room, height: textHeight / Double(detailRows.count)),
                                 maximum: detailMaximum, minimum: textMinimum, context: "\(context), detail line")
            detailSize = min(detailSize, fitted.size)
            shapedRows.append(fitted.shaped)
        }
        let detailLine = shapedRows.map { $0.lineHeight(at: detailSize) }.max() ?? .zero
        let detailBlock = detailLine * Double(shapedRows.count)
        let serialLine = serialPlace == .ownRow ? (serial?.lineHeight(at: detailSize) ?? .zero) : .zero
        let rowGap = detailRows.isEmpty && serialPlace != .ownRow ? .zero : detailSize * 0.2
        // The wire's end (A or B) in a box of its own, half as large again as the detail: the first thing to find when peeling a pair.
        let endSize = detailSize * Self.endToDetail
        let endName = tag.end.isEmpty ? nil : try typesetter.shape(tag.end, font: .label)
        let endPad = endSize * 0.25
        let endBox = endName.map { Size(width: $0.occupiedWidth(at: endSize) + endPad * 2, height: $0.lineHeight(at: endSize)) }
        let idReserve = endPlace == .ids ? endBox.map { $0.width + gap } ?? .zero : .zero
        // Lines above the label (camera, location) share one bold size, no larger than the detail's.
        var idSize = detailMaximum
        var shapedIDs: [ShapedText] = []
        for row in text.ids {
            let fitted = try fit(row, font: .label, in: Rect(x: textX, y: .zero, width: textWidth - idReserve, height: textHeight / Double(text.ids.count + 2)),
                                 maximum: detailMaximum, minimum: textMinimum, context: "\(context), id line")
            idSize = min(idSize, fitted.size)
            shapedIDs.append(fitted.shaped)
        }
        let idLine = shapedIDs.map { $0.lineHeight(at: idSize) }.max() ?? .zero
        let idBlock = shapedIDs.isEmpty ? Length.zero : idLine * Double(shapedIDs.count) + detailSize * 0.2
        let mainHeight = textHeight - detailBlock - rowGap - serialLine - idBlock
        guard mainHeight.points > 0 else {
            throw DocumentError.doesNotFit(FitFailure(subject: tagSubject(tag), preset: preset.name, part: "the label above the detail line", available: preset.safeArea.size))
        }
        let serialReserve = serialPlace == .besideLabel ? (serial?.maximumWidth(at: detailSize) ?? .zero) + gap * 2 : .zero
        if let endBox {
            let fits = switch endPlace {
            case .label: endBox.height <= mainHeight
            case .ids: endBox.height <= idBlock
            case .swatch: endBox.width <= swatchWidth && endBox.height * 2 <= textHeight
            }
            guard fits else {
                throw DocumentError.doesNotFit(FitFailure(subject: tagSubject(tag), preset: preset.name, part: "the end name \(endPlace.rawValue)", available: preset.safeArea.size))
            }
        }
        let labelReserve = serialReserve + (endPlace == .label ? endBox.map { $0.width + gap } ?? .zero : .zero)
        // A signal name reads left to right even on a right-to-left tag.
        let main = try fit(strings.isRightToLeft ? TextStyle.isolated(text.label) : text.label, font: .label,
                           in: Rect(x: textX, y: .zero, width: textWidth - labelReserve, height: mainHeight),
                           maximum: Self.labelMaximum, minimum: labelMinimum, context: "\(context), label line")
        let mainLine = max(main.shaped.lineHeight(at: main.size), endPlace == .label ? endBox?.height ?? .zero : .zero)

        // Label and detail sit together as one block, centred in the frame's height.
        let blockTop = (textHeight - (idBlock + mainLine + rowGap + detailBlock + serialLine)) / 2
        let top = blockTop + idBlock
        let detailWidths = shapedRows.enumerated().map { i, row in
            row.occupiedWidth(at: detailSize) + (i == shapedRows.count - 1 ? serialWidth : .zero)
        }
        let idWidth = (shapedIDs.map { $0.occupiedWidth(at: idSize) }.max() ?? .zero) + idReserve
        let usedText = width == nil ? max(main.shaped.occupiedWidth(at: main.size) + labelReserve, detailWidths.max() ?? .zero, idWidth) : textWidth
        var items: [Item] = []
        var idBoxes: [Rect] = []
        for (i, row) in shapedIDs.enumerated() {
            let box = Rect(x: textX, y: blockTop + idLine * Double(i), width: usedText - idReserve, height: idLine)
            // Lines naming the camera differ per tag: the tag sets its own into this box, so the design stays shared.
            if varies { idBoxes.append(box) } else { items += fitter.place(row, size: idSize, in: box, vertical: .top).items }
        }
        let label = fitter.place(main.shaped, size: main.size, in: Rect(x: textX, y: top, width: usedText - labelReserve, height: mainLine), vertical: .top)
        items += label.items
        var endItems: [Item] = []
        if let endName, let endBox {
            let box = switch endPlace {
            case .swatch: Rect(x: (swatchWidth - endBox.width) / 2, y: textHeight - endBox.height - (swatchWidth - endBox.width) / 2, width: endBox.width, height: endBox.height)
            case .ids: Rect(x: textX + usedText - endBox.width, y: blockTop + (idBlock - endBox.height) / 2, width: endBox.width, height: endBox.height)
            case .label: Rect(x: textX + usedText - serialReserve - endBox.width, y: top + (mainLine - endBox.height) / 2, width: endBox.width, height: endBox.height)
            }
            // White under the box, so it reads on any swatch colour.
            endItems.append(.shape(Shape(path: .rect(box.inset(by: Self.endRule / 2)), fill: .white, stroke: Stroke(color: .black, width: Self.endRule))))
            endItems += fitter.place(endName, size: endSize, in: box, horizontal: .center, vertical: .center).items
        }
        var rowTop = top + mainLine + rowGap
        var lastBaseline = rowTop
        for row in shapedRows {
            let placed = fitter.place(row, size: detailSize, in: Rect(x: textX, y: rowTop, width: usedText, height: detailLine), vertical: .top)
            items += placed.items
            lastBaseline = placed.origin.y
            rowTop += detailLine
        }
        var serialEnd: Point?
        switch serialPlace {
        case .none: break
        case .inline: serialEnd = Point(x: textX + usedText, y: lastBaseline)
        case .besideLabel: serialEnd = Point(x: textX + usedText, y: label.origin.y)
        case .ownRow:
            if let serial, serial.maximumWidth(at: detailSize) > usedText {
                throw DocumentError.doesNotFit(FitFailure(subject: tagSubject(tag), preset: preset.name, part: "the serial beside the swatch"))
            }
            serialEnd = Point(x: textX + usedText, y: rowTop + (serial?.ascent(at: detailSize) ?? .zero))
        }

        let swatch = Rect(x: .zero, y: .zero, width: swatchWidth, height: textHeight)
        // With the end name at its foot, the swatch's code keeps to the part above it.
        let codeFoot = endPlace == .swatch ? (endBox.map { $0.height + (swatchWidth - $0.width) / 2 } ?? .zero) : .zero
        items = try swatchItems(tag.lead.color, in: swatch, codeFoot: codeFoot, context: context) + items + endItems
        let legendWidth = width ?? (textX + usedText + reserve)
        var symbolBox: Rect?
        switch room {
        case .none: break
        case .trailing(let strip): symbolBox = Rect(x: legendWidth - strip, y: .zero, width: strip, height: H)
        case .below(let row): symbolBox = Rect(x: .zero, y: H - row, width: legendWidth, height: row)
        }
        return Legend(items: items, width: legendWidth, serialEnd: serialEnd, serialSize: detailSize, symbolBox: symbolBox, labelSize: main.size,
                      idBoxes: idBoxes, idSize: idSize)
    }

    /// The swatch with the colour's IEC code set on it in whichever of black or white reads.
    private func swatchItems(_ color: WireColor, in swatch: Rect, codeFoot: Length = .zero, context: String) throws -> [Item] {
        if monochrome { return try monochromeSwatchItems(color, in: swatch, codeFoot: codeFoot, context: context) }
        let radius = min(Length.mm(1), swatch.width * 0.12)
        var items = WireSwatch.items(color, in: swatch, on: .white, cornerRadius: radius, outlineWidth: .pt(0.4))
        let inset = min(swatch.width, swatch.height) * 0.12
        let box = swatch.inset(top: inset, left: inset, bottom: inset + codeFoot, right: inset)
        // A code that cannot reach the media's minimum size is left out: the swatch's colour and the label still read.
        let code: FittedText
        do {
            code = try fit(color.code, font: .label, in: box, maximum: .pt(11), minimum: textMinimum, context: "\(context), colour code", horizontal: .center)
        } catch where Fit.isDoesNotFit(error) {
            return items
        }
        if color.isTwoColor {
            // The code needs a calm ground on a striped swatch: a plate of the base colour behind it.
            let ink = code.inkBounds
            let plate = Rect(x: ink.minX - inset / 2, y: ink.minY - inset / 2, width: ink.width + inset, height: ink.height + inset)
            items.append(.shape(Shape(path: .roundedRect(plate, radius: inset / 3), fill: color.base)))
        }
        items += fitter.place(code.shaped, size: code.size, in: box, horizontal: .center, vertical: .center, color: color.base.readableTextColor).items
        return items
    }

    /// A monochrome printer cannot show the colour: the IEC code in black inside a box.
    ///
    /// The box's line is a whole number of printer dots wide, so it prints the same on every side once the raster
    /// (drawn without anti-aliasing) puts each edge on a dot.
    private func monochromeSwatchItems(_ color: WireColor, in swatch: Rect, codeFoot: Length = .zero, context: String) throws -> [Item] {
        let dot = TagBarcode.dot(on: preset) ?? .pt(0.25)
        let line = dot * max(1, (Length.pt(0.6) / dot).rounded())
        let box = swatch
        // The stroke lies inside the box, so the box keeps the swatch's outer edges.
        let path = Path.rect(box.inset(by: line / 2))
        let inset = min(box.width, box.height) * 0.12
        let codeBox = box.inset(top: inset, left: inset, bottom: inset + codeFoot, right: inset)
        let code = try fit(color.code, font: .label, in: codeBox, maximum: .pt(11), minimum: textMinimum,
                           context: "\(context), colour code", horizontal: .center)
        return [.shape(Shape(path: path, stroke: Stroke(color: .black, width: line)))]
            + fitter.place(code.shaped, size: code.size, in: codeBox, horizontal: .center, vertical: .center, color: .black).items
    }

    private func fit(_ text: String, font: FontSpec, in box: Rect, maximum: Length, minimum: Length, context: String,
                     horizontal: HorizontalAlignment = .leading) throws -> FittedText {
        try fitter.fit(text, font: font, in: box, maximum: maximum, minimum: minimum, horizontal: horizontal, context: context)
    }
}
