import Foundation
import Geometry
import Layout
import PrinterLanguages

/// How one job's tags become a printer's language: the encoder, the head's resolution and where the printable band starts.
public struct PrinterPlan: Sendable {
    /// The language and its encoder.
    public enum Encoder: Sendable {
        case ptouch(PTouchEncoder)
        case zpl(ZPLEncoder)
    }

    /// The encoder.
    public let encoder: Encoder
    /// The head's resolution: the tags are drawn at it.
    public let dpi: Double
    /// The first row of a tag's bitmap on the head's first band pin (P-touch); 0 for ZPL.
    public let firstRow: Int
    /// The preset the tags are laid out on.
    public let preset: Preset

    /// The plan for a format on a preset, with the job's settings; fails naming the presets that fit.
    static func make(format: OutputFormatName, preset: Preset, settings: PrinterSettings, dpi: Double?, library: PresetLibrary) throws -> PrinterPlan {
        let all = library.presets(ofKinds: [.roll])
        func fitting(_ language: PresetPrinter.Language, model: String? = nil) -> [String] {
            all.filter { preset in
                guard let printer = preset.printer, printer.language == language else { return false }
                guard let model else { return true }
                return printer.models.contains { $0 == model || (PTouchModel(name: $0) != nil && PTouchModel(name: $0) == PTouchModel(name: model)) }
            }.map(\.name)
        }
        let wanted: PresetPrinter.Language = format == .ptouch ? .ptouch : .zpl
        guard let printer = preset.printer, printer.language == wanted else {
            let what = preset.printer.map { "\($0.models.joined(separator: ", ")) (\($0.language.rawValue))" } ?? "no label printer leadprint drives directly"
            throw PrinterJobError.presetNotForFormat(preset: preset.name, format: wanted.rawValue, printer: what, fitting: fitting(wanted))
        }
        switch wanted {
        case .ptouch:
            try refuse(settings, ["--darkness": settings.darkness, "--speed": settings.speed, "--quantity": settings.quantity], language: "ZPL")
            let modelName = settings.model ?? printer.models[0]
            guard let model = PTouchModel(name: modelName) else {
                throw PrinterJobError.unknownModel(model: modelName, known: PTouchModel.allCases.map(\.rawValue))
            }
            guard printer.models.contains(where: { PTouchModel(name: $0) == model }) else {
                throw PrinterJobError.modelNotForPreset(model: model.rawValue, preset: preset.name, models: printer.models, fitting: fitting(.ptouch, model: model.rawValue))
            }
            if let dpi, Int(dpi) != model.dpi { throw PrinterJobError.dpiNotHead(dpi: dpi, allowed: "\(model.rawValue) prints at \(model.dpi) dpi") }
            // The page's height lies across the head: it is the tube's flat width.
            let width = preset.label.height
            guard let tube = PTouchTube.flatWidth(width.millimetres) else {
                throw PrinterJobError.notATube(preset: preset.name, width: "\(width.millimetres) mm")
            }
            var ptouch = PTouchSettings(model: model, tube: tube)
            let cut = settings.cut ?? .each
            ptouch.autoCut = cut != .none
            ptouch.halfCut = cut == .half
            ptouch.chainPrinting = settings.chain ?? false
            ptouch.noBufferClear = settings.noBufferClear ?? false
            let margin = settings.margin ?? PrinterSettings.defaultMargin
            guard (0...127).contains(margin.millimetres) else {
                throw PrinterJobError.setting(name: "--feed-margin", problem: "must be 0 to 127 mm (got \(margin.millimetres) mm)")
            }
            ptouch.marginDots = Int((margin.millimetres * Double(model.dpi) / 25.4).rounded())
            let encoder = try PTouchEncoder(settings: ptouch)
            // The printable band's top row: the band is centred on the tube, the head's band pins centred on it.
            let band = preset.printable ?? Rect(origin: .zero, size: preset.label)
            let bandTop = (band.minY.millimetres * Double(model.dpi) / 25.4)
            let slack = (band.height.millimetres * Double(model.dpi) / 25.4 - Double(encoder.printPins)) / 2
            return PrinterPlan(encoder: .ptouch(encoder), dpi: Double(model.dpi), firstRow: Int((bandTop + slack).rounded()), preset: preset)
        case .zpl:
            try refuse(settings, ["--feed-margin": settings.margin, "--cut": settings.cut, "--chain": settings.chain, "--no-buffer-clear": settings.noBufferClear],
                       language: "P-touch")
            let head = dpi ?? preset.dpi ?? 203
            var zpl = ZPLSettings(dpi: Int(head), continuous: preset.continuous)
            // Sleeve and tube run with the tag along the feed; die-cut labels sit across the head as drawn.
            zpl.alongFeed = preset.continuous
            guard Double(zpl.dpi) == head, ZPLSettings.resolutions.contains(zpl.dpi) else {
                throw PrinterJobError.dpiNotHead(dpi: head, allowed: "ZPL heads are 203, 300 or 600 dpi")
            }
            zpl.darkness = settings.darkness
            zpl.speed = settings.speed
            zpl.quantity = settings.quantity ?? 1
            return PrinterPlan(encoder: .zpl(try ZPLEncoder(settings: zpl)), dpi: head, firstRow: 0, preset: preset)
        }
    }

    /// Settings of the other language are mistakes, not silently ignored.
    private static func refuse(_ settings: PrinterSettings, _ fields: [String: Any?], language: String) throws {
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) where value.flatMap({ $0 }) != nil {
            throw PrinterJobError.setting(name: name, problem: "is a \(language) setting; this job is not \(language)")
        }
    }

    /// Media a run takes: tags, length in millimetres and cuts.
    public func tally(tags: Int) -> MediaTally {
        let lines = Int((preset.label.width.points * dpi / 72 - 1e-9).rounded(.up))
        switch encoder {
        case .ptouch(let e):
            let cuts = e.settings.autoCut ? (e.settings.chainPrinting ? max(0, tags - 1) : tags) : 0
            return MediaTally(tags: tags, millimetres: e.tubeLength(rasterLines: lines) * Double(tags), cuts: cuts, halfCuts: e.settings.halfCut)
        case .zpl(let e):
            let copies = tags * e.settings.quantity
            let length = e.settings.alongFeed ? preset.label.width : preset.label.height
            return MediaTally(tags: copies, millimetres: length.millimetres * Double(copies), cuts: 0, halfCuts: false)
        }
    }
}

/// The formats that are printer languages, by name, so this file needs no Render import.
enum OutputFormatName { case ptouch, zpl }

/// Media a printer-language run takes, for the job summary.
public struct MediaTally: Equatable, Sendable {
    /// Tags printed.
    public var tags: Int
    /// Media used, in millimetres (tube or label length, margins included).
    public var millimetres: Double
    /// Cuts the printer makes.
    public var cuts: Int
    /// Whether the cuts between tags are half cuts.
    public var halfCuts: Bool

    /// The summary lines.
    public var lines: [String] {
        let length = (millimetres * 10).rounded() / 10
        return ["media used: \(tags) tags, \(length) mm", "cuts: \(cuts)\(halfCuts && cuts > 0 ? " (half cuts between tags)" : "")"]
    }
}
