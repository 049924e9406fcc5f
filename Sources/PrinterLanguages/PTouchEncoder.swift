/// Brother P-touch raster commands: one tag bitmap in, the bytes of one page out, so a 100,000-tag job streams.
///
/// A tag's bitmap is the tag as it reads (its length across, the tube's flat width down). Each raster line is one
/// column of it: the printable band's rows `firstRow ..< firstRow + printPins` go to the band's pins, top row first.
public struct PTouchEncoder: Sendable {
    /// The job's settings.
    public let settings: PTouchSettings

    /// An encoder for a model and tube; fails when the model takes no tube.
    public init(settings: PTouchSettings) throws {
        guard settings.model.takesTube else { throw PrinterLanguageError.modelTakesNoTube(model: settings.model.rawValue) }
        self.settings = settings
    }

    /// ESC i S: asks for the 32-byte status.
    public static let statusRequest: [UInt8] = [0x1B, 0x69, 0x53]

    /// Invalidate and initialise, once at the start of a job.
    public func jobStart() -> [UInt8] {
        [UInt8](repeating: 0, count: settings.model.invalidateLength) + [0x1B, 0x40]
    }

    /// The pins of the printable band.
    public var printPins: Int { settings.tube.printPins(on: settings.model) }

    /// One tag: control codes, raster lines, then FF (more tags follow) or Control-Z (the last: print and feed).
    public func page(_ bitmap: MonoBitmap, firstRow: Int, index: Int, last: Bool) throws -> [UInt8] {
        let model = settings.model
        let lines = bitmap.width
        // Beyond this the printer refuses the page: 1 m of tube at either resolution is far past any tag.
        let limit = model.dpi * 1000 * 10 / 254
        guard lines <= limit else { throw PrinterLanguageError.rasterTooLarge(what: "one page on \(model.rawValue)", dots: lines, limit: limit) }
        var out: [UInt8] = []
        out.reserveCapacity(64 + lines * 8)
        out += [0x1B, 0x69, 0x61, 0x01]
        // n1: media kind, width valid, recovery on; n9: 0 for the first page, 1 for the rest.
        let count = UInt32(lines)
        out += [0x1B, 0x69, 0x7A, 0x86, PTouchTube.mediaKind, settings.tube.widthCode, 0x00,
                UInt8(count & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 24), index == 0 ? 0 : 1, 0x00]
        out += [0x1B, 0x69, 0x4D, settings.autoCut ? 0x40 : 0x00]
        if settings.autoCut { out += [0x1B, 0x69, 0x41, 0x01] }
        var advanced: UInt8 = 0
        if settings.halfCut { advanced |= 0x04 }
        if !settings.chainPrinting { advanced |= 0x08 }
        if settings.noBufferClear { advanced |= 0x80 }
        out += [0x1B, 0x69, 0x4B, advanced]
        let margin = UInt16(clamping: settings.marginDots)
        out += [0x1B, 0x69, 0x64, UInt8(margin & 0xFF), UInt8(margin >> 8)]
        out += [0x4D, 0x02]
        let left = settings.tube.leftPins(on: model), band = printPins
        var line = [UInt8](repeating: 0, count: model.bytesPerLine)
        for x in 0..<lines {
            for i in line.indices { line[i] = 0 }
            var inked = false
            for r in 0..<band {
                let y = firstRow + r
                guard y >= 0, y < bitmap.height, bitmap[x, y] else { continue }
                let pin = left + r
                line[pin / 8] |= 0x80 >> UInt8(pin % 8)
                inked = true
            }
            if !inked { out.append(0x5A); continue }
            let packed = PackBits.encode(line)
            out += [0x47, UInt8(packed.count & 0xFF), UInt8(packed.count >> 8)]
            out += packed
        }
        out.append(last ? 0x1A : 0x0C)
        return out
    }

    /// Tube one tag takes: its raster lines plus the margin fed before and after, in millimetres.
    public func tubeLength(rasterLines: Int) -> Double {
        Double(rasterLines + 2 * settings.marginDots) * 25.4 / Double(settings.model.dpi)
    }
}
