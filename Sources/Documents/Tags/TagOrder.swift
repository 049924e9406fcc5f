import LeadCatalog
import Orders

/// The tags of a job in print order, computed by index so a job of any size needs no list of its tags.
///
/// An order's lines print as one run: cameras follow one another through the order (`{set}` counts them from 1
/// across every line), and serials run on in print order. With camera collation each camera gets every lead of its
/// series in turn; with lead collation, each series (in order of first appearance) prints one lead for every
/// camera of that series before the next lead.
public struct TagOrder: Sendable {
    /// A run of consecutive cameras of one series in the order.
    struct Block: Sendable {
        var series: Series
        var count: Int
        /// Named cameras, or empty when the block's cameras are named by the pattern.
        var cameras: [OrderCamera]
        /// The order-wide number of the block's first camera, from 1.
        var firstSet: Int
        /// Location and fields of the block's pattern-named cameras.
        var location = ""
        var fields: [String: String] = [:]
    }

    /// A stretch of tags printed together: one block (camera collation) or every block of a series (lead collation).
    struct Section: Sendable {
        var series: Series
        var blocks: [Int]
        /// Cameras before each block within the section.
        var blockStarts: [Int]
        var cameras: Int
    }

    /// The distinct series tagged, in order of first appearance.
    public let series: [Series]
    /// Camera-by-camera or lead-by-lead.
    public let collation: TagCollation
    /// The serial of the first tag, or nil for no serials.
    public let serialStart: Int?
    /// Tags per wire: 1, or 2 for both ends.
    public let ends: Int
    /// What the tags of a wire's two ends say in `{end}`.
    public let endNames: [String]
    /// How cameras given only by quantity are named.
    public let cameraPattern: PayloadTemplate
    /// The order's extra field names, which templates may use.
    public let fieldNames: [String]
    /// Cameras in the whole order.
    public let cameraCount: Int
    private let blocks: [Block]
    private let sections: [Section]
    /// Index of the first tag of each section, plus the total.
    private let firstTag: [Int]

    /// The ends' names when none are given.
    public static let defaultEndNames = ["A", "B"]

    /// Creates the order for `sets` cameras of each series, named by the default pattern.
    public init(series: [Series], sets: Int = 1, collation: TagCollation = .camera, serialStart: Int? = nil, ends: Int = 1) throws {
        guard !series.isEmpty else { throw DocumentError.seriesCount(0, allowed: 1...Int.max) }
        guard sets >= 1 else { throw DocumentError.outOfRange(.sets, value: String(sets), allowed: "1 or more") }
        let order = Order(lines: series.map { OrderLine(series: $0.id, quantity: sets) })
        try self.init(order: order, series: series, collation: collation, serialStart: serialStart, ends: ends)
    }

    /// Creates the tags of an order whose series ids are resolved against `series` (see `Order.resolved(knownSeries:)`).
    ///
    /// - Parameters:
    ///   - ends: tags per wire: 2 marks both ends, the two tags printed together with the same serial.
    ///   - endNames: what `{end}` says on each end's tag (two names when `ends` is 2).
    ///   - cameraPattern: how cameras of quantity lines are named, from `{set}` and `{series}`.
    public init(order: Order, series catalogSeries: [Series], collation: TagCollation = .camera, serialStart: Int? = nil, ends: Int = 1,
                endNames: [String] = TagOrder.defaultEndNames, cameraPattern: String = Order.defaultCameraPattern) throws {
        guard ends == 1 || ends == 2 else { throw DocumentError.outOfRange(.ends, value: String(ends), allowed: "1 or 2") }
        if ends == 2 {
            guard endNames.count == 2, endNames.allSatisfy({ !$0.isEmpty }), endNames[0] != endNames[1] else {
                throw DocumentError.outOfRange(.endNames, value: endNames.joined(separator: ","), allowed: "two different names, such as A,B or CAM,PANEL")
            }
        }
        if let serialStart, serialStart < 0 { throw DocumentError.outOfRange(.serial, value: String(serialStart), allowed: "0 or more") }
        let resolved = try order.resolved(knownSeries: catalogSeries.map(\.id))
        do { self.cameraPattern = try PayloadTemplate(cameraPattern) } catch DocumentError.badTemplate(_, let problem) {
            throw DocumentError.malformed(.cameraPattern, value: cameraPattern, expected: "a pattern such as CAM-{set:02} (\(problem))")
        }
        guard self.cameraPattern.usesOnly(["set", "series"]) else {
            throw DocumentError.malformed(.cameraPattern, value: cameraPattern, expected: "a pattern of {set} and {series}, such as CAM-{set:02}")
        }
        self.ends = ends; self.endNames = endNames; self.collation = collation; self.serialStart = serialStart
        fieldNames = resolved.fieldNames

        var blocks: [Block] = []
        var set = 1
        for line in resolved.lines {
            guard let s = catalogSeries.first(where: { $0.id == line.series }) else { continue }
            blocks.append(Block(series: s, count: line.quantity, cameras: line.cameras, firstSet: set, location: line.location, fields: line.fields))
            set += line.quantity
        }
        cameraCount = set - 1
        var seen: [String] = []
        for block in blocks where !seen.contains(block.series.id) { seen.append(block.series.id) }
        series = seen.compactMap { id in catalogSeries.first { $0.id == id } }

        var sections: [Section] = []
        switch collation {
        case .camera:
            sections = blocks.indices.map { Section(series: blocks[$0].series, blocks: [$0], blockStarts: [0], cameras: blocks[$0].count) }
        case .lead:
            for s in series {
                var members: [Int] = [], starts: [Int] = [], cameras = 0
                for (i, block) in blocks.enumerated() where block.series.id == s.id {
                    members.append(i); starts.append(cameras); cameras += block.count
                }
                sections.append(Section(series: s, blocks: members, blockStarts: starts, cameras: cameras))
            }
        }
        var first: [Int] = []
        var total = 0
        for section in sections {
            first.append(total)
            let (product, overflow) = (section.series.leadCount * ends).multipliedReportingOverflow(by: section.cameras)
            let (sum, sumOverflow) = total.addingReportingOverflow(product)
            guard !overflow, !sumOverflow, sum <= Self.maxTags else {
                throw DocumentError.outOfRange(.sets, value: String(section.cameras), allowed: "at most \(Self.maxTags) tags a job")
            }
            total = sum
        }
        self.blocks = blocks; self.sections = sections
        firstTag = first + [total]
        // Both ends of a wire share one serial.
        let wires = total / ends
        // Serials are printed, so keep them to a length a label can carry; this also rules out integer overflow.
        if let serialStart, serialStart > Self.serialLimit - wires {
            throw DocumentError.outOfRange(.serial, value: String(serialStart), allowed: "at most \(Self.serialLimit - wires + 1) for \(wires) wires (the largest serial printed is \(Self.serialLimit))")
        }
    }

    /// The most tags one job may print (about 330,000 Avery 5160 pages): bounds time and disk before any work starts.
    public static let maxTags = 10_000_000

    /// The largest serial a tag carries: twelve digits.
    public static let serialLimit = 999_999_999_999

    /// Tags in the whole job.
    public var count: Int { firstTag.last ?? 0 }

    /// Wires in the whole job (tags over ends).
    public var wireCount: Int { count / ends }

    /// The serial of the last tag, or nil without serials.
    public var lastSerial: Int? { serialStart.map { $0 + max(count / ends - 1, 0) } }

    /// The serial the next run continues with, or nil without serials.
    public var nextSerial: Int? { serialStart.map { $0 + count / ends } }

    /// The tag printed `index`-th (0-based).
    public func tag(at index: Int) -> Tag {
        precondition(index >= 0 && index < count, "tag index \(index) outside 0..<\(count)")
        var lo = 0, hi = sections.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if firstTag[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        let section = sections[lo]
        let s = section.series
        let within = (index - firstTag[lo]) / ends
        let leadIndex: Int, camera: Int
        switch collation {
        case .camera: (camera, leadIndex) = within.quotientAndRemainder(dividingBy: s.leadCount)
        case .lead: (leadIndex, camera) = within.quotientAndRemainder(dividingBy: section.cameras)
        }
        var member = section.blocks.count - 1
        while section.blockStarts[member] > camera { member -= 1 }
        let block = blocks[section.blocks[member]]
        let offset = camera - section.blockStarts[member]
        let set = block.firstSet + offset
        var tag = Tag(series: s, lead: s.leads[leadIndex], camera: set, serial: serialStart.map { $0 + index / ends },
                      end: ends == 2 ? endNames[index % 2] : "")
        if block.cameras.isEmpty {
            tag.cameraID = cameraPattern.expand { $0 == "set" ? String(set) : $0 == "series" ? s.id : nil }
            tag.location = block.location; tag.fields = block.fields
        } else {
            let named = block.cameras[offset]
            tag.cameraID = named.id; tag.location = named.location; tag.fields = named.fields
        }
        return tag
    }
}
