import Documents
import Foundation
import LeadprintKit
import XCTest
import Yams

/// The job summary through the facade, as the web front end reads it, and an inline order round-tripping through YAML.
final class TagRunSummaryTests: XCTestCase {
    private func job() -> TagsJob {
        var job = TagsJob()
        job.order = OrderSpec(lines: [.init(series: "VALUE", quantity: 2, location: "Yard", fields: ["bay": "B2"])],
                              cameras: [.init(series: "PRO", camera: "GATE-2", location: "North", fields: ["bay": "B7"])])
        job.ends = 2
        job.endNames = ["CAM", "PANEL"]
        job.startAt = 25
        job.serial = 40
        job.template = "site"
        return job
    }

    func testTheEngineReportsWhereTheRunEndsAndTheNextStarts() throws {
        let summary = try PrintEngine().summary(for: job())
        // 2 VALUE cameras x 10 leads + 1 PRO camera x 17 leads = 37 wires, 74 tags, from label 25 of 30. A pair keeps to one row of
        // three, the third label blank: 2 pairs on sheet 1 (labels 25-26, 28-29), 10 pairs a sheet on sheets 2 to 4, 5 pairs on sheet 5
        // (labels 1-14); the 110 labels from 25 on sheet 1 to 14 on sheet 5 hold 74 tags and 36 blanks.
        XCTAssertEqual(summary, TagRunSummary(sheets: 5, labelsOnLastSheet: 14, nextStartAt: 15, nextSerial: 77, labelsPerSheet: 30, tags: 74, blanks: 36))
        let json = try JSONSerialization.jsonObject(with: PrintEngine.summaryJSON(summary)) as? [String: Any]
        XCTAssertEqual(Set(json?.keys.map { $0 } ?? []), ["sheets", "labelsOnLastSheet", "nextStartAt", "nextSerial", "labelsPerSheet", "tags", "blanks"])
    }

    func testAnInlineOrderSurvivesTheJobFileRoundTrip() throws {
        let original = PrintJob(.tags(job()), output: "x.pdf")
        let yaml = try YAMLEncoder().encode(original)
        XCTAssertEqual(try YAMLDecoder().decode(PrintJob.self, from: yaml), original)
    }
}
