import DisplayList
import Geometry
import Layout
import LeadCatalog
import Localization
import Typesetting

/// The back of a pinout card: rows continued from the front, the footnotes in full, a colour legend,
/// the publisher's contact and the catalog revision, and a square kept clear for a code.
public struct CardBack: Sendable {
    /// The card's trim size; items are in card coordinates with (0, 0) at the trim's top-left.
    public let trim: Size
    /// The rows continued from the front, if the front could not hold them all.
    public let table: CardTable?
    /// The size the notes, legend and contact are set in.
    public let textSize: Length
    /// A square at the bottom right, inside the safe area, kept free of print so a code (a QR code of the series' page, say) can go there.
    public let codeArea: Rect
    /// Everything drawn on the face, back to front.
    public let items: [Item]

    /// The legend's text: the codes of the colours the series uses, and what striped and outlined swatches mean.
    static func legend(for series: Series, strings: Strings) throws -> String {
        var seen = Set<String>()
        var entries: [String] = []
        for lead in series.leads where seen.insert(lead.color.code).inserted {
            let name = lead.colorName.caseInsensitiveCompare(lead.color.name) == .orderedSame
                ? lead.colorName
                : try strings.text(.cardLegendAlias, ["name": .text(lead.colorName), "palette-name": .text(lead.color.name)])
            // No-break spaces keep a code with its name when the legend wraps. A name written without spaces (白色) may break between
            // any two ideographs by UAX #14, so left to right an entry is isolated too: lines never break inside an isolate.
            let entry = "\(lead.color.code)\u{00A0}\(name.replacingOccurrences(of: " ", with: "\u{00A0}"))"
            entries.append(strings.isRightToLeft ? entry : TextStyle.firstStrongIsolated(entry))
        }
        var sentences = [try strings.text(.cardLegendCodes, ["entries": .text(entries.joined(separator: "\u{00A0}· "))])]
        if series.leads.contains(where: { $0.color.isTwoColor }) { sentences.append(try strings.text(.cardLegendStriped)) }
        if series.leads.contains(where: { WireSwatch.needsOutline($0.color, on: CardStyle.paper) }) { sentences.append(try strings.text(.cardLegendOutlined)) }
        sentences.append(try strings.text(.cardLegendCue))
        // Chinese runs its sentences together; the other languages set a space between them.
        return sentences.joined(separator: strings.language == .simplifiedChinese ? "" : " ")
    }

    /// The contact lines: with a brand, "Your installer/reseller" and the brand's name, address and contact, then the data's source;
    /// without, the publisher's name, address, phone and fax, e-mail and web, then where the data comes from.
    static func contact(for catalog: Catalog, brand: Brand? = nil, strings: Strings) throws -> [(text: String, bold: Bool)] {
        // Names, addresses and numbers are typed data: right to left, each keeps its own direction inside the line.
        func typed(_ text: String) -> String { strings.isRightToLeft ? TextStyle.firstStrongIsolated(text) : text }
        let p = catalog.publisher
        if let brand {
            var lines: [(String, Bool)] = [(try strings.text(.cardInstaller, ["name": .text(typed(brand.name))]), true)]
            if !brand.address.isEmpty { lines.append((typed(brand.address.joined(separator: ", ")), false)) }
            let phoneAndMail = try [brand.phone.map { try strings.text(.cardPhone, ["number": .text(typed($0))]) }, brand.email.map(typed)].compactMap { $0 }
            if !phoneAndMail.isEmpty { lines.append((phoneAndMail.joined(separator: " · "), false)) }
            if let web = brand.web { lines.append((typed(web), false)) }
            lines.append((try strings.text(.cardLeadData, ["publisher": .text(typed(p.name)),
                                                           "revision": .text(strings.localizingDates(in: catalog.info.revision))]), false))
            return lines
        }
        var lines: [(String, Bool)] = [(typed(p.name), true)]
        if let address = p.address { lines.append((typed(address), false)) }
        let phones = try [p.phone.map { try strings.text(.cardPhone, ["number": .text(typed($0))]) },
                          p.fax.map { try strings.text(.cardFax, ["number": .text(typed($0))]) }].compactMap { $0 }
        if !phones.isEmpty { lines.append((phones.joined(separator: " · "), false)) }
        let online = [p.email, p.web].compactMap { $0 }.map(typed)
        if !online.isEmpty { lines.append((online.joined(separator: " · "), false)) }
        lines.append((try strings.text(.cardData, ["title": .text(catalog.info.title)]), false))
        lines.append((try strings.text(.cardRevision, ["revision": .text(strings.localizingDates(in: catalog.info.revision))]), false))
        return lines
    }

    /// Builds the back at the largest size from the table's size down to the card minimum at which everything fits.
    init(series: Series, catalog: Catalog, brand: Brand? = nil, continued leads: ArraySlice<Lead>, columns: CardTable.Columns, preset: Preset, bleed: Length,
         strings: Strings, typesetter: Typesetter) throws {
        // Notes are set no larger than the rows, so the front stays the face that reads first.
        var size = min(columns.size, CardStyle.maximumTextSize)
        while size >= preset.minimumTextSize - .pt(1e-9) {
            if let back = try Self.attempt(series: series, catalog: catalog, brand: brand, leads: leads, columns: columns, preset: preset, bleed: bleed,
                                           size: size, strings: strings, typesetter: typesetter) {
                self = back
                return
            }
            size -= .pt(0.25)
        }
        throw DocumentError.doesNotFit(FitFailure(subject: "series \(series.id)", preset: preset.name,
                                                   part: "the back (\(leads.isEmpty ? "" : "\(leads.count) continued rows, ")footnotes, colour legend and contact at \(preset.minimumTextSize.points) pt)",
                                                   available: preset.safeArea.size))
    }

    private init(trim: Size, table: CardTable?, textSize: Length, codeArea: Rect, items: [Item]) {
        self.trim = trim; self.table = table; self.textSize = textSize; self.codeArea = codeArea; self.items = items
    }

    /// The back at one text size, or nil when it does not fit.
    private static func attempt(series: Series, catalog: Catalog, brand: Brand?, leads: ArraySlice<Lead>, columns: CardTable.Columns, preset: Preset, bleed: Length,
                                size: Length, strings: Strings, typesetter: Typesetter) throws -> CardBack? {
        let safe = preset.safeArea
        let paragraphs = ParagraphFitter(typesetter: typesetter)
        let fitter = TextFitter(typesetter: typesetter)
        let ink = CardStyle.textColor(on: CardStyle.paper)
        var trailing = ""
        if let first = leads.first, let last = leads.last {
            trailing = try strings.text(.cardBackContinued, ["first": .number(first.position), "last": .number(last.position)])
        }
        let rtl = strings.isRightToLeft
        var items = try CardFace.bandItems(preset: preset, bleed: bleed, leading: try strings.text(.cardBackTitle, ["series": .text(series.name)]),
                                           trailing: trailing, rightToLeft: rtl, typesetter: typesetter)
        let band = CardFace.band(preset: preset, bleed: bleed).band

        // The bottom strip: contact at the left, the code area at the right (mirrored right to left).
        let leading = 1.2
        let side = min(safe.height * 0.3, .mm(20))
        let contactWidth = safe.width - side - size
        let contactX = rtl ? safe.maxX - contactWidth : safe.minX
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        var contactBlock: [FittedParagraph] = []
        var contactHeight = Length.zero
        // Each line takes the usual pitch, or its own height where that is taller (a line with Arabic in it), so no line runs into the next.
        func pitch(_ line: FittedText) -> Length { max(size * leading, line.shaped.lineHeight(at: size)) }
        for (text, bold) in try Self.contact(for: catalog, brand: brand, strings: strings) {
            let box = Rect(x: contactX, y: .zero, width: contactWidth, height: safe.height)
            guard let paragraph = try Fit.attempt({ try paragraphs.fit(text, font: bold ? CardStyle.boldFont : CardStyle.bodyFont, in: box, maximum: size,
                                                                       minimum: size, leading: leading, color: ink, context: "card contact") })
            else { return nil }
            contactBlock.append(paragraph)
            contactHeight += paragraph.lines.reduce(Length.zero) { $0 + pitch($1) }
        }
        let bottomHeight = max(side, contactHeight)
        let bottomTop = safe.maxY - bottomHeight
        // Contact sits on the bottom of the safe area; each paragraph is moved down from where it was measured.
        var lineTop = safe.maxY - contactHeight
        for paragraph in contactBlock {
            for line in paragraph.lines {
                let box = Rect(x: contactX, y: lineTop, width: contactWidth, height: line.shaped.lineHeight(at: size))
                items += fitter.place(line.shaped, size: size, in: box, horizontal: along, vertical: .top, color: ink).items
                lineTop += pitch(line)
            }
        }
        let codeArea = Rect(x: rtl ? safe.minX : safe.maxX - side, y: safe.maxY - side, width: side, height: side)

        // The middle, top down: continued rows, footnotes, legend.
        var y = band.maxY + size * 0.5
        var table: CardTable?
        if !leads.isEmpty {
            let rows = try CardTable(series: series, leads: leads, columns: columns, at: Point(x: safe.minX, y: CardFace.tableTop(band: band, columns: columns)),
                                     width: safe.width, rightToLeft: rtl, typesetter: typesetter)
            items += rows.items
            table = rows
            y = (rows.rows.last?.frame.maxY ?? y) + size * 0.5
        }
        let limit = bottomTop - size * 0.4
        guard y <= limit else { return nil }
        let markWidth = try series.footnotes.map { try typesetter.shape($0.mark, font: CardStyle.boldFont).occupiedWidth(at: size) }.max() ?? .zero
        let indent = markWidth.points > 0 ? markWidth + size * 0.5 : .zero
        for note in series.footnotes {
            let box = Rect(x: rtl ? safe.minX : safe.minX + indent, y: y, width: safe.width - indent, height: limit - y)
            guard box.height.points > 0,
                  let paragraph = try Fit.attempt({ try paragraphs.fit(note.text, font: CardStyle.bodyFont, in: box, maximum: size, minimum: size,
                                                                       leading: leading, horizontal: along, color: ink, context: "footnote \(note.mark)") }),
                  let bounds = paragraph.bounds
            else { return nil }
            let mark = fitter.place(try typesetter.shape(note.mark, font: CardStyle.boldFont), size: size,
                                    in: Rect(x: rtl ? safe.maxX - markWidth : safe.minX, y: y, width: markWidth, height: size * 2),
                                    horizontal: along, vertical: .top, color: ink)
            items += mark.items + paragraph.items
            y = bounds.maxY + size * 0.35
        }
        let legendBox = Rect(x: safe.minX, y: y, width: safe.width, height: limit - y)
        guard legendBox.height.points > 0,
              let legend = try Fit.attempt({ try paragraphs.fit(legend(for: series, strings: strings), font: CardStyle.bodyFont, in: legendBox,
                                                                maximum: size, minimum: size, leading: leading, horizontal: along, color: ink,
                                                                context: "colour legend") })
        else { return nil }
        items += legend.items
        return CardBack(trim: preset.label, table: table, textSize: size, codeArea: codeArea, items: items)
    }
}
