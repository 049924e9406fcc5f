import DisplayList
import Geometry
import LeadCatalog
import Typesetting

/// The rows of a pinout card: swatch, colour name, IEC code, label and definition per lead, with the groups bracketed and named.
///
/// Right to left the whole table mirrors: swatch at the right, then colour, code, label and definition leftwards, brackets opening to the left.
public struct CardTable: Sendable {
    /// Column widths at one text size, measured over every lead of the series so both faces line up.
    public struct Columns: Sendable {
        public var size: Length
        public var swatch: Length, colorName: Length, code: Length, label: Length, definition: Length, group: Length
        public var gap: Length
        /// Row pitch as a multiple of the size: the card's tight default, opened up when a face has room to spare.
        public var leading = CardStyle.rowLeading
        /// Whether rows print the colour's name beside its IEC code; a card too narrow for it at its minimum text size
        /// keeps the code, and the back's colour legend names every code.
        public var showsColorName = true
        /// The width the whole table needs.
        public var total: Length {
            swatch + (showsColorName ? colorName + gap : .zero) + code + label + definition + bracket + group + gap * 5
        }

        /// The same columns without the colour names.
        public var withoutColorNames: Columns {
            var compact = self
            compact.showsColorName = false
            return compact
        }
        /// Room for the group bracket.
        public var bracket: Length { size * 0.5 }
        /// Row pitch.
        public var pitch: Length { size * leading }

        /// Measures the columns for a series at a text size.
        public static func measure(_ series: Series, size: Length, typesetter: Typesetter) throws -> Columns {
            func widest(_ texts: [String], _ font: FontSpec) throws -> Length {
                try texts.map { try typesetter.shape($0, font: font).occupiedWidth(at: size) }.max() ?? .zero
            }
            return Columns(
                size: size, swatch: size * 2.2,
                colorName: try widest(series.leads.map(\.colorName), CardStyle.bodyFont),
                code: try widest(series.leads.map(\.color.code), CardStyle.boldFont),
                label: try widest(series.leads.map(\.label), CardStyle.labelFont),
                definition: try widest(series.leads.map(\.definition), CardStyle.bodyFont),
                group: try widest(series.groups.map(CardTable.groupTitle), CardStyle.boldFont),
                gap: size * 0.55)
        }
    }

    /// One lead's row.
    public struct Row: Sendable {
        public var lead: Lead
        /// The row's box on the face.
        public var frame: Rect
        /// The colour swatch.
        public var swatch: Rect
    }

    /// One group's bracket and name.
    public struct GroupMark: Sendable {
        public var group: LeadGroup
        /// The rows the bracket spans.
        public var span: Rect
        /// Whether the group sits on a tinted band.
        public var banded: Bool
    }

    /// The columns the table was set with.
    public let columns: Columns
    /// The rows, in catalog order.
    public let rows: [Row]
    /// The groups, in the order their first rows appear.
    public let groups: [GroupMark]
    /// The items that draw the table.
    public let items: [Item]

    /// A group's printed name with its footnote mark.
    static func groupTitle(_ group: LeadGroup) -> String {
        group.footnoteMark.map { "\(group.name) \($0)" } ?? group.name
    }

    /// Sets `leads` (consecutive leads of `series`) as rows from the top-left of `frame`.
    init(series: Series, leads: ArraySlice<Lead>, columns: Columns, at origin: Point, width: Length, rightToLeft: Bool = false,
         typesetter: Typesetter) throws {
        self.columns = columns
        let c = columns
        let fitter = TextFitter(typesetter: typesetter)
        // Boxes are worked out left to right and mirrored across the table's width for a right-to-left language.
        func x(_ x: Length) -> Length { rightToLeft ? origin.x * 2 + width - x : x }
        func box(_ r: Rect) -> Rect { rightToLeft ? Rect(x: x(r.maxX), y: r.minY, width: r.width, height: r.height) : r }
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        var rows: [Row] = []
        for (index, lead) in leads.enumerated() {
            let frame = Rect(x: origin.x, y: origin.y + c.pitch * Double(index), width: width, height: c.pitch)
            let swatchHeight = c.pitch * 0.74
            let swatch = box(Rect(x: frame.minX, y: frame.midY - swatchHeight / 2, width: c.swatch, height: swatchHeight))
            rows.append(Row(lead: lead, frame: frame, swatch: swatch))
        }
        // Groups alternate between paper and a tint counted over the whole series, so a band keeps its shade when a table continues on the back.
        var groups: [GroupMark] = []
        for row in rows {
            guard let group = series.group(of: row.lead) else { continue }
            if let last = groups.last, last.group.id == group.id {
                groups[groups.count - 1].span = last.span.union(row.frame)
            } else {
                let order = series.groups.firstIndex { $0.id == group.id } ?? 0
                groups.append(GroupMark(group: group, span: row.frame, banded: order % 2 == 1))
            }
        }
        var items: [Item] = []
        let pad = c.size * 0.3
        for mark in groups where mark.banded {
            items.append(.shape(.rect(mark.span.inset(top: .zero, left: -pad, bottom: .zero, right: -pad), fill: CardStyle.groupBand)))
        }
        for row in rows {
            let background = groups.first { $0.span.contains(row.frame) }.map { $0.banded ? CardStyle.groupBand : CardStyle.paper } ?? CardStyle.paper
            let ink = CardStyle.textColor(on: background)
            items += WireSwatch.items(row.lead.color, in: row.swatch, on: background, cornerRadius: c.size * 0.15, outlineWidth: .pt(0.4))
            var left = row.frame.minX + c.swatch + c.gap
            func cell(_ text: String, _ font: FontSpec, _ width: Length) throws {
                let shaped = try typesetter.shape(text, font: font)
                let cellBox = box(Rect(x: left, y: row.frame.minY, width: width, height: row.frame.height))
                items += fitter.place(shaped, size: c.size, in: cellBox, horizontal: along, color: ink).items
                left += width + c.gap
            }
            if c.showsColorName { try cell(row.lead.colorName, CardStyle.bodyFont, c.colorName) }
            try cell(row.lead.color.code, CardStyle.boldFont, c.code)
            // A signal name reads left to right even inside a right-to-left card.
            try cell(typesetter.defaultStyle.direction == .rightToLeft ? TextStyle.isolated(row.lead.label) : row.lead.label, CardStyle.labelFont, c.label)
            try cell(row.lead.definition, CardStyle.bodyFont, c.definition)
        }
        let bracketX = origin.x + width - c.group - c.gap - c.bracket
        let stroke = Stroke(color: .black, width: .pt(0.6))
        for mark in groups {
            let background = mark.banded ? CardStyle.groupBand : CardStyle.paper
            let top = mark.span.minY + c.pitch * 0.15, bottom = mark.span.maxY - c.pitch * 0.15
            // A square bracket, as the bulletin's braces held wires together; it shows on any copy, unlike a tint.
            items.append(.shape(Shape(path: Path([
                .move(Point(x: x(bracketX), y: top)), .line(Point(x: x(bracketX + c.bracket), y: top)),
                .line(Point(x: x(bracketX + c.bracket), y: bottom)), .line(Point(x: x(bracketX), y: bottom)),
            ]), stroke: stroke)))
            let nameBox = box(Rect(x: bracketX + c.bracket + c.gap, y: mark.span.minY, width: c.group, height: mark.span.height))
            let shaped = try typesetter.shape(Self.groupTitle(mark.group), font: CardStyle.boldFont)
            items += fitter.place(shaped, size: c.size, in: nameBox, horizontal: along, color: CardStyle.textColor(on: background)).items
        }
        self.rows = rows
        self.groups = groups
        self.items = items
    }
}
