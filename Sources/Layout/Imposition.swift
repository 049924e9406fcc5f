import Geometry

/// Cards placed N-up on a sheet with bleed, or one per page, with the transforms that put each face in place.
///
/// Faces are drawn in card coordinates: (0, 0) is the trim's top-left corner and the bleed lies at negative
/// coordinates and beyond the trim size. Backs are positioned for a long-edge flip: the sheet turns over
/// around its long edge, and every back reads upright when its card is turned over like a page of a book.
public struct Imposition: Sendable {
    /// One card position on a sheet.
    public struct Slot: Hashable, Sendable {
        /// The card's trim box on the sheet.
        public var trim: Rect
        /// The trim box grown by the bleed on every side: the area the card's artwork may cover.
        public var bleedBox: Rect
        /// Maps card coordinates to sheet coordinates for the front face.
        public var transform: Transform
    }

    /// The page every face is placed on.
    public let sheet: Size
    /// The card's trim size, as designed (before any rotation on the sheet).
    public let trim: Size
    /// How far artwork runs past the trim.
    public let bleed: Length
    /// Columns of cards on the sheet.
    public let columns: Int
    /// Rows of cards on the sheet.
    public let rows: Int
    /// Whether cards are turned a quarter turn on the sheet because more fit that way.
    public let rotated: Bool
    /// The front positions, left to right, then down.
    public let slots: [Slot]
    /// The crop marks of the sheet (none for one card per page, whose page is the bleed box).
    public let cropMarks: CropMarks

    /// Cards per sheet.
    public var count: Int { slots.count }

    /// One card per page: the page is the trim plus the bleed on every side.
    public static func single(trim: Size, bleed: Length) -> Imposition {
        let sheet = Size(width: trim.width + bleed * 2, height: trim.height + bleed * 2)
        let slot = Slot(trim: Rect(origin: Point(x: bleed, y: bleed), size: trim),
                        bleedBox: Rect(origin: .zero, size: sheet), transform: .translate(bleed, bleed))
        return Imposition(sheet: sheet, trim: trim, bleed: bleed, columns: 1, rows: 1, rotated: false, slots: [slot], cropMarks: CropMarks(lines: []))
    }

    /// As many cards as fit a sheet, each with its own bleed, centred, leaving room for crop marks inside the printer's margin.
    ///
    /// Cards are turned a quarter turn when that fits more of them. Neighbouring bleed boxes touch, so crop
    /// marks sit only around the block, on every trim line extended, where no mark can reach into a bleed.
    public static func sheet(_ sheet: Size, trim: Size, bleed: Length, printerMargin: Length = .mm(5),
                             marks: CropMarks.Style = CropMarks.Style()) throws -> Imposition {
        let reach = marks.offset(bleed: bleed) - bleed + marks.length
        let usable = Size(width: sheet.width - (printerMargin + reach) * 2, height: sheet.height - (printerMargin + reach) * 2)
        func fit(_ card: Size) -> (columns: Int, rows: Int) {
            let cell = Size(width: card.width + bleed * 2, height: card.height + bleed * 2)
            // A hair of tolerance so a layout that fits exactly is not lost to rounding.
            let columns = usable.width.points < 0 ? 0 : Int((usable.width.points + 1e-6) / cell.width.points)
            let rows = usable.height.points < 0 ? 0 : Int((usable.height.points + 1e-6) / cell.height.points)
            return (columns, rows)
        }
        let upright = fit(trim)
        let turned = fit(Size(width: trim.height, height: trim.width))
        let rotated = turned.columns * turned.rows > upright.columns * upright.rows
        let (columns, rows) = rotated ? turned : upright
        guard columns * rows > 0 else {
            throw LayoutError.doesNotFit("a \(trim.width.millimetresText) x \(trim.height.millimetresText) card with \(bleed.millimetresText) bleed and crop marks does not fit a \(sheet.width.millimetresText) x \(sheet.height.millimetresText) sheet")
        }
        let onSheet = rotated ? Size(width: trim.height, height: trim.width) : trim
        let cell = Size(width: onSheet.width + bleed * 2, height: onSheet.height + bleed * 2)
        let block = Size(width: cell.width * Double(columns), height: cell.height * Double(rows))
        let left = (sheet.width - block.width) / 2, top = (sheet.height - block.height) / 2
        var slots: [Slot] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let box = Rect(x: left + cell.width * Double(column), y: top + cell.height * Double(row), width: cell.width, height: cell.height)
                let trimBox = box.inset(by: bleed)
                // A clockwise quarter turn maps the card's top-left corner to the trim's top-right corner.
                let transform: Transform = rotated ? Transform.quarterTurns(1).then(.translate(trimBox.maxX, trimBox.minY))
                    : .translate(trimBox.minX, trimBox.minY)
                slots.append(Slot(trim: trimBox, bleedBox: box, transform: transform))
            }
        }
        let marks = CropMarks(trims: slots.map(\.trim), bleed: bleed, style: marks)
        return Imposition(sheet: sheet, trim: trim, bleed: bleed, columns: columns, rows: rows, rotated: rotated, slots: slots, cropMarks: marks)
    }

    /// The long edge of the sheet, around which a duplex printer turns it over.
    private var flipsLeftToRight: Bool { sheet.height >= sheet.width }

    /// Where the back of a slot's card prints, on the following page, for a long-edge flip.
    public func backSlot(of slot: Slot) -> Slot {
        // Turning the card over like a book page mirrors its own x; turning the sheet over its long edge mirrors the sheet.
        let cardFlip = Transform(a: -1, b: 0, c: 0, d: 1, tx: trim.width, ty: .zero)
        let sheetFlip = flipsLeftToRight ? Transform(a: -1, b: 0, c: 0, d: 1, tx: sheet.width, ty: .zero)
            : Transform(a: 1, b: 0, c: 0, d: -1, tx: .zero, ty: sheet.height)
        let transform = cardFlip.then(slot.transform).then(sheetFlip)
        return Slot(trim: sheetFlip.apply(slot.trim), bleedBox: sheetFlip.apply(slot.bleedBox), transform: transform)
    }

    /// The back positions in front order: `backSlots[i]` carries the back of `slots[i]`.
    public var backSlots: [Slot] { slots.map(backSlot(of:)) }
}

extension Length {
    /// The length in millimetres for messages, e.g. "85.6 mm".
    var millimetresText: String {
        let value = (millimetres * 100).rounded() / 100
        return (value == value.rounded() ? String(Int(value)) : String(value)) + " mm"
    }
}

extension Imposition {
    /// Crop marks for a set of positions on this sheet (the fronts, or the backs): none when a page holds one card at its bleed size.
    public func cropMarks(for slots: [Slot]) -> CropMarks {
        cropMarks.lines.isEmpty ? cropMarks : CropMarks(trims: slots.map(\.trim), bleed: bleed, style: cropMarks.style)
    }
}
