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
