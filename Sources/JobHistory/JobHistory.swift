import Foundation
import GRDB

/// The job history: one SQLite file (WAL mode, so readers never wait for a writer) that any number of threads and
/// processes record into, migrated to the current schema when opened.
public final class JobHistory: Sendable {
    /// The database file.
    public let path: String
    private let pool: DatabasePool

    /// Opens the history at `path`, creating the file (not its folder) on first use and migrating an older one.
    public init(path: String) throws(HistoryError) {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .cannotOpen(path: path, reason: "its folder does not exist")
        }
        var configuration = Configuration()
        // Another process (the web server, a second command line) may hold the write lock for one job's insert.
        configuration.busyMode = .timeout(30)
        configuration.label = "leadprint.history"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try HistorySchema.migrator.migrate(pool)
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// Records a job and, when given, the sheet state it leaves, in one transaction; returns the entry with its number.
    @discardableResult
    public func record(_ entry: JobEntry, sheet: SheetState? = nil) throws(HistoryError) -> JobEntry {
        try access { pool in
            try pool.write { db in
                var entry = entry
                try entry.insert(db)
                if let sheet { try sheet.save(db) }
                return entry
            }
        }
    }

    /// The newest entries first, at most `limit`.
    public func list(limit: Int = 50) throws(HistoryError) -> [JobEntry] {
        try access { pool in
            try pool.read { db in try JobEntry.order(Column("id").desc).limit(limit).fetchAll(db) }
        }
    }

    /// Entries whose order, camera IDs, customer or job file contain `text` (any case), newest first.
    public func search(_ text: String, limit: Int = 50) throws(HistoryError) -> [JobEntry] {
        let pattern = "%" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try access { pool in
            try pool.read { db in
                try JobEntry.fetchAll(db, sql: """
                    SELECT * FROM job WHERE keywords LIKE ?1 ESCAPE '\\' OR jobFile LIKE ?1 ESCAPE '\\' OR summary LIKE ?1 ESCAPE '\\'
                    ORDER BY id DESC LIMIT ?2
                    """, arguments: [pattern, limit])
            }
        }
    }

    /// The entry numbered `id`.
    public func entry(_ id: Int64) throws(HistoryError) -> JobEntry {
        let found = try access { pool in try pool.read { db in try JobEntry.fetchOne(db, key: id) } }
        guard let found else { throw .noSuchEntry(id: id) }
        return found
    }

    /// How many entries the history holds.
    public func count() throws(HistoryError) -> Int {
        try access { pool in try pool.read { db in try JobEntry.fetchCount(db) } }
    }

    /// Where the next job on `stock` in `printer` starts; nil for a stock not used yet.
    public func sheetState(stock: String, printer: String = "") throws(HistoryError) -> SheetState? {
        try access { pool in
            try pool.read { db in try SheetState.fetchOne(db, key: ["stock": stock, "printer": printer]) }
        }
    }

    /// Every stock's state, by name.
    public func sheetStates() throws(HistoryError) -> [SheetState] {
        try access { pool in
            try pool.read { db in try SheetState.order(Column("stock"), Column("printer")).fetchAll(db) }
        }
    }

    /// Sets a stock's state by hand (a sheet replaced, a serial range changed).
    public func setSheetState(_ state: SheetState) throws(HistoryError) {
        try access { pool in try pool.write { db in try state.save(db) } }
    }

    /// Runs a database call, its failure worded with the file.
    private func access<T>(_ body: (DatabasePool) throws -> T) throws(HistoryError) -> T {
        do { return try body(pool) } catch let error as HistoryError { throw error } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
    }

    /// SQLite's message, without GRDB's SQL text.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        return "\(error)"
    }
}
