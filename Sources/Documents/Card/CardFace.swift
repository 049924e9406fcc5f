import DisplayList
import Geometry
import Layout
import LeadCatalog
import Localization
import Typesetting

/// The front of a pinout card: a title band naming the series and its lead count, then one row per lead.
public struct CardFace: Sendable {
    /// The card's trim size; items are in card coordinates with (0, 0) at the trim's top-left.
    public let trim: Size
    /// The title band, running into the bleed on three sides.
    public let titleBand: Rect
    /// The rows set on this face.
    public let table: CardTable
    /// Everything drawn on the face, back to front.
    public let items: [Item]

    /// The band across the top of a face and the box its title text sits in, inside the safe area.
    static func band(preset: Preset, bleed: Length) -> (band: Rect, text: Rect) {
        let safe = preset.safeArea
        // A slim band on small cards (2.9 mm holds a 6 pt title): the rows below need the height more.
        let textHeight = max(Length.mm(2.9), min(.mm(7), safe.height * 0.06))
        let text = Rect(x: safe.minX, y: safe.minY, width: safe.width, height: textHeight)
        let bottom = text.maxY + textHeight * 0.25
        return (Rect(x: -bleed, y: -bleed, width: preset.label.width + bleed * 2, height: bottom + bleed), text)
    }

    /// The title band's items: the band and a title at each end, in the band's readable text colour.
    /// Right to left, the title sits at the right end and the hint at the left.
    static func bandItems(preset: Preset, bleed: Length, leading: String, trailing: String, rightToLeft: Bool = false, typesetter: Typesetter) throws -> [Item] {
        let (band, box) = Self.band(preset: preset, bleed: bleed)
        let fitter = TextFitter(typesetter: typesetter)
        let ink = CardStyle.textColor(on: CardStyle.titleBand)
        let title = try fitter.fit(leading, font: CardStyle.boldFont, in: box, maximum: .pt(12), minimum: preset.minimumTextSize,
                                   horizontal: .leading, color: ink, context: "card title on \(preset.name)")
        var items: [Item] = [.shape(.rect(band, fill: CardStyle.titleBand))]
        items += title.items
        let room = rightToLeft
            ? Rect(x: box.minX, y: box.minY, width: title.lineBounds.minX - title.size - box.minX, height: box.height)
            : Rect(x: title.lineBounds.maxX + title.size, y: box.minY, width: box.maxX - title.lineBounds.maxX - title.size, height: box.height)
        // The hint at the far end is a courtesy: it is left out rather than squeezed below the card's minimum size. A title held
        // small by a tall line (CJK faces set a line about 1.45 em tall) still leaves the hint its minimum.
        if !trailing.isEmpty, room.width.points > 0,
           let hint = try Fit.attempt({ try fitter.fit(trailing, font: CardStyle.bodyFont, in: room, maximum: max(title.size * 0.8, preset.minimumTextSize),
                                                      minimum: preset.minimumTextSize, horizontal: .trailing, color: ink,
                                                      context: "card title on \(preset.name)") }) {
            items += hint.items
        }
        return items
    }

    /// Builds the front with the first `leads` of the series.
    init(series: Series, leads: ArraySlice<Lead>, columns: CardTable.Columns, preset: Preset, bleed: Length, hasNotes: Bool, strings: Strings,
         typesetter: Typesetter) throws {
        let (band, _) = Self.band(preset: preset, bleed: bleed)
        let safe = preset.safeArea
        let title = try strings.text(.seriesLeadCount, ["series": .text(series.name), "count": .number(series.leadCount)])
        let marks = series.footnotes.map(\.mark).joined(separator: " ")
        let hint: String
        if leads.count < series.leadCount { hint = try strings.text(.cardContinuedOnBack) } else {
            hint = hasNotes ? try strings.text(.cardNotesOnBack, ["marks": .text(marks)]) : try strings.text(.cardCodesOnBack)
        }
        var items = try Self.bandItems(preset: preset, bleed: bleed, leading: title, trailing: hint, rightToLeft: strings.isRightToLeft, typesetter: typesetter)
        let table = try CardTable(series: series, leads: leads, columns: columns, at: Point(x: safe.minX, y: Self.tableTop(band: band, columns: columns)),
                                  width: safe.width, rightToLeft: strings.isRightToLeft, typesetter: typesetter)
        items += table.items
        self.trim = preset.label
        self.titleBand = band
        self.table = table
        self.items = items
    }

    /// Where the table starts below the band.
    static func tableTop(band: Rect, columns: CardTable.Columns) -> Length { band.maxY + columns.size * 0.45 }

    /// How many rows fit below the band at a column set's pitch.
    static func capacity(preset: Preset, bleed: Length, columns: CardTable.Columns) -> Int {
        let top = tableTop(band: band(preset: preset, bleed: bleed).band, columns: columns)
        return max(0, Int(((preset.safeArea.maxY - top).points + 1e-6) / columns.pitch.points))
    }
}
