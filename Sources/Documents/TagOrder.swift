import LeadCatalog

/// The tags of a job in print order, computed by index so a job of any size needs no list of its tags.
///
/// Series follow one another; within a series, `sets` cameras each get every lead once, ordered
/// by camera or by lead as the collation asks. Serials run on in print order.
public struct TagOrder: Sendable {
    /// The series tagged, in order.
    public let series: [Series]
    /// Cameras per series.
    public let sets: Int
    /// Camera-by-camera or lead-by-lead.
    public let collation: TagCollation
    /// The serial of the first tag, or nil for no serials.
    public let serialStart: Int?
    /// Index of the first tag of each series.
    private let firstTag: [Int]

    /// Creates the order; fails when there is nothing to tag or the serials would pass ``serialLimit``.
    ///
    /// - Parameter ends: tags per wire: 2 marks both ends, the two tags printed together with the same serial.
    public init(series: [Series], sets: Int = 1, collation: TagCollation = .camera, serialStart: Int? = nil, ends: Int = 1) throws {
        guard !series.isEmpty else { throw DocumentError.invalidOption("no series to tag") }
        guard sets >= 1 else { throw DocumentError.invalidOption("--sets must be 1 or more (got \(sets))") }
        guard ends == 1 || ends == 2 else { throw DocumentError.invalidOption("--ends must be 1 or 2 (got \(ends))") }
        self.ends = ends
        if let serialStart, serialStart < 0 { throw DocumentError.invalidOption("--serial must be 0 or more (got \(serialStart))") }
        self.series = series; self.sets = sets; self.collation = collation; self.serialStart = serialStart
        var first: [Int] = []
        var total = 0
        for s in series {
            first.append(total)
            let (product, overflow) = (s.leadCount * ends).multipliedReportingOverflow(by: sets)
            let (sum, sumOverflow) = total.addingReportingOverflow(product)
            guard !overflow, !sumOverflow, sum <= Self.maxTags else {
                throw DocumentError.invalidOption("--sets \(sets) makes more than \(Self.maxTags) tags, the limit for one job")
            }
            total = sum
        }
        firstTag = first + [total]
        // Both ends of a wire share one serial.
        let wires = total / ends
        // Serials are printed, so keep them to a length a label can carry; this also rules out integer overflow.
        if let serialStart, serialStart > Self.serialLimit - wires {
            throw DocumentError.invalidOption("--serial \(serialStart) with \(wires) wires would pass \(Self.serialLimit), the largest serial printed")
        }
    }

    /// The most tags one job may print (about 330,000 Avery 5160 pages): bounds time and disk before any work starts.
    public static let maxTags = 10_000_000

    /// The largest serial a tag carries: twelve digits.
    public static let serialLimit = 999_999_999_999

    /// Tags per wire: 1, or 2 for both ends.
    public let ends: Int

    /// Tags in the whole job.
    public var count: Int { firstTag.last ?? 0 }

    /// The serial of the last tag, or nil without serials.
    public var lastSerial: Int? { serialStart.map { $0 + max(count / ends - 1, 0) } }

    /// The tag printed `index`-th (0-based).
    public func tag(at index: Int) -> Tag {
        precondition(index >= 0 && index < count, "tag index \(index) outside 0..<\(count)")
        var seriesIndex = 0
        while firstTag[seriesIndex + 1] <= index { seriesIndex += 1 }
        let s = series[seriesIndex]
        let within = (index - firstTag[seriesIndex]) / ends
        let leadIndex: Int, camera: Int
        switch collation {
        case .camera: (camera, leadIndex) = within.quotientAndRemainder(dividingBy: s.leadCount)
        case .lead: (leadIndex, camera) = within.quotientAndRemainder(dividingBy: sets)
        }
        return Tag(series: s, lead: s.leads[leadIndex], camera: camera + 1, serial: serialStart.map { $0 + index / ends })
    }
}
