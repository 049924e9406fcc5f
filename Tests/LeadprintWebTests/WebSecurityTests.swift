import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeadprintServe
@testable import LeadprintWeb
import TestSupport
import XCTest

private let render = #"{"job": {"swatches": {}, "format": "svg"}}"#

private func error(_ body: String) throws -> [String: String] {
    try JSONDecoder().decode([String: String].self, from: Data(body.utf8))
}

/// What a page on another site, a slow client and a careless one meet: host and origin checks, read deadlines, strict keys.
final class WebSecurityTests: XCTestCase {
    override func setUp() {
        setenv("LEADPRINT_RESOURCES", Tool.repositoryRoot.appendingPathComponent("Resources").path, 1)
    }

    private func app(_ change: (inout WebSettings) -> Void = { _ in }) throws -> some ApplicationProtocol {
        var settings = WebSettings()
        settings.port = 0
        change(&settings)
        return try WebApp(settings: settings).application()
    }


    func testOnlyTheServersOwnHostNamesAreAnswered() async throws {
        try await app { $0.allowedHosts = ["printroom.lan"] }.test(.live) { client in
            let port = try XCTUnwrap(client.port)
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST.", "[::1]:\(port)", "printroom.lan:\(port)"] {
                XCTAssertEqual(try RawHTTP.request(port: port, "GET", "/api/options", headers: [("Host", host)]).status, 200, host)
            }
            // A page that rebound its own name to 127.0.0.1 still sends that name.
            for host in ["attacker.example:\(port)", "127.0.0.1.nip.io", "localhost.attacker.example", "[::2]", "bad:host:1"] {
                let answer = try RawHTTP.request(port: port, "POST", "/api/render", headers: [("Host", host), ("Content-Type", "application/json")], body: render)
                XCTAssertEqual(answer.status, 421, host)
                XCTAssertTrue(try error(answer.body)["error"]?.hasPrefix("this server answers to 127.0.0.1, [::1], localhost, printroom.lan, not to '") == true, answer.body)
            }
        }
    }

    func testAWildcardBindAcceptsAddressesButNotOtherNames() {
        var settings = WebSettings()
        settings.host = "0.0.0.0"
        settings.token = "t"
        let check = HostCheck(settings: settings)
        XCTAssertTrue(check.accepts("192.168.1.20:8080"))
        XCTAssertTrue(check.accepts("[fe80::1]:8080"))
        XCTAssertFalse(check.accepts("attacker.example"))
        settings.host = "127.0.0.1"
        XCTAssertFalse(HostCheck(settings: settings).accepts("192.168.1.20"))
    }

    func testCrossSiteAndNonJSONRequestsChangeNothing() async throws {
        try await app().test(.live) { client in
            let port = try XCTUnwrap(client.port)
            let host = ("Host", "127.0.0.1:\(port)")
            let foreign = try RawHTTP.request(port: port, "POST", "/api/render",
                                              headers: [host, ("Origin", "https://attacker.example"), ("Content-Type", "text/plain")], body: render)
            XCTAssertEqual(foreign.status, 403)
            XCTAssertEqual(try error(foreign.body)["error"], "a request from another site (https://attacker.example) may not change anything here: "
                           + "use the page this server serves, or a client that sends no Origin")
            let fetchSite = try RawHTTP.request(port: port, "POST", "/api/render",
                                                headers: [host, ("Sec-Fetch-Site", "cross-site"), ("Content-Type", "application/json")], body: render)
            XCTAssertEqual(fetchSite.status, 403)
            let form = try RawHTTP.request(port: port, "POST", "/login", headers: [host, ("Origin", "http://attacker.example"),
                                                                                  ("Content-Type", "application/x-www-form-urlencoded")], body: "token=x")
            XCTAssertEqual(form.status, 403)
            let plain = try RawHTTP.request(port: port, "POST", "/api/render", headers: [host, ("Origin", "http://127.0.0.1:\(port)"), ("Content-Type", "text/plain")],
                                            body: render)
            XCTAssertEqual(plain.status, 415)
            XCTAssertEqual(try error(plain.body)["error"], "the API takes Content-Type: application/json (got text/plain)")
            let trace = try RawHTTP.request(port: port, "TRACE", "/api/options", headers: [host])
            XCTAssertEqual(trace.status, 405)
            XCTAssertEqual(try error(trace.body)["error"], "TRACE is not taken here (only GET)")
            let same = try RawHTTP.request(port: port, "POST", "/api/render",
                                           headers: [host, ("Origin", "http://127.0.0.1:\(port)"), ("Sec-Fetch-Site", "same-origin"),
                                                     ("Content-Type", "application/json; charset=utf-8")], body: render)
            XCTAssertEqual(same.status, 200)
            XCTAssertTrue(same.body.hasPrefix("<?xml"), String(same.body.prefix(80)))
        }
    }

    func testSlowHeadersAndBodiesAreCutOffAndAnOversizedBodyIsRefusedAtOnce() async throws {
        try await app { $0.headerSeconds = 1; $0.bodySeconds = 1; $0.bodyLimit = 1000 }.test(.live) { client in
            let port = try XCTUnwrap(client.port)
            // Headers a line every quarter second: the server closes the connection after its header time, long before 60 lines.
            let slow = try RawHTTP(port: port)
            slow.send("GET /api/options HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            var lines = 0
            while !slow.isClosedByServer, lines < 60, slow.send("X-Slow-\(lines): 1\r\n") {
                try await Task.sleep(nanoseconds: 250_000_000)
                lines += 1
            }
            XCTAssertLessThan(lines, 60, "the trickled headers were still being read")
            // A head that promises a body that never comes.
            let stalled = try RawHTTP(port: port)
            stalled.send("POST /api/render HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"job\"")
            let answer = stalled.readAll()
            XCTAssertFalse(answer.hasPrefix("HTTP/1.1 200"), answer)
            XCTAssertTrue(stalled.isClosedByServer)
            // 10^15 bytes declared: refused without waiting for any of them.
            let huge = try RawHTTP(port: port)
            huge.send("POST /api/render HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000000000000000\r\n\r\n")
            let refused = huge.readAll()
            XCTAssertTrue(refused.hasPrefix("HTTP/1.1 413"), refused)
            XCTAssertTrue(refused.contains("the request is larger than the limit of 0 KiB"), refused)
        }
    }

    func testUnknownMisplacedAndMalformedFieldsAre422NamingTheField() async throws {
        try await app().test(.router) { client in
            let cases: [(String, String, String)] = [
                (#"{"job": {"tags": {"stes": 1}}}"#, "job.tags.stes", "job.tags.stes: unknown field; did you mean 'sets'?"),
                (#"{"job": {"card": {"series": "PRO", "lang": "fr"}}}"#, "job.card.lang", "job.card.lang: unknown field"),
                (#"{"job": {"card": {}, "lnag": "fr"}}"#, "job.lnag", "job.lnag: unknown field; did you mean 'lang'?"),
                (#"{"jobs": [], "job": {"tags": {}}}"#, "jobs", "jobs: unknown field; did you mean 'job'?"),
                (#"{"job": {"compare": {"customer": "Acme\u0000Corp"}}}"#, "job.compare.customer", "job.compare.customer: must not hold a control character (U+0000)"),
                (#"{"job": {"tags": {"order": {"lines": [{"series": "PRO", "quantity": 1, "location": "Gate\u001b[2J"}]}}}}"#,
                 "job.tags.order.lines[1].location", "must not hold a control character (U+001B)"),
                (#"{"job": {"tags": {"sets": 1.5}}}"#, "sets", "job.tags.sets: expected a whole number"),
                (#"{"job": {"tags": {"ends": null}}}"#, "job.tags.ends", "job.tags.ends: must not be null"),
            ]
            for (body, field, message) in cases {
                try await client.execute(uri: "/api/render", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) { response in
                    XCTAssertEqual(response.status, .unprocessableContent, body)
                    let answer = try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
                    XCTAssertEqual(answer["field"], field, body)
                    XCTAssertTrue(answer["error"]?.contains(message) == true, "\(body): \(answer)")
                }
            }
        }
    }
}
