import PrinterLanguages

/// Reads a P-touch raster stream back: every command in order, and each page's raster lines unpacked.
/// Written from Brother's raster command reference, independent of the encoder, so tests can check it.
struct PTouchDecoder {
    enum Command: Equatable, CustomStringConvertible {
        case invalidate(Int)
        case initialize
        case rasterMode(UInt8)
        case printInformation(valid: UInt8, kind: UInt8, width: UInt8, length: UInt8, lines: UInt32, page: UInt8)
        case mode(UInt8)
        case cutEvery(UInt8)
        case advanced(UInt8)
        case margin(UInt16)
        case compression(UInt8)
        case raster([UInt8])
        case zero
        case print
        case printAndFeed
        case statusRequest

        /// The command's kind without its data: what an independent encoder is compared on.
        var name: String {
            switch self {
            case .invalidate: "invalidate"
            case .initialize: "ESC @"
            case .rasterMode: "ESC i a"
            case .printInformation: "ESC i z"
            case .mode: "ESC i M"
            case .cutEvery: "ESC i A"
            case .advanced: "ESC i K"
            case .margin: "ESC i d"
            case .compression: "M"
            case .raster: "G"
            case .zero: "Z"
            case .print: "FF"
            case .printAndFeed: "Ctrl-Z"
            case .statusRequest: "ESC i S"
            }
        }

        var description: String { name }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// The commands of a stream; raster lines are unpacked with PackBits when `M 02` was given.
    static func commands(_ bytes: [UInt8], bytesPerLine: Int) throws -> [Command] {
        var out: [Command] = []
        var i = 0
        var packed = false
        func need(_ n: Int) throws { guard i + n <= bytes.count else { throw Failure(description: "stream ends inside a command at \(i)") } }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x00:
                var n = 0
                while i < bytes.count, bytes[i] == 0 { n += 1; i += 1 }
                out.append(.invalidate(n))
            case 0x1B:
                try need(2)
                if bytes[i + 1] == 0x40 { out.append(.initialize); i += 2; continue }
                guard bytes[i + 1] == 0x69 else { throw Failure(description: "unknown ESC \(bytes[i + 1]) at \(i)") }
                try need(3)
                let c = bytes[i + 2]
                switch c {
                case 0x61: try need(4); out.append(.rasterMode(bytes[i + 3])); i += 4
                case 0x7A:
                    try need(13)
                    let n = Array(bytes[(i + 3)..<(i + 13)])
                    let lines = UInt32(n[4]) | UInt32(n[5]) << 8 | UInt32(n[6]) << 16 | UInt32(n[7]) << 24
                    out.append(.printInformation(valid: n[0], kind: n[1], width: n[2], length: n[3], lines: lines, page: n[8]))
                    i += 13
                case 0x4D: try need(4); out.append(.mode(bytes[i + 3])); i += 4
                case 0x41: try need(4); out.append(.cutEvery(bytes[i + 3])); i += 4
                case 0x4B: try need(4); out.append(.advanced(bytes[i + 3])); i += 4
                case 0x64: try need(5); out.append(.margin(UInt16(bytes[i + 3]) | UInt16(bytes[i + 4]) << 8)); i += 5
                case 0x53: out.append(.statusRequest); i += 3
                default: throw Failure(description: "unknown ESC i \(c) at \(i)")
                }
            case 0x4D: try need(2); packed = bytes[i + 1] == 0x02; out.append(.compression(bytes[i + 1])); i += 2
            case 0x47, 0x67:
                try need(3)
                let n = Int(bytes[i + 1]) | Int(bytes[i + 2]) << 8
                try need(3 + n)
                let data = Array(bytes[(i + 3)..<(i + 3 + n)])
                let line = packed ? PackBits.decode(data) : data
                guard let line, line.count == bytesPerLine else { throw Failure(description: "raster line at \(i) unpacks to \(String(describing: PackBits.decode(data)?.count)) bytes, not \(bytesPerLine)") }
                out.append(.raster(line))
                i += 3 + n
            case 0x5A: out.append(.zero); i += 1
            case 0x0C: out.append(.print); i += 1
            case 0x1A: out.append(.printAndFeed); i += 1
            default: throw Failure(description: "unknown byte \(b) at \(i)")
            }
        }
        return out
    }

    /// Each page's band as a bitmap (raster lines across, band pins down), read back from its raster lines.
    static func pages(_ commands: [Command], leftPin: Int, bandPins: Int) -> [MonoBitmap] {
        var pages: [MonoBitmap] = []
        var lines: [[UInt8]?] = []
        for command in commands {
            switch command {
            case .raster(let line): lines.append(line)
            case .zero: lines.append(nil)
            case .print, .printAndFeed:
                var page = MonoBitmap(width: lines.count, height: bandPins)
                for (x, line) in lines.enumerated() {
                    guard let line else { continue }
                    for r in 0..<bandPins where line[(leftPin + r) / 8] & (0x80 >> UInt8((leftPin + r) % 8)) != 0 { page[x, r] = true }
                }
                pages.append(page)
                lines = []
            default: break
            }
        }
        return pages
    }
}
