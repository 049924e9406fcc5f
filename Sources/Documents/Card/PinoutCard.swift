import Barcodes
import DisplayList
import Geometry
import Layout
import LeadCatalog
import Localization
import Typesetting

/// A pinout card for one camera series: every lead's colour, code, label and definition on the front, grouped as
/// wired; footnotes, colour legend, contact and revision on the back. One card per page, or imposed N-up on a sheet.
public struct PinoutCard {
    /// The series on the card.
    public let series: Series
    /// The catalog the series comes from, for the publisher and revision printed on the back.
    public let catalog: Catalog
    /// The card preset: its label is the trim size.
    public let preset: Preset
    /// How far colour areas that touch the trim run past it.
    public let bleed: Length
    /// Other card presets, tried in order of size to name one that fits when this one does not.
    public let alternatives: [Preset]
    /// Whether backs are placed for a long-edge duplex flip.
    public var duplex = false
    /// The page preset cards are imposed on N-up, or nil for one card per page at trim plus bleed.
    public var sheet: Preset?
    /// The language of the card's fixed text and its direction; nil for English.
    public let strings: Strings?
    /// The installer or reseller whose contact the back gives; nil gives the catalog's publisher.
    public var brand: Brand?

    /// Both faces of a card, laid out.
    public struct Faces: Sendable {
        /// The front.
        public let front: CardFace
        /// The back.
        public let back: CardBack
    }

    /// Creates a card; `alternatives` are the card presets to suggest from when the series does not fit.
    public init(series: Series, catalog: Catalog, preset: Preset, bleed: Length = .mm(3), alternatives: [Preset] = [],
                duplex: Bool = false, sheet: Preset? = nil, strings: Strings? = nil, brand: Brand? = nil) {
        self.series = series; self.catalog = catalog; self.preset = preset; self.bleed = bleed; self.alternatives = alternatives
        self.duplex = duplex; self.sheet = sheet; self.strings = strings; self.brand = brand
    }

    /// Lays out both faces; fails, naming a preset that would fit, when front and back together cannot hold the series.
    public func faces(typesetter: Typesetter) throws -> Faces {
        guard preset.kind == .card else { throw DocumentError.wrongPresetKind(preset: preset.name, kind: preset.kind, expected: [.card]) }
        guard bleed.points >= 0, bleed <= Self.maximumBleed else { throw DocumentError.outOfRange(.bleed, value: bleed.description, allowed: "0 to 10 mm") }
        let strings = try self.strings ?? .bundled(.english)
        do {
            return try Self.layOut(series: series, catalog: catalog, brand: brand, preset: preset, bleed: bleed, strings: strings, typesetter: typesetter)
        } catch where Fit.isDoesNotFit(error) {
            var failure = FitFailure(subject: "series \(series.id) (\(series.leadCount) leads with their notes)", preset: preset.name,
                                     part: "front and back at \(preset.minimumTextSize.points) pt or larger", available: preset.label)
            let candidates = alternatives.filter { $0.kind == .card && $0.name != preset.name }
                .sorted { $0.label.width.points * $0.label.height.points < $1.label.width.points * $1.label.height.points }
            for candidate in candidates {
                if try Fit.attempt({ try Self.layOut(series: series, catalog: catalog, brand: brand, preset: candidate, bleed: bleed, strings: strings,
                                                     typesetter: typesetter) }) != nil {
                    failure.suggestedPreset = candidate.name
                    break
                }
            }
            throw DocumentError.doesNotFit(failure)
        }
    }

    /// The most bleed a card takes.
    public static let maximumBleed = Length.mm(10)

    /// The largest text size at which every row fits the front; else the largest at which the rows flow onto the back.
    static func layOut(series: Series, catalog: Catalog, brand: Brand? = nil, preset: Preset, bleed: Length, strings: Strings, typesetter: Typesetter) throws -> Faces {
        let hasNotes = !series.footnotes.isEmpty
        var full: [CardTable.Columns] = [], compact: [CardTable.Columns] = []
        var size = CardStyle.maximumTextSize
        while size >= preset.minimumTextSize - .pt(1e-9) {
            let columns = try CardTable.Columns.measure(series, size: size, typesetter: typesetter)
            if columns.total <= preset.safeArea.width { full.append(columns) }
            if columns.withoutColorNames.total <= preset.safeArea.width { compact.append(columns.withoutColorNames) }
            size -= .pt(0.25)
        }
        // Colour names go before the text shrinks below the card's minimum: every size with them is tried first;
        // then rows close up to the tight pitch, so a small card keeps a series on its front.
        let sizes = full + compact + compact.map(Self.closed)
        let all = series.leads[...]
        for var columns in sizes where CardFace.capacity(preset: preset, bleed: bleed, columns: columns) >= series.leadCount {
            // Spare height goes between the rows, up to a generous pitch, rather than into a blank strip at the bottom.
            while columns.leading < CardStyle.openRowLeading, CardFace.capacity(preset: preset, bleed: bleed, columns: Self.opened(columns)) >= series.leadCount {
                columns = Self.opened(columns)
            }
            guard let back = try Fit.attempt({ try CardBack(series: series, catalog: catalog, brand: brand, continued: [], columns: columns, preset: preset, bleed: bleed,
                                                            strings: strings, typesetter: typesetter) })
            else { continue }
            let front = try CardFace(series: series, leads: all, columns: columns, preset: preset, bleed: bleed, hasNotes: hasNotes, strings: strings,
                                     typesetter: typesetter)
            return Faces(front: front, back: back)
        }
        for columns in sizes {
            let split = splitPoint(series.leads, capacity: CardFace.capacity(preset: preset, bleed: bleed, columns: columns))
            guard split > 0 else { continue }
            guard let back = try Fit.attempt({ try CardBack(series: series, catalog: catalog, brand: brand, continued: all[split...], columns: columns, preset: preset,
                                                            bleed: bleed, strings: strings, typesetter: typesetter) })
            else { continue }
            let front = try CardFace(series: series, leads: all[..<split], columns: columns, preset: preset, bleed: bleed, hasNotes: hasNotes,
                                     strings: strings, typesetter: typesetter)
            return Faces(front: front, back: back)
        }
        throw DocumentError.doesNotFit(FitFailure(subject: "series \(series.id)", preset: preset.name, part: "the rows", available: preset.safeArea.size))
    }

    private static func closed(_ columns: CardTable.Columns) -> CardTable.Columns {
        var tighter = columns
        tighter.leading = CardStyle.tightRowLeading
        return tighter
    }

    private static func opened(_ columns: CardTable.Columns) -> CardTable.Columns {
        var wider = columns
        wider.leading += 0.05
        return wider
    }

    /// Where the front ends: after the last whole group that fits, so wires used together stay on one face.
    static func splitPoint(_ leads: [Lead], capacity: Int) -> Int {
        guard capacity < leads.count else { return leads.count }
        var split = capacity
        while split > 0, leads[split - 1].groupID == leads[split].groupID { split -= 1 }
        // A group taller than the whole face has to break somewhere: at the face's end.
        return split == 0 ? capacity : split
    }

    /// The pages: front then back, one card per page at trim plus bleed, or N-up on `sheet` with crop marks.
    ///
    /// With `duplex`, backs sit where a long-edge flip brings them behind their fronts; without, they are placed like the fronts, upright.
    public func pages(typesetter: Typesetter, duplex: Bool, sheet: Preset?) throws -> PageStream {
        let faces = try faces(typesetter: typesetter)
        let imposition = try sheet.map { try Imposition.sheet($0.media, trim: preset.label, bleed: bleed) } ?? .single(trim: preset.label, bleed: bleed)
        let clip = Path.rect(Rect(x: -bleed, y: -bleed, width: preset.label.width + bleed * 2, height: preset.label.height + bleed * 2))
        var backItems = faces.back.items
        if let url = series.documentationURL {
            // Installers scan the back to reach the series' documentation; the back keeps its code area free for it.
            let code = try BarcodeEncoder.encode(url.absoluteString, as: .qr)
            backItems.append(try SquareCode.item(code, in: faces.back.codeArea,
                                                 context: "series \(series.id), \(preset.name) card back, QR code of '\(url.absoluteString)'"))
        }
        var remaining: [(items: [Item], slots: [Imposition.Slot])] = [
            (faces.front.items, imposition.slots),
            (backItems, duplex ? imposition.backSlots : imposition.slots),
        ]
        return PageStream {
            guard !remaining.isEmpty else { return nil }
            let (items, slots) = remaining.removeFirst()
            // A print shop cuts a single card at its trim; an imposed sheet is cut along its crop marks, so the sheet is its own trim.
            let whole = Rect(origin: .zero, size: imposition.sheet)
            let boxes = sheet == nil ? PageBoxes(trim: imposition.slots[0].trim, bleed: whole) : PageBoxes(trim: whole, bleed: whole)
            var page = Page(size: imposition.sheet, boxes: boxes)
            for slot in slots { page.add(.group(Group(transform: slot.transform, clip: clip, items: items))) }
            page.items += imposition.cropMarks(for: slots).items
            return page
        }
    }
}

extension PinoutCard: Document {
    public static let kind = "card"
    public var title: String { "\(series.name) pinout card" }

    /// The pages with the card's own duplex and sheet settings.
    public func pages(typesetter: Typesetter) throws -> PageStream {
        try pages(typesetter: typesetter, duplex: duplex, sheet: sheet)
    }
}
