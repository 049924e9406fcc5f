import Foundation
import GRDB
import JobHistory
import TestSupport
import XCTest

final class JobHistoryTests: XCTestCase {
    private static func entry(_ n: Int, keywords: String = "") -> JobEntry {
        JobEntry(kind: "tags", jobFile: "jobs: []\n# \(n)\n", catalogRevision: "2.0", summary: "sheets used: \(n)", outputHash: OutputHash.of(Data("\(n)".utf8)),
                 outputBytes: Int64(n), destination: "/tmp/\(n).pdf", keywords: keywords)
    }

    func testFileIsMadeOnFirstUseInWALModeAndSurvivesReopening() throws {
        let path = try Tool.temporaryFolder().appendingPathComponent("history.sqlite").path
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        let recorded = try JobHistory(path: path).record(Self.entry(1, keywords: "CAM-18"))
        XCTAssertEqual(recorded.id, 1)
        let reopened = try JobHistory(path: path)
        XCTAssertEqual(try reopened.entry(1).summary, "sheets used: 1")
        XCTAssertEqual(try reopened.entry(1).outputHash, OutputHash.of(Data("1".utf8)))
        let mode = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "wal")
    }

    func testMissingFolderIsRefusedNamingTheFile() throws {
        let path = try Tool.temporaryFolder().appendingPathComponent("no/such/history.sqlite").path
        XCTAssertThrowsError(try JobHistory(path: path)) { error in
            XCTAssertEqual(error as? HistoryError, .cannotOpen(path: path, reason: "its folder does not exist"))
        }
    }

    func testAFileThatIsNotADatabaseIsRefused() throws {
        let url = try Tool.temporaryFolder().appendingPathComponent("history.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: url)
        XCTAssertThrowsError(try JobHistory(path: url.path)) { error in
            guard case .cannotOpen(let path, let reason)? = error as? HistoryError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, url.path)
            XCTAssertTrue(reason.contains("not a database"), reason)
        }
    }

    /// Eight writers, each with its own connection pool as separate processes would have, record 200 jobs in all.
    func testConcurrentRecordingLosesNoEntry() throws {
        let path = try Tool.temporaryFolder().appendingPathComponent("history.sqlite").path
        _ = try JobHistory(path: path)
        let failures = LockedList()
        DispatchQueue.concurrentPerform(iterations: 8) { writer in
            do {
                let history = try JobHistory(path: path)
                for n in 0..<25 { try history.record(JobHistoryTests.entry(writer * 25 + n, keywords: "W\(writer)")) }
            } catch { failures.append("\(error)") }
        }
        XCTAssertEqual(failures.items, [])
        let history = try JobHistory(path: path)
        XCTAssertEqual(try history.count(), 200)
        let all = try history.list(limit: 1000)
        XCTAssertEqual(Set(all.compactMap(\.id)), Set(1...200))
        XCTAssertEqual(Set(all.map(\.outputBytes)), Set((0..<200).map(Int64.init)))
        XCTAssertEqual(try history.search("w3").count, 25)
    }

    func testSearchFindsKeywordsAnyCaseAndTakesWildcardsLiterally() throws {
        let history = try JobHistory(path: try Tool.temporaryFolder().appendingPathComponent("h.sqlite").path)
        try history.record(Self.entry(1, keywords: "order-7.csv CAM-18 CAM-19"))
        try history.record(Self.entry(2, keywords: "Acme_Security Q-2041"))
        XCTAssertEqual(try history.search("cam-19").map(\.id), [1])
        XCTAssertEqual(try history.search("acme_sec").map(\.id), [2])
        XCTAssertEqual(try history.search("%").map(\.id), [])
        XCTAssertEqual(try history.search("e_s").map(\.id), [2])
        XCTAssertEqual(try history.search("a_m").map(\.id), [])
        XCTAssertEqual(try history.list().map(\.id), [2, 1])
        XCTAssertThrowsError(try history.entry(3)) { XCTAssertEqual($0 as? HistoryError, .noSuchEntry(id: 3)) }
    }

    func testSheetStateIsKeptPerStockAndPrinter() throws {
        let history = try JobHistory(path: try Tool.temporaryFolder().appendingPathComponent("h.sqlite").path)
        try history.record(Self.entry(1), sheet: SheetState(stock: "shelf", preset: "avery-5160", labelsPerSheet: 30, nextStartAt: 18, nextSerial: 117))
        try history.record(Self.entry(2), sheet: SheetState(stock: "shelf", printer: "office", preset: "avery-5160", labelsPerSheet: 30, nextStartAt: 4, nextSerial: nil))
        XCTAssertEqual(try history.sheetState(stock: "shelf")?.nextStartAt, 18)
        XCTAssertEqual(try history.sheetState(stock: "shelf")?.nextSerial, 117)
        XCTAssertEqual(try history.sheetState(stock: "shelf", printer: "office")?.nextStartAt, 4)
        XCTAssertNil(try history.sheetState(stock: "drawer"))
        XCTAssertEqual(try history.sheetStates().map(\.printer), ["", "office"])
        XCTAssertThrowsError(try SheetState.check(stock: "a\u{7}b")) { XCTAssertEqual($0 as? HistoryError, .badStockName("a\u{7}b")) }
    }

    /// A file written by the first schema (v1, made here with its own SQL and GRDB's migration table) opens, keeps its
    /// jobs and sheet state, and gains v2's columns.
    func testFirstSchemaFileIsMigrated() throws {
        let path = try Tool.temporaryFolder().appendingPathComponent("v1.sqlite").path
        let v1 = try DatabaseQueue(path: path)
        try v1.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1');
                CREATE TABLE job (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, createdAt DATETIME NOT NULL, kind TEXT NOT NULL, jobFile TEXT NOT NULL,
                  catalogRevision TEXT NOT NULL, summary TEXT NOT NULL, outputHash TEXT NOT NULL, destination TEXT NOT NULL);
                CREATE INDEX job_createdAt ON job(createdAt);
                CREATE TABLE sheetState (
                  stock TEXT PRIMARY KEY NOT NULL, labelsPerSheet INTEGER NOT NULL, nextStartAt INTEGER NOT NULL, nextSerial INTEGER,
                  updatedAt DATETIME NOT NULL);
                INSERT INTO job (createdAt, kind, jobFile, catalogRevision, summary, outputHash, destination)
                  VALUES ('2026-11-02 09:30:00.000', 'card', 'jobs: []', '2.0 (2014-06-13)', '', 'ab12', 'queue office job 7');
                INSERT INTO sheetState VALUES ('shelf', 30, 12, 250, '2026-11-02 09:30:00.000');
                """)
        }
        try v1.close()
        let history = try JobHistory(path: path)
        let old = try history.entry(1)
        XCTAssertEqual(old.kind, "card")
        XCTAssertEqual(old.destination, "queue office job 7")
        XCTAssertEqual(old.keywords, "")
        XCTAssertNil(old.stock)
        let state = try XCTUnwrap(history.sheetState(stock: "shelf"))
        XCTAssertEqual([state.labelsPerSheet, state.nextStartAt, state.nextSerial], [30, 12, 250])
        XCTAssertEqual(state.preset, "")
        XCTAssertEqual(try history.record(Self.entry(2, keywords: "CAM-1")).id, 2)
        let applied = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        XCTAssertEqual(applied, ["v1", "v2"])
    }
}

/// Failures collected from concurrent writers.
private final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ item: String) { lock.lock(); list.append(item); lock.unlock() }
    var items: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
