import Barcodes
import DisplayList
import Geometry
import Layout
import LeadCatalog
import Localization
import Typesetting

/// The parts every page of a comparison sheet shares: the quote header at the top, the company footer at the bottom, and the body between.
///
/// Right to left, the header mirrors: logo and title at the right, quote fields and code to their left; the footer's page number moves to the left end.
public struct ComparisonPageFrame {
    /// The page less its safe margin.
    public let content: Rect
    /// The header band.
    public let header: Rect
    /// Where the brand's logo goes, at the header's left (right, right to left), fitted to the logo's proportions; nil without a logo.
    public let logoArea: Rect?
    /// Where the title block goes, at the header's left (beside the logo).
    public let titleArea: Rect
    /// Where the quote fields go, right of the title.
    public let fieldsArea: Rect
    /// A square kept free at the header's right end for a code that links to the quote; nil when the sheet prints none.
    public let codeArea: Rect?
    /// The footer band.
    public let footer: Rect
    /// The room for the page's own content.
    public let body: Rect

    private let sheet: ComparisonSheet

    /// The header band's usual height.
    public static let headerHeight = Length.pt(62)
    /// Three lines: who to contact, their phone, e-mail and web, and where the lead data comes from.
    public static let footerHeight = Length.pt(36)
    /// The footer's extra height when the data-source line takes two lines (Spanish on A5 is wider than the page at the 6 pt floor).
    static let footerSecondDataLine = Length.pt(8)
    /// The tallest and widest a logo is drawn in the header.
    static let logoHeight = Length.pt(46)
    static let logoMaximumWidth = Length.pt(140)
    /// The width kept for the page number at the footer's end.
    static let pageNumberWidth = Length.pt(70)
    static let fieldRowHeight = Length.pt(12)
    /// How far the quote fields may reach below the header band, short of the rule under it; a header grows only past that.
    static let fieldsOverhang = Length.pt(5.5)

    /// Lays out the frame of a sheet's pages; `codeSide` reserves a square for a code at the header's right, and the header band
    /// is `headerHeight` tall (see `fitting(sheet:typesetter:)` for the height the quote fields need).
    public init(sheet: ComparisonSheet, codeSide: Length? = nil, headerHeight: Length = ComparisonPageFrame.headerHeight,
                footerHeight: Length = ComparisonPageFrame.footerHeight) {
        self.sheet = sheet
        content = Rect(origin: .zero, size: sheet.page.media).inset(by: sheet.page.safeMargin)
        header = Rect(x: content.minX, y: content.minY, width: content.width, height: headerHeight)
        var right = header.maxX
        var code: Rect?
        if let side = codeSide ?? (sheet.quoteCode == nil ? nil : Self.headerHeight) {
            code = Rect(x: right - side, y: header.minY, width: side, height: side)
            right -= side + .pt(10)
        }
        let fieldsWidth = min(Length.pt(200), header.width * 0.4)
        var fields = Rect(x: right - fieldsWidth, y: header.minY, width: fieldsWidth, height: header.height)
        var left = header.minX
        var logo: Rect?
        if let source = sheet.brand?.logo {
            let size = source.size(fittingHeight: Self.logoHeight, maximumWidth: Self.logoMaximumWidth)
            logo = Rect(x: left, y: header.minY + (Self.logoHeight - size.height) / 2 + .pt(2), width: size.width, height: size.height)
            left += size.width + .pt(14)
        }
        var title = Rect(x: left, y: header.minY, width: fields.minX - left - .pt(12), height: header.height)
        if sheet.strings.isRightToLeft {
            let content = self.content
            func mirror(_ r: Rect) -> Rect { Rect(x: content.minX * 2 + content.width - r.maxX, y: r.minY, width: r.width, height: r.height) }
            fields = mirror(fields)
            title = mirror(title)
            code = code.map(mirror)
            logo = logo.map(mirror)
        }
        logoArea = logo
        codeArea = code
        fieldsArea = fields
        titleArea = title
        footer = Rect(x: content.minX, y: content.maxY - footerHeight, width: content.width, height: footerHeight)
        body = Rect(x: content.minX, y: header.maxY + .pt(18), width: content.width, height: footer.minY - .pt(12) - (header.maxY + .pt(18)))
    }

    /// The frame of a sheet's pages with a header band tall enough for its quote fields: the usual height, unless the language's
    /// lines are taller (Arabic faces set about 2.2 em, CJK ones 1.5) and the fields would run under the rule.
    public static func fitting(sheet: ComparisonSheet, typesetter: Typesetter) throws -> ComparisonPageFrame {
        let frame = ComparisonPageFrame(sheet: sheet)
        let table = try frame.fieldsTable(typesetter: typesetter)
        let fields = try frame.fieldRows().reduce(Length.zero) { try $0 + table.height(of: $1) }
        let needed = fields - Self.fieldsOverhang
        let dataWidth = try typesetter.shape(frame.dataSourceText(), font: .body).occupiedWidth(at: sheet.page.minimumTextSize)
        let footer = dataWidth > frame.footer.width ? Self.footerHeight + Self.footerSecondDataLine : Self.footerHeight
        return ComparisonPageFrame(sheet: sheet, headerHeight: max(needed, frame.header.height), footerHeight: footer)
    }

    /// The footer's last line: where the lead data comes from.
    private func dataSourceText() throws -> String {
        let strings = sheet.strings
        let publisher = sheet.catalog.publisher.name
        let info = sheet.catalog.info
        return try strings.text(.compareData, ["publisher": .text(strings.isRightToLeft ? TextStyle.firstStrongIsolated(publisher) : publisher),
                                               "title": .text(info.title), "revision": .text(strings.localizingDates(in: info.revision))])
    }

    /// The quote fields given, one table row each: label and value.
    private func fieldRows() throws -> [TableRow] {
        try sheet.header.fields(in: sheet.strings).map { field in
            // A value is what the sales person typed: it keeps its own direction inside a right-to-left header.
            let value = sheet.strings.isRightToLeft ? TextStyle.firstStrongIsolated(field.value) : field.value
            return TableRow([TableCell(field.label, size: .pt(7.5), color: ComparisonStyle.muted),
                             TableCell(value, font: .heading, size: .pt(9), minimumSize: .pt(6))],
                            name: "quote field \(field.label)", minimumHeight: Self.fieldRowHeight)
        }
    }

    /// The two columns of the quote fields: labels, then values.
    private func fieldsTable(typesetter: Typesetter) throws -> TableLayout {
        var table = try TableLayout(columns: [.init(.fixed(.pt(58)), alignment: .trailing), .init(.share(1))],
                                    x: fieldsArea.minX, width: fieldsArea.width, horizontalPadding: .pt(3), verticalPadding: .pt(1.5),
                                    typesetter: typesetter)
        table.rightToLeft = sheet.strings.isRightToLeft
        return table
    }

    /// The header and footer of page `number` of `total`, with the quote fields as placed table rows.
    func items(pageNumber number: Int, of total: Int, typesetter: Typesetter) throws -> (items: [Item], rows: [PlacedTableRow]) {
        let fitter = TextFitter(typesetter: typesetter)
        let strings = sheet.strings
        let rtl = strings.isRightToLeft
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        var items: [Item] = []
        if let logo = sheet.brand?.logo, let area = logoArea { items.append(.image(Image(source: logo, rect: area))) }
        // Title block: what the sheet is (whose offer: the brand's name when there is no logo to say it), which series, from which catalog.
        let t = titleArea
        let kicker = try sheet.brand.map {
            let name = $0.name.uppercased()
            return try $0.logo == nil ? strings.text(.compareKickerBrandName, ["brand": .text(rtl ? TextStyle.firstStrongIsolated(name) : name)])
                : strings.text(.compareKickerBranded)
        } ?? strings.text(.compareKicker)
        items += try fitter.fit(kicker, font: .heading, in: Rect(x: t.minX, y: t.minY, width: t.width, height: .pt(14)),
                                // Tall enough for the tallest script's line at the minimum size (Arabic faces set about 2.2 em).
                                maximum: .pt(8), minimum: .pt(6), horizontal: along, color: sheet.accentText, context: "comparison sheet kicker").items
        items += try fitter.fit(sheet.title, font: .heading, in: Rect(x: t.minX, y: t.minY + .pt(12), width: t.width, height: .pt(26)),
                                maximum: .pt(20), minimum: .pt(9), horizontal: along, context: "comparison sheet title").items
        items += try fitter.fit(sheet.catalog.info.title, font: .body, in: Rect(x: t.minX, y: t.minY + .pt(39), width: t.width, height: .pt(14)),
                                maximum: .pt(9), minimum: .pt(6), horizontal: along, color: ComparisonStyle.muted,
                                context: "comparison sheet catalog title").items
        // Quote fields: only those given, stacked from the top, so an absent field leaves neither label nor gap.
        var rows: [PlacedTableRow] = []
        let fields = try fieldRows()
        if !fields.isEmpty {
            let table = try fieldsTable(typesetter: typesetter)
            var top = fieldsArea.minY
            for row in fields {
                let placed = try table.place(row, top: top)
                items += placed.items
                rows.append(placed)
                top = placed.rect.maxY
            }
            // The rule stands between the title and the fields.
            let ruleX = rtl ? fieldsArea.maxX : fieldsArea.minX
            items.append(.shape(.line(from: Point(x: ruleX, y: fieldsArea.minY), to: Point(x: ruleX, y: top), stroke: ComparisonStyle.rule)))
        }
        if let code = sheet.quoteCode, let area = codeArea {
            items.append(try SquareCode.item(code, in: area, context: "comparison sheet header, QR code of '\(code.payload)'"))
        }
        let ruleY = header.maxY + .pt(6)
        items.append(.shape(.line(from: Point(x: content.minX, y: ruleY), to: Point(x: content.maxX, y: ruleY),
                                  stroke: Stroke(color: sheet.accent, width: .pt(1.5)))))
        items += try footerItems(pageNumber: number, of: total, fitter: fitter)
        return (items, rows)
    }

    /// The footer: who to contact (the brand, else the catalog's publisher) with the page number on the first line, their phone,
    /// e-mail and web on the second, and under them, in smaller type, where the lead data comes from.
    private func footerItems(pageNumber number: Int, of total: Int, fitter: TextFitter) throws -> [Item] {
        let f = footer
        let strings = sheet.strings
        let rtl = strings.isRightToLeft
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        var items: [Item] = [.shape(.line(from: Point(x: f.minX, y: f.minY), to: Point(x: f.maxX, y: f.minY), stroke: ComparisonStyle.rule))]
        let publisher = sheet.catalog.publisher
        // Names, addresses and numbers are typed data: right to left, each keeps its own direction inside the line.
        func typed(_ text: String) -> String { rtl ? TextStyle.firstStrongIsolated(text) : text }
        let name = typed(sheet.brand?.name ?? publisher.name)
        let address = (sheet.brand?.address ?? [publisher.address].compactMap { $0 }).filter { !$0.isEmpty }.map(typed)
        let contact = try sheet.brand?.contactLines(in: strings).map(typed)
            ?? [publisher.phone.map { try strings.text(.comparePhone, ["number": .text(typed($0))]) }, publisher.email.map(typed), publisher.web.map(typed)]
            .compactMap { $0 }
        let pageWidth = Self.pageNumberWidth
        // No glyph under the page's floor (6 pt on laser sheets), in any language.
        let floor = sheet.page.minimumTextSize
        // Lines tall enough for an Arabic line at the 5 pt floor (its faces set more than 2 em); the page number keeps the line's far end.
        let lineOne = Rect(x: rtl ? f.minX + pageWidth + .pt(10) : f.minX, y: f.minY + .pt(2), width: f.width - pageWidth - .pt(10), height: .pt(14))
        let placedName = try fitter.fit(name, font: .heading, in: lineOne, maximum: .pt(8), minimum: .pt(6), horizontal: along, color: sheet.accentText,
                                        context: "comparison sheet footer, contact name")
        items += placedName.items
        let addressText = address.joined(separator: " · ")
        if !addressText.isEmpty {
            let room = rtl
                ? Rect(x: lineOne.minX, y: lineOne.minY, width: placedName.lineBounds.minX - .pt(8) - lineOne.minX, height: lineOne.height)
                : Rect(x: placedName.lineBounds.maxX + .pt(8), y: lineOne.minY, width: lineOne.maxX - placedName.lineBounds.maxX - .pt(8), height: lineOne.height)
            items += try fitter.fit(addressText, font: .body, in: room, maximum: max(.pt(7.5), floor), minimum: floor, horizontal: along,
                                    context: "comparison sheet footer, address").items
        }
        let lineTwo = lineOne.offsetBy(dy: .pt(11))
        let contactText = contact.filter { !$0.isEmpty }.joined(separator: "  ·  ")
        if !contactText.isEmpty {
            items += try fitter.fit(contactText, font: .body, in: lineTwo, maximum: max(.pt(7.5), floor), minimum: floor, horizontal: along,
                                    color: ComparisonStyle.muted, context: "comparison sheet footer, contact").items
        }
        let pageBox = Rect(x: rtl ? f.minX : f.maxX - pageWidth, y: lineOne.minY, width: pageWidth, height: lineOne.height)
        let pageText = try strings.text(.comparePage, ["page": .number(number), "total": .number(total)])
        items += try fitter.fit(pageText, font: .heading, in: pageBox, maximum: .pt(8), minimum: .pt(6),
                                horizontal: .trailing, context: "comparison sheet page number").items
        let data = try dataSourceText()
        if f.height > Self.footerHeight {
            // Too wide for one line at the floor: two lines, in the room `fitting` added to the footer.
            let dataBox = Rect(x: f.minX, y: lineTwo.maxY - .pt(2), width: f.width, height: f.maxY - (lineTwo.maxY - .pt(2)))
            items += try ParagraphFitter(typesetter: fitter.typesetter).fit(data, font: .body, in: dataBox, maximum: floor, minimum: floor, leading: 1.15,
                                                                           maxLines: 2, horizontal: along, color: ComparisonStyle.muted,
                                                                           context: "comparison sheet footer, data source").items
        } else {
            let dataBox = Rect(x: f.minX, y: lineTwo.maxY - .pt(2), width: f.width, height: .pt(11))
            items += try fitter.fit(data, font: .body, in: dataBox, maximum: max(.pt(6.5), floor), minimum: floor, horizontal: along,
                                    color: ComparisonStyle.muted, context: "comparison sheet footer, data source").items
        }
        return items
    }
}
