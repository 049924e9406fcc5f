/// ZPL II: each tag one label format (`^XA … ^XZ`) holding the tag's bitmap as one compressed `^GFA` graphic field.
public struct ZPLEncoder: Sendable {
    /// The job's settings.
    public let settings: ZPLSettings

    /// An encoder; fails on a resolution, darkness, speed or quantity ZPL does not take.
    public init(settings: ZPLSettings) throws {
        guard ZPLSettings.resolutions.contains(settings.dpi) else {
            throw PrinterLanguageError.outOfRange(setting: "ZPL head resolution (dpi: 203, 300 or 600)", value: settings.dpi, allowed: 203...600)
        }
        if let darkness = settings.darkness, !(0...30).contains(darkness) {
            throw PrinterLanguageError.outOfRange(setting: "darkness", value: darkness, allowed: 0...30)
        }
        if let speed = settings.speed, !(1...14).contains(speed) { throw PrinterLanguageError.outOfRange(setting: "speed", value: speed, allowed: 1...14) }
        guard (1...99_999_999).contains(settings.quantity) else {
            throw PrinterLanguageError.outOfRange(setting: "quantity", value: settings.quantity, allowed: 1...99_999_999)
        }
        self.settings = settings
    }

    /// Settings that hold for the whole job, before the first label: darkness is a printer setting (`~SD`), not a format's.
    public func jobStart() -> [UInt8] {
        guard let darkness = settings.darkness else { return [] }
        return Array("~SD\(darkness < 10 ? "0" : "")\(darkness)\n".utf8)
    }

    /// One tag as one label format, turned to run along the feed when the settings say so.
    public func label(_ tag: MonoBitmap) throws -> [UInt8] {
        let bitmap = settings.alongFeed ? tag.rotatedClockwise() : tag
        // ^PW and ^LL take at most 32,000 dots.
        for (what, dots) in [("print width (^PW)", bitmap.width), ("label length (^LL)", bitmap.height)] where dots > 32_000 {
            throw PrinterLanguageError.rasterTooLarge(what: what, dots: dots, limit: 32_000)
        }
        var text = "^XA\n^MN\(settings.continuous ? "N" : "Y")^PW\(bitmap.width)^LL\(bitmap.height)^LH0,0"
        if let speed = settings.speed { text += "^PR\(speed)" }
        let total = bitmap.bytesPerRow * bitmap.height
        text += "\n^FO0,0^GFA,\(total),\(total),\(bitmap.bytesPerRow),"
        var out = Array(text.utf8)
        out += ZPLGraphic.compressed(bitmap)
        out += Array("^FS\n^PQ\(settings.quantity)\n^XZ\n".utf8)
        return out
    }
}
