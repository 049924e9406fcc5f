import Documents
import Foundation
import LeadCatalog

/// Default file names: the same from every front end, and different whenever an option changes what is printed.
///
/// The name is the kind, the series and the media, then a short word for each option that differs from its default,
/// in a fixed order: `tags-pro-avery-5160-sets5-by-lead-serial1000`.
enum DefaultName {
    static func of(_ job: DocumentJob, catalog: () throws -> Catalog, brand: (String?) throws -> Brand? = { _ in nil }) throws -> String {
        var parts: [String]
        switch job {
        case .tags(let o):
            parts = ["tags", series(o.series), o.preset]
            if o.sets != 1 { parts.append("sets\(o.sets)") }
            if o.ends != 1 { parts.append("ends\(o.ends)") }
            if o.startAt != 1 { parts.append("from\(o.startAt)") }
            if o.collate != .camera { parts.append("by-\(o.collate.rawValue)") }
            if let serial = o.serial { parts.append("serial\(serial)") }
            if let barcode = o.barcode, barcode != "none" { parts.append(barcode.lowercased()) }
            if let data = o.barcodeData { parts.append("data-\(digest(data))") }
            if let module = o.minModule { parts.append("module\(module.exactText)") }
            if o.outlines { parts.append("outlines") }
            if let file = o.orderFile { parts.append("order-\(slug(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent))") }
            if let order = o.order { parts.append("order-\(digest("\(order)"))") }
            if let template = o.template, template != "signal" { parts.append(slug(URL(fileURLWithPath: template).deletingPathExtension().lastPathComponent)) }
            if let names = o.endNames { parts.append("ends-\(slug(names.joined(separator: "-")))") }
            if let pattern = o.cameraPattern { parts.append("cameras-\(digest(pattern))") }
            if o.mono == true { parts.append("mono") }
            if o.offset != nil || o.scale != nil { parts.append("corrected-\(digest("\(o.offset?.description ?? "")/\(o.scale ?? 1)"))") }
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
                parts.append("terms-\(digest((o.rows.map(\.commandLineText) + o.notes).joined(separator: "\n")))")
            }
        case .swatches(let o):
            parts = ["swatches", o.page]
            if o.withCatalogColors { parts.append("catalog-colors") }
        case .calibrate(let o):
            parts = ["calibrate", o.preset]
            if o.offset != nil || o.scale != nil { parts.append("corrected-\(digest("\(o.offset?.description ?? "")/\(o.scale ?? 1)"))") }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "-")
    }

    private static func series(_ selection: SeriesSelection) -> String {
        switch selection {
        case .all: "all"
        case .ids(let ids): ids.map { slug($0) }.joined(separator: "-")
        }
    }

    /// Lower-case letters, digits, dots and dashes: safe in a file name on every system.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
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
