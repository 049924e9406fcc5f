import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeadprintServe
@testable import LeadprintWeb
import TestSupport
import XCTest

private func json(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
private let jsonHeaders: HTTPFields = [.contentType: "application/json"]

private func errorBody(_ response: TestResponse) throws -> [String: String] {
    try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
}

/// Every endpoint of `leadprint serve`, its limits and its answers to bad input, through Hummingbird's test client.
final class WebAppTests: XCTestCase {
    override func setUp() {
        setenv("LEADPRINT_RESOURCES", Tool.repositoryRoot.appendingPathComponent("Resources").path, 1)
    }

    private func app(_ change: (inout WebSettings) -> Void = { _ in }) throws -> some ApplicationProtocol {
        var settings = WebSettings()
        settings.port = 0
        change(&settings)
        return try WebApp(settings: settings).application()
    }


    func testThePageAndItsFilesAreServed() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(String(buffer: response.body).contains("<script src=\"/app.js\""))
            }
            for (path, type) in [("/app.js", "text/javascript"), ("/app.css", "text/css"), ("/openapi.json", "application/json")] {
                try await client.execute(uri: path, method: .get) { response in
                    XCTAssertEqual(response.status, .ok, path)
                    XCTAssertTrue(response.headers[.contentType]?.hasPrefix(type) == true, path)
                }
            }
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                let spec = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let paths = (spec?["paths"] as? [String: Any])?.keys.sorted()
                XCTAssertEqual(paths, ["/api/history", "/api/history/{id}", "/api/history/{id}/download", "/api/job", "/api/options", "/api/preview", "/api/render", "/api/stocks"])
            }
        }
    }

    func testOptionsListTheCatalogAndPresets() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/options", method: .get) { response in
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let series = (body?["series"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
                XCTAssertEqual(series, ["PRO", "VALUE"])
                XCTAssertTrue((body?["cardPresets"] as? [String])?.contains("cr80") == true)
                XCTAssertTrue((body?["labelPresets"] as? [String])?.contains("avery-5160") == true)
            }
        }
    }

    func testPreviewIsAPNGOfPageOneWithThePageCount() async throws {
        try await app().test(.router) { client in
            let body = json(#"{"job": {"tags": {"series": "PRO", "sets": 3}}}"#)
            try await client.execute(uri: "/api/preview?dpi=72", method: .post, headers: jsonHeaders, body: body) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "image/png")
                XCTAssertEqual(response.headers[HTTPField.Name("X-Page-Count")!], "2")  // 51 tags, 30 a sheet
                let png = Data(buffer: response.body)
                XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
                // 8.5 in at 72 dpi: the IHDR width is 612 pixels.
                XCTAssertEqual(png[16..<20].reduce(0) { $0 << 8 | Int($1) }, 612)
            }
            try await client.execute(uri: "/api/preview?dpi=9000", method: .post, headers: jsonHeaders, body: body) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertEqual(try errorBody(response)["error"], "dpi=9000: expected 36 to 300")
            }
        }
    }

    func testAnOrderOfMixedQuantitiesPrintsAsOneRun() async throws {
        try await app().test(.router) { client in
            let body = json(#"{"job": {"tags": {"order": {"lines": [{"series": "PRO", "quantity": 12}, {"series": "VALUE", "quantity": 5}]}, "start-at": 8}}}"#)
            try await client.execute(uri: "/api/preview?dpi=36", method: .post, headers: jsonHeaders, body: body) { response in
                XCTAssertEqual(response.status, .ok, String(buffer: response.body))
                // 12 x 17 + 5 x 10 = 254 tags from label 8 of 30: (254 + 7) / 30 rounded up = 9 sheets.
                XCTAssertEqual(response.headers[HTTPField.Name("X-Page-Count")!], "9")
            }
        }
    }

    func testRenderGivesTheSameBytesAsTheCommandLineEvenUnderConcurrentRequests() async throws {
        let folder = try Tool.temporaryFolder()
        let cli = try Tool.leadprint(["compare", "--customer", "Acme Security", "--date", "2026-01-15", "--page", "a4", "-o", "q.pdf"], in: folder)
        XCTAssertEqual(cli.status, 0, cli.stderr)
        let expected = try Data(contentsOf: folder.appendingPathComponent("q.pdf"))
        try await app().test(.router) { client in
            let body = #"{"job": {"compare": {"customer": "Acme Security", "date": "2026-01-15", "page": "a4"}, "format": "pdf"}}"#
            let results = try await withThrowingTaskGroup(of: (HTTPResponse.Status, Data, String?).self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        try await client.execute(uri: "/api/render", method: .post, headers: jsonHeaders, body: json(body)) {
                            ($0.status, Data(buffer: $0.body), $0.headers[.contentDisposition])
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            XCTAssertEqual(results.count, 4)
            for (status, data, disposition) in results {
                XCTAssertEqual(status, .ok)
                XCTAssertEqual(data, expected)
                XCTAssertEqual(disposition, "attachment; filename=\"compare-pro-value-a4-acme-security.pdf\"")
            }
        }
    }

    func testJobFileReproducesTheRequest() async throws {
        try await app().test(.router) { client in
            let body = json(#"{"job": {"card": {"series": "PRO", "sheet": "letter", "duplex": true}}}"#)
            try await client.execute(uri: "/api/job", method: .post, headers: jsonHeaders, body: body) { response in
                XCTAssertEqual(response.status, .ok)
                let yaml = String(buffer: response.body)
                XCTAssertTrue(yaml.contains("card:") && yaml.contains("sheet: letter") && yaml.contains("duplex: true"), yaml)
                XCTAssertEqual(response.headers[.contentDisposition], "attachment; filename=\"card-pro-cr80-letter-duplex.yaml\"")
            }
        }
    }

    func testBadInputGetsALocatedMessageAndItsField() async throws {
        try await app().test(.router) { client in
            let cases: [(String, HTTPResponse.Status, String, String?)] = [
                (#"{"job": {"tags": {"series": "PR0"}}}"#, .unprocessableContent, "unknown series 'PR0' (known: PRO, VALUE, all)", "series"),
                (#"{"job": {"tags": {"start-at": 0}}}"#, .unprocessableContent, "start-at must be 1 or more (got 0)", "start-at"),
                (#"{"job": {"card": {"preset": "nope"}}}"#, .unprocessableContent, "unknown card preset 'nope'", "preset"),
                (#"{"job": {"compare": {"valid-until": "2026-13-45"}}}"#, .unprocessableContent, "valid-until '2026-13-45' is not a date", "valid-until"),
                (#"{"job": {"tags": {}}, "catalog": "series: [", "catalogName": "mine.yaml"}"#, .unprocessableContent, "mine.yaml:", "catalog"),
                (#"{"job": {"tags": {}, "output": "/etc/passwd"}}"#, .badRequest, "output: a web request names no file on the server", nil),
                (#"{"jobs": []}"#, .unprocessableContent, "jobs: unknown field; did you mean 'job'?", "jobs"),
                (#"{}"#, .unprocessableContent, "job: missing", "job"),
                (#"{"job": {"tags": {"order-file": "/etc/hosts"}}}"#, .badRequest, "order-file: a web request names no file on the server", nil),
                (#"{"job": {"tags": {"template": "../../etc/x.yaml"}}}"#, .badRequest, "template: a web request names a shipped template", nil),
                (#"{"job": {"tags": {"summary-json": "/tmp/x.json"}}}"#, .badRequest, "summary-json: a web request writes no file on the server", nil),
                (#"{"job": {"compare": {"brand": "/etc/hosts"}}}"#, .badRequest, "brand: a web request names no brand file on the server", nil),
                (#"{"job": {"card": {"brand": "brand.yaml"}}}"#, .badRequest, "brand: a web request names no brand file on the server", nil),
                (#"{"job": {"swatches": {}, "print": "office"}}"#, .badRequest, "print: the web app returns the PDF", nil),
                ("not json", .badRequest, "the request body is not JSON", nil),
                // A character no installed font prints, typed into a note: the request's problem (found by schemathesis as a 500).
                (#"{"job": {"compare": {"notes": ["\ud95c\uddd5 note"]}}}"#, .unprocessableContent, "no installed font has a glyph for U+671D5", nil),
            ]
            for (body, status, message, field) in cases {
                try await client.execute(uri: "/api/preview", method: .post, headers: jsonHeaders, body: json(body)) { response in
                    XCTAssertEqual(response.status, status, body)
                    let answer = try errorBody(response)
                    XCTAssertTrue(answer["error"]?.contains(message) == true, "\(body): \(answer)")
                    XCTAssertEqual(answer["field"], field, body)
                }
            }
        }
    }

    func testEachLimitIsAnsweredWithA4xxNamingIt() async throws {
        try await app { $0.bodyLimit = 2000; $0.uploadLimit = 100; $0.tagLimit = 100 }.test(.router) { client in
            let big = #"{"job": {"tags": {}}, "catalog": ""# + String(repeating: "x", count: 3000) + #""}"#
            try await client.execute(uri: "/api/preview", method: .post, headers: jsonHeaders, body: json(big)) { response in
                XCTAssertEqual(response.status, .contentTooLarge)
                XCTAssertEqual(try errorBody(response)["error"], "the request is larger than the limit of 1 KiB")
            }
            let upload = #"{"job": {"tags": {}}, "catalog": ""# + String(repeating: "x", count: 200) + #""}"#
            try await client.execute(uri: "/api/preview", method: .post, headers: jsonHeaders, body: json(upload)) { response in
                XCTAssertEqual(response.status, .contentTooLarge)
                XCTAssertEqual(try errorBody(response)["field"], "catalog")
            }
            try await client.execute(uri: "/api/render", method: .post, headers: jsonHeaders, body: json(#"{"job": {"tags": {"sets": 4}}}"#)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertEqual(try errorBody(response)["error"], "the job prints 108 tags, more than the limit of 100 per web request (use the command line for larger runs)")
            }
        }
        try await app { $0.renderSeconds = 0 }.test(.router) { client in
            try await client.execute(uri: "/api/render", method: .post, headers: jsonHeaders, body: json(#"{"job": {"swatches": {}}}"#)) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                XCTAssertEqual(try errorBody(response)["error"], "rendering took longer than the limit of 0 s")
            }
        }
    }

    func testAFullQueueTurnsRequestsAwayAtOnce() async throws {
        try await app { $0.workers = 1; $0.queueLimit = 0 }.test(.router) { client in
            let long = #"{"job": {"tags": {"sets": 300}, "format": "pdf"}}"#
            let first = Task { try await client.execute(uri: "/api/render", method: .post, headers: jsonHeaders, body: json(long)) { $0.status } }
            try await Task.sleep(nanoseconds: 150_000_000)
            let second = try await client.execute(uri: "/api/render", method: .post, headers: jsonHeaders, body: json(long)) { response in
                (response.status, try errorBody(response)["error"])
            }
            XCTAssertEqual(second.0, .serviceUnavailable)
            XCTAssertEqual(second.1, "every render worker is busy and 0 requests are waiting: try again in a moment")
            let firstStatus = try await first.value
            XCTAssertEqual(firstStatus, .ok)
        }
    }

    func testANonLoopbackHostNeedsAToken() throws {
        var settings = WebSettings()
        settings.host = "0.0.0.0"
        XCTAssertThrowsError(try WebApp(settings: settings)) { XCTAssertEqual($0 as? ServerError, .tokenRequired(host: "0.0.0.0")) }
    }

    func testWithATokenRequestsWithoutItGet401AndTheLoginSetsACookie() async throws {
        try await app { $0.host = "0.0.0.0"; $0.token = "s3cret" }.test(.router) { client in
            try await client.execute(uri: "/api/options", method: .get) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .unauthorized)
                XCTAssertTrue(String(buffer: response.body).contains("name=\"token\""))
            }
            try await client.execute(uri: "/api/options", method: .get, headers: [.authorization: "Bearer s3cret"]) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: "/api/options", method: .get, headers: [.authorization: "Bearer wrong"]) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: json("token=wrong")) {
                XCTAssertEqual($0.status, .unauthorized)
            }
            let cookie = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: json("token=s3cret")) { response in
                XCTAssertEqual(response.status, .seeOther)
                return response.headers[.setCookie] ?? ""
            }
            XCTAssertTrue(cookie.hasPrefix("leadprint_token=s3cret;") && cookie.contains("HttpOnly"), cookie)
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "leadprint_token=s3cret"]) { XCTAssertEqual($0.status, .ok) }
        }
    }
}
