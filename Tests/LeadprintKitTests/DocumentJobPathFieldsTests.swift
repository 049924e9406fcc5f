import LeadprintKit
import XCTest

/// One list of path fields: what `resolvingPaths` changes is exactly what `pathFields` names (the web app refuses that list).
final class DocumentJobPathFieldsTests: XCTestCase {
    func testResolvingPathsChangesExactlyThePathFields() {
        var tags = TagsJob()
        tags.orderFile = "order.csv"
        tags.summaryJSON = "summary.json"
        tags.template = "mine.yaml"
        var shipped = TagsJob()
        shipped.template = "site"
        var card = CardJob()
        card.brand = "brand.yaml"
        var compare = CompareJob()
        compare.brand = "brand.yaml"
        let jobs: [DocumentJob] = [.tags(tags), .tags(shipped), .card(card), .compare(compare), .card(CardJob())]
        for job in jobs {
            let resolved = job.resolvingPaths { "/abs/" + $0 }
            let before = Dictionary(uniqueKeysWithValues: job.pathFields.map { ($0.key, $0.path) })
            let after = Dictionary(uniqueKeysWithValues: resolved.pathFields.map { ($0.key, $0.path) })
            XCTAssertEqual(Set(before.keys), Set(after.keys), "\(job)")
            for (key, path) in before { XCTAssertEqual(after[key], "/abs/" + path, "\(key) of \(job)") }
        }
        XCTAssertEqual(DocumentJob.tags(tags).pathFields.map(\.key), ["order-file", "summary-json", "template"])
        XCTAssertEqual(DocumentJob.tags(shipped).pathFields.map(\.key), [], "a shipped template's name is not a path")
    }
}
