import Layout
import YAMLSupport

/// What can go wrong while building a document; every case carries the values a front end needs to explain it.
public enum DocumentError: Error, CustomStringConvertible, Equatable {
    /// A preset of the wrong kind was given for this document.
    case wrongPresetKind(preset: String, kind: Preset.Kind, expected: [Preset.Kind])
    /// An option's value lies outside what the document accepts.
    case outOfRange(JobField, value: String, allowed: String)
    /// An option's value could not be read.
    case malformed(JobField, value: String, expected: String)
    /// An option needs another that was not given.
    case needs(JobField, JobField, because: String)
    /// No series in the catalog has this id.
    case unknownSeries(String, known: [String])
    /// A series is named twice.
    case duplicateSeries(String)
    /// The document takes a different number of series.
    case seriesCount(Int, allowed: ClosedRange<Int>)
    /// No barcode symbology has this name.
    case unknownBarcode(String, known: [String])
    /// A text or payload template names a field that does not exist, or has a stray brace.
    case badTemplate(template: String, problem: String)
    /// A tag's barcode payload came out empty or could not be encoded.
    case unencodablePayload(tag: String, payload: String, reason: String)
    /// A printer correction pushes a label's printable area off the media.
    case correctionOffMedia(label: Int, preset: String)
    /// Content does not fit.
    case doesNotFit(FitFailure)
    /// A tag text template file is malformed: every problem, located like any input file's.
    case badTextTemplate([YAMLProblem])
    /// No tag text template has this name.
    case unknownTextTemplate(String, known: [String])
    /// The labels left on the first sheet cannot take both tags of a wire.
    case pairDoesNotFit(startAt: Int, preset: String, labelsLeft: Int)

    public var description: String {
        switch self {
        case .wrongPresetKind(let preset, let kind, let expected):
            "preset \(preset) is a \(kind.rawValue) preset; this document takes a \(expected.map(\.rawValue).joined(separator: " or ")) preset"
        case .outOfRange(let field, let value, let allowed):
            "\(field.rawValue) must be \(allowed) (got \(Self.short(value)))"
        case .malformed(let field, let value, let expected):
            "\(field.rawValue) '\(Self.short(value))' is not \(expected)"
        case .needs(let field, let other, let reason):
            "\(field.rawValue) needs \(other.rawValue): \(reason)"
        case .unknownSeries(let id, let known):
            "unknown series '\(Self.short(id))' (known: \(known.joined(separator: ", ")))"
        case .duplicateSeries(let id):
            "series '\(id)' is named twice"
        case .seriesCount(let count, let allowed):
            "this document takes \(allowed.lowerBound) to \(allowed.upperBound) series, got \(count)"
        case .unknownBarcode(let name, let known):
            "unknown barcode '\(Self.short(name))' (known: \(known.joined(separator: ", ")))"
        case .badTemplate(let template, let problem):
            "template '\(Self.short(template))': \(problem)"
        case .unencodablePayload(let tag, let payload, let reason):
            "\(tag): the barcode payload '\(Self.short(payload))' \(reason)"
        case .correctionOffMedia(let label, let preset):
            "the printer correction moves the text area of label \(label) of \(preset) past the edge of the media"
        case .doesNotFit(let failure):
            failure.description
        case .badTextTemplate(let problems):
            problems.map(\.description).joined(separator: "\n")
        case .unknownTextTemplate(let name, let known):
            "unknown tag text template '\(Self.short(name))' (known: \(known.joined(separator: ", ")), or a .yaml file)"
        case .pairDoesNotFit(let startAt, let preset, let left):
            "start-at \(startAt) leaves \(left) label on the \(preset) sheet, too few for both ends of a wire (start at 1 on a new sheet)"
        }
    }

    /// Whether the error is about an option's value (out of range, malformed, needing another, moving text off the
    /// media), which a command line reports as a usage error, rather than about the data or the document.
    public var isUsageError: Bool {
        switch self {
        case .outOfRange, .malformed, .needs, .correctionOffMedia, .pairDoesNotFit, .unknownSeries, .duplicateSeries, .seriesCount,
             .unknownBarcode, .unknownTextTemplate: true
        default: false
        }
    }

    /// A value cut to a length that keeps a message on one readable line.
    static func short(_ value: String) -> String {
        let oneLine = value.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return oneLine.count > 60 ? String(oneLine.prefix(57)) + "..." : oneLine
    }
}
