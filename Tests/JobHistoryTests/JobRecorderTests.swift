import Foundation
import JobHistory
import LeadprintKit
import TestSupport
import XCTest

final class JobRecorderTests: XCTestCase {
    private func tags(preset: String = "avery-5160", serial: Int? = nil, startAt: Int = 1) throws -> PrintJob {
        var options = TagsJob()
        options.series = try SeriesSelection(parsing: "PRO")
        options.preset = preset
        options.serial = serial
        options.startAt = startAt
        return PrintJob(.tags(options))
    }

    private func options(_ job: PrintJob) throws -> TagsJob {
        guard case .tags(let options) = job.document else { throw XCTSkip("not a tags job") }
        return options
    }

    private func history() throws -> JobHistory {
        try JobHistory(path: Tool.temporaryFolder().appendingPathComponent("history.sqlite").path)
    }

    /// Two jobs on one stock: the second starts at the label and serial where the first ended, and moves the stock on.
    func testSecondJobOnAStockStartsWhereTheFirstEnded() throws {
        let engine = PrintEngine()
        let recorder = try JobRecorder(history: history(), stock: "shelf")
        let first = try recorder.continuing(tags(serial: 100), engine: engine)
        XCTAssertEqual(try options(first).startAt, 1)
        let firstSummary = try engine.summary(for: options(first))
        try recorder.record(first, jobFile: JobFile(jobs: [first]), engine: engine, data: engine.data(first), destination: "test")

        let second = try recorder.continuing(tags(), engine: engine)
        XCTAssertEqual(try options(second).startAt, firstSummary.nextStartAt)
        XCTAssertEqual(try options(second).serial, firstSummary.nextSerial)
        XCTAssertEqual(firstSummary.nextStartAt, 18)
        XCTAssertEqual(firstSummary.nextSerial, 117)
        // The second job's first tag goes on label 18 of the part-used sheet: 13 labels there, 4 on the next.
        let secondSummary = try engine.summary(for: options(second))
        XCTAssertEqual(secondSummary.sheets, 2)
        XCTAssertEqual(secondSummary.labelsOnLastSheet, 4)
        let entry = try recorder.record(second, jobFile: JobFile(jobs: [second]), engine: engine, data: engine.data(second), destination: "test")
        XCTAssertEqual(entry.stock, "shelf")
        let state = try XCTUnwrap(recorder.history.sheetState(stock: "shelf"))
        XCTAssertEqual([state.nextStartAt, state.nextSerial, state.labelsPerSheet], [5, 134, 30])
        XCTAssertEqual(state.preset, "avery-5160")
    }

    func testStartAndSerialTheJobSetsWinOverTheStock() throws {
        let engine = PrintEngine()
        let recorder = try JobRecorder(history: history(), stock: "shelf")
        let first = try tags(serial: 100)
        try recorder.record(first, jobFile: JobFile(jobs: [first]), engine: engine, data: engine.data(first), destination: "test")
        let own = try recorder.continuing(tags(serial: 5, startAt: 3), engine: engine)
        XCTAssertEqual(try options(own).startAt, 3)
        XCTAssertEqual(try options(own).serial, 5)
    }

    func testStockOfAnotherSheetSizeIsRefused() throws {
        let engine = PrintEngine()
        let recorder = try JobRecorder(history: history(), stock: "shelf")
        let first = try tags()
        try recorder.record(first, jobFile: JobFile(jobs: [first]), engine: engine, data: engine.data(first), destination: "test")
        XCTAssertThrowsError(try recorder.continuing(tags(preset: "avery-l7160"), engine: engine)) { error in
            XCTAssertEqual(error as? HistoryError, .stockMismatch(stock: "shelf", rememberedLabels: 30, preset: "avery-l7160", labels: 21))
        }
    }

    /// The recorded job file renders the same bytes again; a hash that does not match stops the reprint.
    func testReplayGivesTheRecordedBytesAndRefusesOthers() throws {
        let engine = PrintEngine()
        let history = try history()
        let job = try tags(serial: 40)
        let bytes = try engine.data(job)
        let entry = try JobRecorder(history: history).record(job, jobFile: JobFile(jobs: [job]), engine: engine, data: bytes, destination: "test")
        XCTAssertEqual(entry.outputHash, OutputHash.of(bytes))
        XCTAssertEqual(entry.outputBytes, Int64(bytes.count))
        XCTAssertEqual(entry.catalogRevision, "2.0 (2014-06-13)")
        XCTAssertTrue(entry.summary.contains("next serial: serial 57"), entry.summary)
        let again = try JobReplay(history.entry(try XCTUnwrap(entry.id))).data()
        XCTAssertEqual(OutputHash.of(again), entry.outputHash)
        XCTAssertEqual(again, bytes)

        var altered = entry
        altered.outputHash = String(repeating: "0", count: 64)
        XCTAssertThrowsError(try JobReplay(altered).data()) { error in
            XCTAssertEqual(error as? HistoryError, .reprintDiffers(id: entry.id ?? 0, expected: altered.outputHash, got: entry.outputHash))
        }
    }

    func testKeywordsHoldTheOrdersCameraIDsAndTheCustomer() throws {
        let folder = try Tool.temporaryFolder()
        let order = folder.appendingPathComponent("order-7.csv")
        try "series,camera\nPRO,CAM-18\nPRO,CAM-19\n".write(to: order, atomically: true, encoding: .utf8)
        var options = TagsJob()
        options.orderFile = order.path
        let engine = PrintEngine()
        let history = try history()
        let job = PrintJob(.tags(options))
        try JobRecorder(history: history).record(job, jobFile: JobFile(jobs: [job]), engine: engine, data: engine.data(job), destination: "test")
        var compare = CompareJob()
        compare.customer = "Acme Security"
        compare.quote = "Q-2041"
        let sheet = PrintJob(.compare(compare))
        try JobRecorder(history: history).record(sheet, jobFile: JobFile(jobs: [sheet]), engine: engine, data: engine.data(sheet), destination: "test")
        XCTAssertEqual(try history.search("cam-19").map(\.kind), ["tags"])
        XCTAssertEqual(try history.search("order-7").map(\.kind), ["tags"])
        XCTAssertEqual(try history.search("acme").map(\.kind), ["compare"])
        XCTAssertEqual(try history.search("Q-2041").map(\.kind), ["compare"])
    }
}
