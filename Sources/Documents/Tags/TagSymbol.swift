import Barcodes
import DisplayList
import Geometry
import Layout
import Typesetting

/// The room a tag's legend keeps for its barcode.
enum SymbolRoom: Equatable {
    /// No barcode.
    case none
    /// A strip this wide at the legend's trailing end, full height: a 2D code, or a linear code beside short text.
    case trailing(Length)
    /// A row this tall under the swatch and text, as wide as the legend: a linear code on a tall label.
    case below(Length)
}

/// Sizes and places a tag's barcode: modules between the printer's minimum and a comfortable maximum,
/// whole printer dots on thermal media, quiet zones inside the box, human-readable text under linear codes.
struct TagSymbol {
    let barcode: TagBarcode
    /// The smallest module allowed on this preset.
    let minimum: Length
    /// The printer's dot, which modules snap down to, on thermal media.
    let dot: Length?
    private let readable: HumanReadableText
    /// The preset the tags go on, named in errors.
    private let presetName: String
    /// The media's smallest text, which the human-readable line keeps to.
    private let textMinimum: Length

    /// Labels at least this tall (safe area, across the text) carry a linear code on its own row under the text.
    static let rowThreshold = Length.mm(12)
    /// The module a linear code beside the text starts from before giving the text more room.
    static let preferredLinearModule = Length.mm(0.33)
    /// The least width left for text beside a symbol.
    static let leastTextWidth = Length.mm(8)
    /// Size of the human-readable line.
    static let readableMaximum = Length.pt(7)
    static let readableMinimum = Length.pt(4.5)

    init(barcode: TagBarcode, preset: Preset, typesetter: Typesetter) {
        self.barcode = barcode
        minimum = barcode.minimumModule(on: preset)
        dot = TagBarcode.dot(on: preset)
        readable = HumanReadableText(typesetter: typesetter)
        presetName = preset.name
        textMinimum = preset.minimumTextSize
    }

    /// Encodes a tag's payload; a payload the symbology cannot carry fails naming the tag.
    func encode(_ tag: Tag, context: String) throws -> BarcodeSymbol {
        let payload = barcode.payload(for: tag)
        guard !payload.isEmpty else { throw DocumentError.unencodablePayload(tag: context, payload: barcode.template.text, reason: "is empty") }
        do { return try BarcodeEncoder.encode(payload, as: barcode.symbology) } catch {
            throw DocumentError.unencodablePayload(tag: context, payload: payload, reason: "cannot be encoded: \(error)")
        }
    }

    /// A module rounded down to whole printer dots where the printer has dots, so every bar prints the same width.
    func snapped(_ module: Length) -> Length {
        guard let dot else { return module }
        return dot * (module / dot + 1e-6).rounded(.down)
    }

    /// The module a symbol gets in a box: as large as fits, capped, snapped.
    func module(_ symbol: BarcodeSymbol, in box: Size) -> Length {
        snapped(min(symbol.moduleSize(toFit: box), TagBarcode.maximumModule))
    }

    /// The rooms to try for a symbol in a legend frame, best first; fails when no room gives modules of the minimum size.
    ///
    /// - Parameter textColumn: the width beside the swatch, which a strip at the trailing end shares with the text.
    func rooms(for symbol: BarcodeSymbol, frame: Size, textColumn: Length, context: String) throws -> [SymbolRoom] {
        let linear = symbol.symbology.isLinear
        var rooms: [SymbolRoom] = []
        let rowModule = module(symbol, in: frame)
        if linear, frame.height >= Self.rowThreshold, rowModule >= minimum {
            rooms.append(.below(min(max(frame.height * 0.4, .mm(6)), .mm(12))))
        }
        // Beside the text, from the largest module down to the minimum: the text gets more room at each step.
        let largest = linear ? max(minimum, snapped(Self.preferredLinearModule)) : module(symbol, in: Size(width: frame.height, height: frame.height))
        // Beside the swatch, the text keeps at least this much.
        let strip = textColumn - Self.leastTextWidth
        rooms += modules(from: largest).map { $0 * symbol.totalWidthModules }.filter { $0 <= strip }.map { .trailing($0) }
        if rooms.isEmpty {
            let best = linear ? max(rowModule, snapped(strip / symbol.totalWidthModules)) : min(largest, snapped(strip / symbol.totalWidthModules))
            try check(best, symbol, context: context)
            throw DocumentError.doesNotFit(FitFailure(subject: context, preset: presetName, part: "the \(symbol.symbology.rawValue) symbol beside the text", available: frame))
        }
        return rooms
    }

    /// Module sizes from `largest` down to the minimum: every whole dot on thermal media, steps of about 15% on others.
    private func modules(from largest: Length) -> [Length] {
        guard largest >= minimum - .pt(1e-9) else { return [] }
        var result: [Length] = []
        var m = largest
        while m >= minimum - .pt(1e-9) {
            result.append(m)
            m = dot.map { m - $0 } ?? m * 0.85
        }
        if dot == nil, let last = result.last, last > minimum { result.append(minimum) }
        return result
    }

    private func check(_ module: Length, _ symbol: BarcodeSymbol, context: String) throws {
        guard module >= minimum - .pt(1e-9) else {
            throw BarcodeError.moduleTooSmall(context: "\(context) on preset \(presetName)", symbology: symbol.symbology, module: module.millimetres, minimum: minimum.millimetres)
        }
    }

    /// The symbol drawn in a box: a 2D code at the box's trailing end, centred in its height; a linear code centred
    /// across the box with its human-readable line under the bars.
    func items(_ symbol: BarcodeSymbol, in box: Rect, context: String) throws -> [Item] {
        let module = module(symbol, in: box.size)
        try check(module, symbol, context: context)
        let width = module * symbol.totalWidthModules
        guard symbol.symbology.isLinear else {
            let side = module * symbol.totalHeightModules
            return [symbol.item(at: Point(x: box.maxX - width, y: box.midY - side / 2), module: module)]
        }
        let x = box.minX + (box.width - width) / 2
        guard let text = symbol.humanReadable else {
            return [symbol.item(at: Point(x: x, y: box.minY), module: module, barHeight: box.height)]
        }
        let (ascender, descender) = try readable.metrics()
        let advance = try readable.advance(text)
        // The line may run under the quiet zones but no wider than the symbol.
        let readableMinimum = max(Self.readableMinimum, textMinimum)
        let size = min(Self.readableMaximum, max(readableMinimum, box.height * 0.2), width / max(advance, 1e-9))
        let gap = size * 0.15
        let bars = box.height - size * (ascender + descender) - gap
        guard size >= readableMinimum - .pt(1e-9), bars >= box.height * 0.5 else {
            throw DocumentError.doesNotFit(FitFailure(subject: context, preset: presetName, part: "the \(symbol.symbology.rawValue) bars and the line '\(text)' under them", available: box.size))
        }
        let textWidth = size * advance
        let baseline = Point(x: x + (width - textWidth) / 2, y: box.maxY - size * descender)
        let runs = try readable.runs(text, at: baseline, size: size, color: .black)
        return [symbol.item(at: Point(x: x, y: box.minY), module: module, barHeight: bars)] + runs.map { .glyphs($0) }
    }
}
