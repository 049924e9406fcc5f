/// A printer-language job that cannot be made as asked: the wrong preset, model or settings for the format.
public enum PrinterJobError: Error, Equatable, Sendable {
    /// The format prints tags (and calibration tags) only.
    case notTags(format: String, document: String)
    /// The preset is for another printer (or none); `fitting` lists the presets for the format.
    case presetNotForFormat(preset: String, format: String, printer: String, fitting: [String])
    /// The model is not one the preset is for; `fitting` lists the presets that are.
    case modelNotForPreset(model: String, preset: String, models: [String], fitting: [String])
    /// The model name is not a model leadprint knows for the format.
    case unknownModel(model: String, known: [String])
    /// The preset's flat width is no HSe tube.
    case notATube(preset: String, width: String)
    /// The resolution asked for differs from the head's.
    case dpiNotHead(dpi: Double, allowed: String)
    /// A tag inks a row the head's band does not reach.
    case inkOutsideBand(tag: Int, row: Int, band: Range<Int>, preset: String)
    /// A setting that belongs to the other language, or is out of range.
    case setting(name: String, problem: String)
}

extension PrinterJobError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notTags(let format, let document): "--format \(format) prints tags on a label printer; a \(document) cannot be"
        case .presetNotForFormat(let preset, let format, let printer, let fitting):
            "preset \(preset) is for \(printer), not --format \(format); presets for \(format): \(fitting.joined(separator: ", "))"
        case .modelNotForPreset(let model, let preset, let models, let fitting):
            "preset \(preset) is for \(models.joined(separator: ", ")), not \(model); presets for \(model): "
                + (fitting.isEmpty ? "none" : fitting.joined(separator: ", "))
        case .unknownModel(let model, let known): "unknown printer model '\(model)'; known: \(known.joined(separator: ", "))"
        case .notATube(let preset, let width): "preset \(preset) is \(width) wide, which is no Brother HSe tube (5.8, 8.8, 11.7, 17.7 or 23.6 mm)"
        case .dpiNotHead(let dpi, let allowed): "--dpi \(dpi) is not the printer's head: \(allowed)"
        case .setting(let name, let problem): "\(name) \(problem)"
        case .inkOutsideBand(let tag, let row, let band, let preset):
            "tag \(tag) inks dot row \(row), outside the rows \(band.lowerBound) to \(band.upperBound - 1) the print head reaches on \(preset)'s tube: its printable band is wider than the head's"
        }
    }
}
