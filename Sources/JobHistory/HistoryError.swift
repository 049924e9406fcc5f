/// What can go wrong with the job history: each case carries the file or entry it is about, worded by the front ends.
public enum HistoryError: Error, Equatable, Sendable {
    /// The database file cannot be opened or created (a missing folder, no permission, not a SQLite file).
    case cannotOpen(path: String, reason: String)
    /// A read or write failed on an open database.
    case database(path: String, reason: String)
    /// No entry has this number.
    case noSuchEntry(id: Int64)
    /// A stock name that cannot name a sheet (empty, or with control characters).
    case badStockName(String)
    /// The stock's remembered sheet has a different number of labels than the job's media.
    case stockMismatch(stock: String, rememberedLabels: Int, preset: String, labels: Int)
    /// A reprint rendered bytes other than the recorded ones (hashes in hex).
    case reprintDiffers(id: Int64, expected: String, got: String)
}

extension HistoryError: CustomStringConvertible {
    /// One line naming the culprit.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "job history '\(path)': \(reason)"
        case .database(let path, let reason): "job history '\(path)': \(reason)"
        case .noSuchEntry(let id): "job history: no entry \(id)"
        case .badStockName(let name): "stock name '\(name)' must be 1 to 100 printable characters"
        case .stockMismatch(let stock, let remembered, let preset, let labels):
            "stock '\(stock)' holds sheets of \(remembered) labels, but preset \(preset) has \(labels): name another stock"
        case .reprintDiffers(let id, let expected, let got): Self.differs(id: id, expected: expected, got: got)
        }
    }
}

extension HistoryError {
    /// Wording for a reprint whose bytes differ from the recorded ones.
    static func differs(id: Int64, expected: String, got: String) -> String {
        "job history: entry \(id) renders different bytes now (SHA-256 \(got.prefix(12))…, recorded \(expected.prefix(12))…): its catalog, presets, order file or fonts changed since; nothing was written or sent"
    }
}
