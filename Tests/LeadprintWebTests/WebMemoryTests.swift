import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeadprintServe
@testable import LeadprintWeb
import TestSupport
import XCTest

/// Resident memory stays flat over many renders: a long-running server must not grow with every request.
final class WebMemoryTests: XCTestCase {
    override func setUp() {
        setenv("LEADPRINT_RESOURCES", Tool.repositoryRoot.appendingPathComponent("Resources").path, 1)
    }

    /// The process's resident set, in bytes, from /proc.
    private static func residentBytes() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        let kilobytes = try XCTUnwrap(Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? ""))
        return kilobytes * 1024
    }

    /// Tags (PDF and PNG preview), a card, a comparison sheet and swatches, in turn.
    private static let mixed: [(path: String, body: String)] = [
        ("/api/render", #"{"job": {"tags": {"order": {"lines": [{"series": "VALUE", "quantity": 30}]}}, "format": "pdf"}}"#),
        ("/api/preview?dpi=36", #"{"job": {"tags": {"order": {"lines": [{"series": "PRO", "quantity": 3}]}, "barcode": "qr"}}}"#),
        ("/api/render", #"{"job": {"card": {"series": "PRO"}, "format": "pdf"}}"#),
        ("/api/render", #"{"job": {"compare": {"customer": "Acme"}, "format": "pdf"}}"#),
        ("/api/render", #"{"job": {"swatches": {}, "format": "svg"}}"#),
    ]

    func testResidentMemoryAfterAThousandRendersIsWithin20MBOfAfterAHundred() async throws {
        var settings = WebSettings()
        settings.port = 0
        settings.workers = 1
        try await WebApp(settings: settings).application().test(.router) { client in
            var resident: [Int: Int] = [:]
            for index in 1...1000 {
                let request = Self.mixed[index % Self.mixed.count]
                try await client.execute(uri: request.path, method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: request.body)) { XCTAssertEqual($0.status, .ok, request.body) }
                if index % 100 == 0 { resident[index] = try Self.residentBytes() }
            }
            let megabytes = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_048_576) }
            print("resident after " + resident.keys.sorted().map { "\($0): \(megabytes(resident[$0]!))" }.joined(separator: ", "))
            let growth = try XCTUnwrap(resident[1000]) - (try XCTUnwrap(resident[100]))
            XCTAssertLessThanOrEqual(growth, 20 * 1_048_576, "grew \(megabytes(growth)) from render 100 to render 1,000")
        }
    }
}
