/// Where a tag run ended, so the next run continues a part-used sheet and the serial range without reading the PDF.
public struct TagRunSummary: Equatable, Sendable, Codable {
    /// Sheets (or roll tags) printed.
    public var sheets: Int
    /// Label positions used on the last sheet, counting labels skipped with `--start-at` or left empty.
    public var labelsOnLastSheet: Int
    /// The `--start-at` for the next run on the last sheet: 1 when it is full.
    public var nextStartAt: Int
    /// The serial the next run starts with, or nil when no serials were printed.
    public var nextSerial: Int?
    /// Labels on one sheet.
    public var labelsPerSheet: Int
    /// Tags printed.
    public var tags: Int
    /// Labels left blank between the first tag and the last so that no wire's pair of tags is split across rows.
    public var blanks: Int

    /// Creates a summary.
    public init(sheets: Int, labelsOnLastSheet: Int, nextStartAt: Int, nextSerial: Int?, labelsPerSheet: Int, tags: Int, blanks: Int = 0) {
        self.sheets = sheets; self.labelsOnLastSheet = labelsOnLastSheet; self.nextStartAt = nextStartAt
        self.nextSerial = nextSerial; self.labelsPerSheet = labelsPerSheet; self.tags = tags; self.blanks = blanks
    }

    enum CodingKeys: String, CodingKey { case sheets, labelsOnLastSheet, nextStartAt, nextSerial, labelsPerSheet, tags, blanks }

    /// Reads a summary; one written before blanks were counted has none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(sheets: try c.decode(Int.self, forKey: .sheets), labelsOnLastSheet: try c.decode(Int.self, forKey: .labelsOnLastSheet),
                  nextStartAt: try c.decode(Int.self, forKey: .nextStartAt), nextSerial: try c.decodeIfPresent(Int.self, forKey: .nextSerial),
                  labelsPerSheet: try c.decode(Int.self, forKey: .labelsPerSheet), tags: try c.decode(Int.self, forKey: .tags),
                  blanks: try c.decodeIfPresent(Int.self, forKey: .blanks) ?? 0)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sheets, forKey: .sheets)
        try c.encode(labelsOnLastSheet, forKey: .labelsOnLastSheet)
        try c.encode(nextStartAt, forKey: .nextStartAt)
        // null, not a missing key, when the run printed no serials: every consumer reads the same four keys.
        try c.encode(nextSerial, forKey: .nextSerial)
        try c.encode(labelsPerSheet, forKey: .labelsPerSheet)
        try c.encode(tags, forKey: .tags)
        // Only runs that left labels blank (pairs of --ends 2) say so: a single-ended run's summary reads as it always has.
        if blanks > 0 { try c.encode(blanks, forKey: .blanks) }
    }

    /// The summary as printed after a run, one fact a line; `option` words a job option the way the front end takes it
    /// (the command line's `--start-at`), so the next run's values can be typed as shown.
    public func lines(option: (JobField) -> String = { $0.rawValue }) -> [String] {
        if labelsPerSheet == 1 {
            // Roll media: every tag is its own page, and the roll simply runs on.
            return ["roll tags printed: \(sheets)"] + (nextSerial.map { ["next serial: \(option(.serial)) \($0)"] } ?? [])
        }
        var lines = [
            "sheets used: \(sheets)",
            "labels used on the last sheet: \(labelsOnLastSheet) of \(labelsPerSheet)",
            "next run on that sheet: \(option(.startAt)) \(nextStartAt)" + (nextStartAt == 1 ? " (the last sheet is full)" : ""),
        ]
        if blanks > 0 { lines.append("labels left blank to keep each pair in one row: \(blanks)") }
        if let nextSerial { lines.append("next serial: \(option(.serial)) \(nextSerial)") }
        return lines
    }
}
