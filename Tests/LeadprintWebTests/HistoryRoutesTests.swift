import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JobHistory
import LeadprintServe
@testable import LeadprintWeb
import TestSupport
import XCTest

/// `--data DIR`: renders are recorded; the history is listed, searched, shown and downloaded again, byte for byte,
/// across a restart of the server.
final class HistoryRoutesTests: XCTestCase {
    override func setUp() {
        setenv("LEADPRINT_RESOURCES", Tool.repositoryRoot.appendingPathComponent("Resources").path, 1)
    }

    private func app(data: URL) throws -> some ApplicationProtocol {
        var settings = WebSettings()
        settings.port = 0
        settings.dataFolder = data.path
        return try WebApp(settings: settings).application()
    }

    private struct Listing: Decodable {
        struct Item: Decodable { var id: Int64; var kind: String; var outputHash: String; var keywords: String; var summary: [String]; var jobFile: String? }
        var entries: [Item]
    }

    func testRenderIsRecordedAndDownloadsTheSameBytesAfterARestart() async throws {
        let data = try Tool.temporaryFolder().appendingPathComponent("data")
        let request = #"{"job": {"tags": {"serial": 5, "order": {"cameras": [{"series": "PRO", "camera": "CAM-42"}]}}}}"#
        let rendered = try await app(data: data).test(.router) { client in
            try await client.execute(uri: "/api/render", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: request)) { response in
                XCTAssertEqual(response.status, .ok)
                return Data(buffer: response.body)
            }
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: data.appendingPathComponent("history.sqlite").path))
        // A new app over the same folder: the server restarted.
        try await app(data: data).test(.router) { client in
            try await client.execute(uri: "/api/history?q=cam-42", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let listing = try JSONDecoder().decode(Listing.self, from: Data(buffer: response.body))
                XCTAssertEqual(listing.entries.map(\.id), [1])
                XCTAssertEqual(listing.entries.first?.outputHash, OutputHash.of(rendered))
                XCTAssertEqual(listing.entries.first?.summary.last, "next serial: serial 22")
                XCTAssertNil(listing.entries.first?.jobFile)
            }
            try await client.execute(uri: "/api/history?q=CAM-99", method: .get) { response in
                XCTAssertEqual(try JSONDecoder().decode(Listing.self, from: Data(buffer: response.body)).entries.count, 0)
            }
            try await client.execute(uri: "/api/history/1", method: .get) { response in
                XCTAssertTrue(String(buffer: response.body).contains("CAM-42"))
                XCTAssertTrue(String(buffer: response.body).contains("\"jobFile\""))
            }
            try await client.execute(uri: "/api/history/1/download", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "application/pdf")
                XCTAssertEqual(Data(buffer: response.body), rendered)
                XCTAssertEqual(response.headers[HTTPField.Name("X-Output-SHA256")!], OutputHash.of(rendered))
            }
            try await client.execute(uri: "/api/history/7/download", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertEqual(String(buffer: response.body), #"{"error":"job history: no entry 7"}"#)
            }
            try await client.execute(uri: "/api/history/x", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest)
            }
            try await client.execute(uri: "/api/history", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { response in
                XCTAssertEqual(response.status, .methodNotAllowed)
            }
        }
    }

    /// Eight clients render 25 jobs each at once (serials make every job differ): the history holds all 200, each with its own output.
    func testConcurrentRendersLoseNoEntry() async throws {
        let data = try Tool.temporaryFolder()
        try await app(data: data).test(.live) { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for clientNumber in 0..<8 {
                    group.addTask {
                        for n in 0..<25 {
                            let serial = clientNumber * 100 + n
                            let request = #"{"job": {"tags": {"serial": \#(serial), "preset": "avery-l7651", "order": {"cameras": [{"series": "VALUE", "camera": "C\#(serial)"}]}}}}"#
                            try await client.execute(uri: "/api/render", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: request)) { response in
                                XCTAssertEqual(response.status, .ok, String(buffer: response.body))
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        let history = try JobHistory(path: data.appendingPathComponent("history.sqlite").path)
        XCTAssertEqual(try history.count(), 200)
        let entries = try history.list(limit: 1000)
        XCTAssertEqual(Set(entries.map(\.keywords)), Set((0..<8).flatMap { c in (0..<25).map { "C\(c * 100 + $0)" } }))
        XCTAssertEqual(Set(entries.map(\.outputHash)).count, 200)
    }

    func testAnEntryWhoseBytesChangedIsAConflict() async throws {
        let data = try Tool.temporaryFolder()
        let history = try JobHistory(path: data.appendingPathComponent("history.sqlite").path)
        try history.record(JobEntry(kind: "swatches", jobFile: "jobs:\n- swatches: {}\n", catalogRevision: "", summary: "", outputHash: String(repeating: "0", count: 64),
                                    outputBytes: 1, destination: "web download"))
        try await app(data: data).test(.router) { client in
            try await client.execute(uri: "/api/history/1/download", method: .get) { response in
                XCTAssertEqual(response.status, .conflict)
                XCTAssertTrue(String(buffer: response.body).contains("entry 1 renders different bytes now"), String(buffer: response.body))
            }
        }
    }

    func testWithoutDataNothingIsRecordedAndTheRoutesAreAbsent() async throws {
        var settings = WebSettings()
        settings.port = 0
        try await WebApp(settings: settings).application().test(.router) { client in
            try await client.execute(uri: "/api/history/1", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }

    /// Without `--data` the history's paths still answer as the API documents: JSON 404 saying why, and 405 (not the
    /// content-type check's 415) for a method they do not take, entry paths included (found by schemathesis).
    func testWithoutADataFolderTheHistoryPathsAnswerInJSON() async throws {
        var settings = WebSettings()
        settings.port = 0
        try await WebApp(settings: settings).application().test(.router) { client in
            for path in ["/api/history", "/api/history/1", "/api/history/1/download", "/api/stocks"] {
                try await client.execute(uri: path, method: .get) { response in
                    XCTAssertEqual(response.status, .notFound, path)
                    XCTAssertEqual(response.headers[.contentType], "application/json", path)
                    XCTAssertEqual(String(buffer: response.body), #"{"error":"this server keeps no job history: start it with --data DIR"}"#, path)
                }
                try await client.execute(uri: path, method: .post) { response in
                    XCTAssertEqual(response.status, .methodNotAllowed, path)
                    XCTAssertEqual(response.headers[.allow], "GET", path)
                }
            }
        }
    }
}
