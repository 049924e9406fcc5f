import Documents
import Foundation
import Geometry
@testable import LeadprintKit
import XCTest
import Yams

final class PrintJobTests: XCTestCase {
    func testAJobSurvivesTheRoundTripThroughYAMLWithEveryOption() throws {
        var tags = TagsJob()
        tags.series = .ids(["PRO", "VALUE"])
        tags.preset = "avery-l7651"
        tags.sets = 3
        tags.ends = 2
        tags.startAt = 14
        tags.collate = .lead
        tags.serial = 1000
        tags.outlines = true
        tags.offset = Offset(x: .mm(0.8), y: .inch(-0.0125))
        tags.scale = 1.005
        tags.barcode = "qr"
        tags.barcodeData = "{series}-{serial:05}"
        tags.minModule = .mm(0.3)
        let file = JobFile(catalog: "/tmp/c.yaml", outputFolder: "out", jobs: [PrintJob(.tags(tags), output: "x.pdf", formats: [.pdf, .png], dpi: 150)])
        let text = try YAMLEncoder().encode(file)
        let back = try JobFileLoader().load(yaml: text, name: "jobs.yaml").file
        XCTAssertEqual(back, file)
    }

    func testLengthsAreWrittenInAUnitThatReadsBackExactly() throws {
        XCTAssertEqual(Length.mm(3).exactText, "3mm")
        XCTAssertEqual(Length.inch(0.2).exactText, "0.2in")
        for length in [Length.mm(3), .inch(0.125), .pt(7.3), .mm(0.794)] {
            XCTAssertEqual(Length(parsing: length.exactText)?.points, length.points, length.exactText)
        }
    }

    func testAnUnknownKeyIsLocatedAndAnsweredWithTheNearestKey() {
        let yaml = "jobs:\n  - tags:\n      series: PRO\n      stes: 2\n  - card: {prest: cr80}\n"
        XCTAssertThrowsError(try JobFileLoader().load(yaml: yaml, name: "jobs.yaml")) { error in
            XCTAssertEqual("\(error)", """
                jobs.yaml:4: jobs[1].tags.stes: unknown field; did you mean 'sets'?
                jobs.yaml:5: jobs[2].card.prest: unknown field; did you mean 'preset'?
                """)
        }
    }

    func testAListWhereAMappingBelongsIsNamedAsSuch() {
        let yaml = "jobs:\n  - tags:\n      order:\n        - {series: PRO, quantity: 2}\n"
        XCTAssertThrowsError(try JobFileLoader().load(yaml: yaml, name: "j.yaml")) { error in
            XCTAssertEqual("\(error)", "j.yaml:4: jobs[1].tags.order: expected a mapping of fields")
        }
    }

    func testSwitchesTakeOnlyTrueOrFalse() {
        let yaml = "jobs:\n  - tags: {outlines: yes}\n  - card: {duplex: on}\n  - card: {duplex: true}\n"
        XCTAssertThrowsError(try JobFileLoader().load(yaml: yaml, name: "j.yaml")) { error in
            XCTAssertEqual("\(error)", """
                j.yaml:2: jobs[1].tags.outlines: expected true or false ('yes')
                j.yaml:3: jobs[2].card.duplex: expected true or false ('on')
                """)
        }
    }

    func testAnImpossibleDateIsRefusedWithItsLine() {
        let yaml = "jobs:\n  - compare:\n      date: 2026-13-45\n"
        XCTAssertThrowsError(try JobFileLoader().load(yaml: yaml, name: "q.yaml")) { error in
            XCTAssertEqual("\(error)", "q.yaml:3: jobs[1].compare.date: date '2026-13-45' is not a date as YYYY-MM-DD (ISO 8601) or today")
        }
    }

    func testValidUntilBeforeTheDateIsRefused() {
        var job = CompareJob()
        job.date = .day(year: 2026, month: 5, day: 1)
        job.validUntil = .day(year: 2026, month: 4, day: 30)
        XCTAssertThrowsError(try job.validate()) { error in
            XCTAssertEqual(error as? DocumentError, .outOfRange(.validUntil, value: "2026-04-30", allowed: "on or after the quote's date 2026-05-01"))
        }
    }

    func testDefaultNamesDifferWhenTheContentDiffers() throws {
        let engine = PrintEngine()
        var two = TagsJob(); two.series = .ids(["PRO"]); two.sets = 2
        var five = two; five.sets = 5; five.collate = .lead
        let names = try [two, five].map { try engine.defaultName(for: .tags($0)) }
        XCTAssertEqual(names, ["tags-pro-avery-5160-sets2", "tags-pro-avery-5160-sets5-by-lead"])
    }
}

/// The brand, quote rows and notes are job data like every other option.
final class BrandJobTests: XCTestCase {
    func testBrandRowsAndNotesSurviveTheRoundTrip() throws {
        var compare = CompareJob()
        compare.brand = "/brands/acme/brand.yaml"
        compare.rows = [QuoteRow(label: "Unit price (USD)", values: ["1,240.00", "980"]), QuoteRow(label: "Lead time", values: ["3 weeks", "2 weeks"])]
        compare.notes = ["Installation is quoted separately."]
        var card = CardJob()
        card.brand = "brand.yaml"
        let file = JobFile(brand: "shared.yaml", jobs: [PrintJob(.compare(compare)), PrintJob(.card(card))])
        let text = try YAMLEncoder().encode(file)
        XCTAssertEqual(try JobFileLoader().load(yaml: text, name: "jobs.yaml").file, file)
        XCTAssertEqual(file.sources.brand, "shared.yaml")
    }

    func testAnEmptyNoteOrRowValueIsRefusedWithItsLine() throws {
        let yaml = """
            jobs:
              - compare:
                  rows:
                    - {label: Unit price, values: ["1", ""]}
            """
        XCTAssertThrowsError(try JobFileLoader().load(yaml: yaml, name: "jobs.yaml")) { error in
            XCTAssertEqual("\(error)", "jobs.yaml:2: jobs[1].compare: rows 'Unit price=1;' is not a row with a value for every series (one is empty)")
        }
    }
}
