import Documents
import Foundation
import LeadCatalog

/// Default file names: the same from every front end, and different whenever an option changes what is printed.
///
/// The name is the kind, the series and the media, then a short word for each option that differs from its default,
/// in a fixed order: `tags-pro-avery-5160-sets5-by-lead-serial1000`. Options a name cannot spell in full (barcode data,
/// quote terms, camera patterns, orders written in a job) give their first words and four hex digits of their text,
/// so the name still reads as the document and two different documents never share it.
enum DefaultName {
    static func of(_ job: DocumentJob, catalog: () throws -> Catalog, brand: (String?) throws -> Brand? = { _ in nil }) throws -> String {
        var parts: [String]
        switch job {
        case .tags(let o):
            // An order chooses its series itself: name it by its file instead of an "all" it did not ask for.
            let seriesPart = o.hasOrder && o.series == .all ? orderPart(o) : series(o.series) + (o.hasOrder ? "-" + orderPart(o) : "")
            parts = ["tags", seriesPart, o.preset]
            if o.sets != 1 { parts.append("sets\(o.sets)") }
            if o.ends != 1 { parts.append("ends\(o.ends)") }
            if o.startAt != 1 { parts.append("from\(o.startAt)") }
            if o.collate != .camera { parts.append("by-\(o.collate.rawValue)") }
            if let serial = o.serial { parts.append("serial\(serial)") }
            if let barcode = o.barcode, barcode != "none" { parts.append(barcode.lowercased()) }
            if let data = o.barcodeData { parts.append("data-\(words(data))") }
            if let module = o.minModule { parts.append("module\(module.exactText)") }
            if o.outlines { parts.append("outlines") }
            if let template = o.template, template != "signal" { parts.append(slug(URL(fileURLWithPath: template).deletingPathExtension().lastPathComponent)) }
            if let names = o.endNames { parts.append("ends-\(slug(names.joined(separator: "-")))") }
            if let pattern = o.cameraPattern { parts.append("cameras-\(words(pattern))") }
            if o.mono == true { parts.append("mono") }
            parts += correction(offset: o.offset, scale: o.scale)
        case .card(let o):
            parts = ["card", series(o.series), o.preset]
            if let sheet = o.sheet { parts.append(sheet) }
            if o.duplex { parts.append("duplex") }
            if o.bleed != .mm(3) { parts.append("bleed\(o.bleed.exactText)") }
            if let brand = try brand(o.brand) { parts.append(slug(brand.name)) }
        case .compare(let o):
            let ids = try o.series.map(series) ?? catalog().series.prefix(2).map { $0.id.lowercased() }.joined(separator: "-")
            parts = ["compare", ids, o.page]
            if o.summaryOnly { parts.append("summary") }
            if o.differencesOnly { parts.append("differences") }
            if let quote = o.quote { parts.append(slug(quote)) } else if let customer = o.customer { parts.append(slug(customer)) }
            if let brand = try brand(o.brand) { parts.append(slug(brand.name)) }
            if !o.rows.isEmpty || !o.notes.isEmpty {
                let labels = o.rows.map(\.label).joined(separator: " ")
                parts.append(words((labels.isEmpty ? "notes" : labels), digestOf: (o.rows.map(\.commandLineText) + o.notes).joined(separator: "\n")))
            }
        case .swatches(let o):
            parts = ["swatches", o.page]
            if o.withCatalogColors { parts.append("catalog-colors") }
        case .calibrate(let o):
            parts = ["calibrate", o.preset]
            parts += correction(offset: o.offset, scale: o.scale)
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "-")
    }

    private static func series(_ selection: SeriesSelection) -> String {
        switch selection {
        case .all: "all"
        case .ids(let ids): ids.map { slug($0) }.joined(separator: "-")
        }
    }

    /// `order` for an order file named so, else `order-` and the file's name; `order-` and the camera count for an order in a job.
    private static func orderPart(_ o: TagsJob) -> String {
        if let file = o.orderFile {
            let name = slug(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
            return name.isEmpty || name == "order" ? "order" : name.hasPrefix("order") ? name : "order-" + name
        }
        guard let order = o.order else { return "order" }
        let cameras = (order.cameras?.count ?? 0) + (order.lines ?? []).reduce(0) { $0 + $1.quantity }
        return "order\(cameras)-\(String(digest("\(order)").prefix(4)))"
    }

    /// The printer correction spelled out: `offset1mm_-2mm`, `scale1.005`.
    private static func correction(offset: Offset?, scale: Double?) -> [String] {
        var parts: [String] = []
        if let offset {
            let spelled = "\(offset.x.exactText)_\(offset.y.exactText)".filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
            parts.append("offset" + spelled)
        }
        if let scale, scale != 1 { parts.append("scale\(scale)") }
        return parts
    }

    /// The first words of a text that cannot be spelled in full, and four hex digits of all of it, so two texts with
    /// the same first words still name different files: `data-camera-position-3f2a`.
    private static func words(_ text: String, digestOf whole: String? = nil) -> String {
        let start = String(slug(text).prefix(24)).trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        let tail = String(digest(whole ?? text).prefix(4))
        return start.isEmpty ? tail : start + "-" + tail
    }

    /// Lower-case letters, digits, dots and dashes: safe in a file name on every system. Letters outside ASCII are
    /// transliterated (`Sécurité Nord` → `securite-nord`, `北京` → `bei-jing`) rather than dropped.
    static func slug(_ text: String) -> String {
        var out = ""
        let ascii = text.unicodeScalars.allSatisfy(\.isASCII)
        let latin = ascii ? text : text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? text
        for scalar in latin.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." { out.unicodeScalars.append(scalar) }
            else if !out.hasSuffix("-") { out += "-" }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return String(trimmed.prefix(40))
    }

    /// Eight hex digits of FNV-1a over the text: stable across runs and machines, unlike Swift's seeded hashes.
    static func digest(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return String(format: "%08x", hash)
    }
}
