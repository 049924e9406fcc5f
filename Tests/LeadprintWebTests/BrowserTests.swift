import Foundation
import TestSupport
import XCTest

/// The page in a real browser: headless Chromium, driven by Selenium, fills in the comparison form, waits for the preview
/// and downloads the PDF from a running `leadprint serve`.
final class BrowserTests: XCTestCase {
    func testTheComparisonFormPreviewsAndDownloadsThePDF() throws {
        let folder = try Tool.temporaryFolder()
        let server = Process()
        server.executableURL = Tool.leadprint
        server.arguments = ["serve", "--port", "0"]
        server.environment = ProcessInfo.processInfo.environment.merging(
            ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path]) { $1 }
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        // The first line names the address; port 0 let the system pick a free one.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        let url = try XCTUnwrap(text.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init), text)

        let script = Tool.repositoryRoot.appendingPathComponent("Tests/LeadprintWebTests/Browser/compare_form.py").path
        let downloads = folder.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let run = try Tool.run("python3", [script, url, downloads.path, "Acme Security"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let pdf = URL(fileURLWithPath: run.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(pdf.lastPathComponent, "compare-pro-value-letter-acme-security.pdf")
        let extracted = try Tool.pdfText(pdf)
        XCTAssertTrue(extracted.contains("Acme Security"), extracted)
        XCTAssertTrue(extracted.contains("PRO Series"), extracted)
        XCTAssertEqual(try Tool.pdfPageSizes(pdf).count, 2)
    }

    func testANonLoopbackHostWithoutATokenRefusesToStart() throws {
        let result = try Tool.leadprint(["serve", "--host", "0.0.0.0", "--port", "0"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("serving on 0.0.0.0 makes leadprint reachable from other machines: give --token SECRET"), result.stderr)
    }
}
