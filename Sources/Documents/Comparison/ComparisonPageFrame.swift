import Barcodes
import DisplayList
import Geometry
import Layout
import LeadCatalog
import Typesetting

/// The parts every page of a comparison sheet shares: the quote header at the top, the company footer at the bottom, and the body between.
public struct ComparisonPageFrame {
    /// The page less its safe margin.
    public let content: Rect
    /// The header band.
    public let header: Rect
    /// Where the brand's logo goes, at the header's left, fitted to the logo's proportions; nil without a logo.
    public let logoArea: Rect?
    /// Where the title block goes, at the header's left (right of the logo).
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

    static let headerHeight = Length.pt(62)
    static let footerHeight = Length.pt(36)
    /// The tallest and widest a logo is drawn in the header.
    static let logoHeight = Length.pt(46)
    static let logoMaximumWidth = Length.pt(140)
    static let fieldRowHeight = Length.pt(12)

    /// Lays out the frame of a sheet's pages; `codeSide` reserves a square for a code at the header's right.
    public init(sheet: ComparisonSheet, codeSide: Length? = nil) {
        self.sheet = sheet
        content = Rect(origin: .zero, size: sheet.page.media).inset(by: sheet.page.safeMargin)
        header = Rect(x: content.minX, y: content.minY, width: content.width, height: Self.headerHeight)
        var right = header.maxX
        if let side = codeSide ?? (sheet.quoteCode == nil ? nil : Self.headerHeight) {
            codeArea = Rect(x: right - side, y: header.minY, width: side, height: side)
            right -= side + .pt(10)
        } else {
            codeArea = nil
        }
        let fieldsWidth = min(Length.pt(200), header.width * 0.4)
        fieldsArea = Rect(x: right - fieldsWidth, y: header.minY, width: fieldsWidth, height: header.height)
        var left = header.minX
        if let logo = sheet.brand?.logo {
            let size = logo.size(fittingHeight: Self.logoHeight, maximumWidth: Self.logoMaximumWidth)
            logoArea = Rect(x: left, y: header.minY + (Self.logoHeight - size.height) / 2 + .pt(2), width: size.width, height: size.height)
            left += size.width + .pt(14)
        } else {
            logoArea = nil
        }
        titleArea = Rect(x: left, y: header.minY, width: fieldsArea.minX - left - .pt(12), height: header.height)
        footer = Rect(x: content.minX, y: content.maxY - Self.footerHeight, width: content.width, height: Self.footerHeight)
        body = Rect(x: content.minX, y: header.maxY + .pt(18), width: content.width, height: footer.minY - .pt(12) - (header.maxY + .pt(18)))
    }

    /// The header and footer of page `number` of `total`, with the quote fields as placed table rows.
    func items(pageNumber number: Int, of total: Int, typesetter: Typesetter) throws -> (items: [Item], rows: [PlacedTableRow]) {
        let fitter = TextFitter(typesetter: typesetter)
        var items: [Item] = []
        if let logo = sheet.brand?.logo, let area = logoArea { items.append(.image(Image(source: logo, rect: area))) }
        // Title block: whose offer (the brand's name when there is no logo to say it), which series, from which catalog.
        let t = titleArea
        let kicker = sheet.brand.map { $0.logo == nil ? "\($0.name.uppercased()) · PRODUCT COMPARISON" : "PRODUCT COMPARISON" } ?? "FLYING-LEAD COMPARISON"
        items += try fitter.fit(kicker, font: .heading, in: Rect(x: t.minX, y: t.minY, width: t.width, height: .pt(10)),
                                maximum: .pt(8), minimum: .pt(6), color: sheet.accentText, context: "comparison sheet kicker").items
        items += try fitter.fit(sheet.title, font: .heading, in: Rect(x: t.minX, y: t.minY + .pt(12), width: t.width, height: .pt(26)),
                                maximum: .pt(20), minimum: .pt(9), context: "comparison sheet title").items
        items += try fitter.fit(sheet.catalog.info.title, font: .body, in: Rect(x: t.minX, y: t.minY + .pt(40), width: t.width, height: .pt(12)),
                                maximum: .pt(9), minimum: .pt(6), color: ComparisonStyle.muted, context: "comparison sheet catalog title").items
        // Quote fields: only those given, stacked from the top, so an absent field leaves neither label nor gap.
        var rows: [PlacedTableRow] = []
        let fields = sheet.header.fields
        if !fields.isEmpty {
            let table = try TableLayout(columns: [.init(.fixed(.pt(58)), alignment: .trailing), .init(.share(1))],
                                        x: fieldsArea.minX, width: fieldsArea.width, horizontalPadding: .pt(3), verticalPadding: .pt(1.5),
                                        typesetter: typesetter)
            var top = fieldsArea.minY
            for field in fields {
                let row = TableRow([TableCell(field.label, size: .pt(7.5), color: ComparisonStyle.muted),
                                    TableCell(field.value, font: .heading, size: .pt(9), minimumSize: .pt(6))],
                                   name: "quote field \(field.label)", minimumHeight: Self.fieldRowHeight)
                let placed = try table.place(row, top: top)
                items += placed.items
                rows.append(placed)
                top = placed.rect.maxY
            }
            items.append(.shape(.line(from: Point(x: fieldsArea.minX, y: fieldsArea.minY), to: Point(x: fieldsArea.minX, y: top),
                                      stroke: ComparisonStyle.rule)))
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

    /// The footer: who to contact (the brand, else the catalog's publisher) on two lines, then where the lead data comes from, in smaller type.
    private func footerItems(pageNumber number: Int, of total: Int, fitter: TextFitter) throws -> [Item] {
        let f = footer
        var items: [Item] = [.shape(.line(from: Point(x: f.minX, y: f.minY), to: Point(x: f.maxX, y: f.minY), stroke: ComparisonStyle.rule))]
        let publisher = sheet.catalog.publisher
        let name = sheet.brand?.name ?? publisher.name
        let address = sheet.brand?.address ?? [publisher.address].compactMap { $0 }
        let contact = sheet.brand?.contactLines ?? [publisher.phone.map { "Tel. \($0)" }, publisher.email, publisher.web].compactMap { $0 }
        let pageWidth = Length.pt(70)
        let lineOne = Rect(x: f.minX, y: f.minY + .pt(4), width: f.width - pageWidth - .pt(10), height: .pt(10))
        let placedName = try fitter.fit(name, font: .heading, in: lineOne, maximum: .pt(8), minimum: .pt(6), color: sheet.accentText,
                                        context: "comparison sheet footer, contact name")
        items += placedName.items
        let addressText = address.filter { !$0.isEmpty }.joined(separator: " · ")
        if !addressText.isEmpty {
            let room = Rect(x: placedName.lineBounds.maxX + .pt(8), y: lineOne.minY, width: lineOne.maxX - placedName.lineBounds.maxX - .pt(8), height: lineOne.height)
            items += try fitter.fit(addressText, font: .body, in: room, maximum: .pt(7.5), minimum: .pt(5), context: "comparison sheet footer, address").items
        }
        let lineTwo = lineOne.offsetBy(dy: .pt(11))
        let contactText = contact.filter { !$0.isEmpty }.joined(separator: "  ·  ")
        if !contactText.isEmpty {
            items += try fitter.fit(contactText, font: .body, in: lineTwo, maximum: .pt(7.5), minimum: .pt(5), context: "comparison sheet footer, contact").items
        }
        let pageBox = Rect(x: f.maxX - pageWidth, y: lineOne.minY, width: pageWidth, height: lineOne.height)
        items += try fitter.fit("Page \(number) of \(total)", font: .heading, in: pageBox, maximum: .pt(8), minimum: .pt(6),
                                horizontal: .trailing, context: "comparison sheet page number").items
        let info = sheet.catalog.info
        let data = "Lead data: \(publisher.name) bulletin “\(info.title)”, revision \(info.revision)."
        items += try fitter.fit(data, font: .body, in: Rect(x: f.minX, y: lineTwo.maxY + .pt(1.5), width: f.width, height: .pt(8)),
                                maximum: .pt(6.5), minimum: .pt(5), color: ComparisonStyle.muted, context: "comparison sheet footer, data source").items
        return items
    }
}
