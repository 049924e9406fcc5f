/// What a job prints: one case per document kind, each with its options.
///
/// A new document kind is a folder under `Sources/Documents/` plus one case here (and its options struct beside it).
public enum DocumentJob: Equatable, Sendable {
    case tags(TagsJob)
    case card(CardJob)
    case compare(CompareJob)
    case swatches(SwatchesJob)
    case calibrate(CalibrateJob)

    /// The kind's name, which is also its key in a job file.
    public var kind: String {
        switch self {
        case .tags: "tags"
        case .card: "card"
        case .compare: "compare"
        case .swatches: "swatches"
        case .calibrate: "calibrate"
        }
    }

    /// Every kind's name, in the order help text lists them.
    public static let kinds = ["tags", "card", "compare", "swatches", "calibrate"]

    /// The job with its file paths (those `pathFields` lists) passed through `resolve`, e.g. made absolute for a saved job file.
    public func resolvingPaths(_ resolve: (String) -> String) -> DocumentJob {
        switch self {
        case .compare(var job): job.brand = job.brand.map(resolve); return .compare(job)
        case .card(var job): job.brand = job.brand.map(resolve); return .card(job)
        case .tags(var job):
            job.orderFile = job.orderFile.map(resolve)
            job.summaryJSON = job.summaryJSON.map(resolve)
            if let template = job.template, Self.namesFile(template) { job.template = resolve(template) }
            return .tags(job)
        default: return self
        }
    }

    /// The fields that name a file, by job-file key, in key order: what `resolvingPaths` changes (the web app refuses them).
    public var pathFields: [(key: String, path: String)] {
        switch self {
        case .compare(let job): job.brand.map { [("brand", $0)] } ?? []
        case .card(let job): job.brand.map { [("brand", $0)] } ?? []
        case .tags(let job):
            [job.orderFile.map { ("order-file", $0) }, job.summaryJSON.map { ("summary-json", $0) },
             job.template.flatMap { Self.namesFile($0) ? ("template", $0) : nil }].compactMap { $0 }
        default: []
        }
    }

    /// A tag text template named as a file rather than a shipped name (see `PrintEngine.textTemplate(named:)`).
    static func namesFile(_ template: String) -> Bool {
        template.hasSuffix(".yaml") || template.hasSuffix(".yml") || template.contains("/")
    }

    /// Checks the options that need no catalog or preset.
    public func validate() throws {
        switch self {
        case .tags(let job): try job.validate()
        case .card(let job): try job.validate()
        case .compare(let job): try job.validate()
        case .swatches: break
        case .calibrate(let job): try job.validate()
        }
    }
}
