/// Brother's 32-byte status reply (to ESC i S, or sent on its own when a job fails): model, loaded media and errors.
public struct BrotherStatus: Equatable, Sendable {
    /// A printer error by the name Brother gives it.
    public enum Problem: String, CaseIterable, Sendable {
        case noMedia = "no media", endOfMedia = "end of media", cutterJam = "cutter jam", weakBatteries = "weak batteries",
             printerInUse = "printer in use", highVoltageAdapter = "high-voltage adapter", fanMotor = "fan motor error",
             replaceMedia = "replace media", expansionBufferFull = "expansion buffer full", communication = "communication error",
             communicationBufferFull = "communication buffer full", coverOpen = "cover open", overheating = "overheating",
             blackMarkNotDetected = "black marking not detected", system = "system error"
    }

    /// The model code (byte 4).
    public let modelCode: UInt8
    /// The loaded media's width in millimetres (byte 10); 0 with no media.
    public let mediaWidth: UInt8
    /// The loaded media's kind (byte 11): 0x00 none, 0x01 laminated, 0x03 non-laminated, 0x11 heat-shrink 2:1, 0x17 heat-shrink 3:1, 0xFF incompatible.
    public let mediaKind: UInt8
    /// Error information 1 and 2 (bytes 8 and 9).
    public let errorBits: (UInt8, UInt8)

    /// Reads a reply; fails naming what is wrong with it.
    public init(_ bytes: [UInt8]) throws {
        guard bytes.count == 32 else { throw PrinterLanguageError.malformedStatus(length: bytes.count, detail: "it must be 32 bytes") }
        guard bytes[0] == 0x80, bytes[1] == 0x20, bytes[2] == 0x42 else {
            throw PrinterLanguageError.malformedStatus(length: 32, detail: "it must start 80 20 42")
        }
        modelCode = bytes[4]; errorBits = (bytes[8], bytes[9]); mediaWidth = bytes[10]; mediaKind = bytes[11]
    }

    /// A reply as a printer would send it: for printer stand-ins in tests and for documentation.
    public static func reply(model: PTouchModel, mediaWidth: UInt8, mediaKind: UInt8, problems: [Problem] = []) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 32)
        bytes[0] = 0x80; bytes[1] = 0x20; bytes[2] = 0x42; bytes[3] = 0x30; bytes[4] = model.statusCode; bytes[5] = 0x30
        for problem in problems {
            let (index, bit) = Self.bit(of: problem)
            bytes[8 + index] |= bit
        }
        bytes[10] = mediaWidth; bytes[11] = mediaKind
        return bytes
    }

    /// The model, when its code is known.
    public var model: PTouchModel? { PTouchModel(statusCode: modelCode) }

    /// The errors the printer reports, in Brother's bit order.
    public var problems: [Problem] {
        Problem.allCases.filter {
            let (index, bit) = Self.bit(of: $0)
            return (index == 0 ? errorBits.0 : errorBits.1) & bit != 0
        }
    }

    /// The loaded media in words: `8.8 mm HSe tube`, `12 mm laminated tape`, `no media`.
    public var mediaDescription: String {
        switch mediaKind {
        case 0x00: return "no media"
        case PTouchTube.mediaKind: return "\(PTouchTube.reported(mediaWidth)?.name ?? "\(mediaWidth) mm") HSe tube"
        case 0x17: return "\(mediaWidth) mm HSe 3:1 tube"
        case 0x01: return "\(mediaWidth) mm laminated tape"
        case 0x03: return "\(mediaWidth) mm non-laminated tape"
        case 0xFF: return "incompatible media"
        default: return "\(mediaWidth) mm media of kind \(String(mediaKind, radix: 16))h"
        }
    }

    /// Byte (0 or 1 past byte 8) and bit of each error in the reply.
    private static func bit(of problem: Problem) -> (Int, UInt8) {
        switch problem {
        case .noMedia: (0, 0x01)
        case .endOfMedia: (0, 0x02)
        case .cutterJam: (0, 0x04)
        case .weakBatteries: (0, 0x08)
        case .printerInUse: (0, 0x10)
        case .highVoltageAdapter: (0, 0x40)
        case .fanMotor: (0, 0x80)
        case .replaceMedia: (1, 0x01)
        case .expansionBufferFull: (1, 0x02)
        case .communication: (1, 0x04)
        case .communicationBufferFull: (1, 0x08)
        case .coverOpen: (1, 0x10)
        case .overheating: (1, 0x20)
        case .blackMarkNotDetected: (1, 0x40)
        case .system: (1, 0x80)
        }
    }

    public static func == (a: BrotherStatus, b: BrotherStatus) -> Bool {
        a.modelCode == b.modelCode && a.mediaWidth == b.mediaWidth && a.mediaKind == b.mediaKind && a.errorBits == b.errorBits
    }
}
