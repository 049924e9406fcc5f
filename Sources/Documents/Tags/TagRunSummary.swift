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

    /// Creates a summary.
    public init(sheets: Int, labelsOnLastSheet: Int, nextStartAt: Int, nextSerial: Int?, labelsPerSheet: Int, tags: Int) {
        self.sheets = sheets; self.labelsOnLastSheet = labelsOnLastSheet; self.nextStartAt = nextStartAt
        self.nextSerial = nextSerial; self.labelsPerSheet = labelsPerSheet; self.tags = tags
    }

    enum CodingKeys: String, CodingKey { case sheets, labelsOnLastSheet, nextStartAt, nextSerial, labelsPerSheet, tags }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sheets, forKey: .sheets)
        try c.encode(labelsOnLastSheet, forKey: .labelsOnLastSheet)
        try c.encode(nextStartAt, forKey: .nextStartAt)
        // null, not a missing key, when the run printed no serials: every consumer reads the same four keys.
        try c.encode(nextSerial, forKey: .nextSerial)
        try c.encode(labelsPerSheet, forKey: .labelsPerSheet)
        try c.encode(tags, forKey: .tags)
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
        if let nextSerial { lines.append("next serial: \(option(.serial)) \(nextSerial)") }
        return lines
    }
}
