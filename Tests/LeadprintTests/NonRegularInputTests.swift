import Foundation
import TestSupport
import XCTest

/// A FIFO given as any input is refused by name before it is opened: nothing waits for a writer that never comes.
final class NonRegularInputTests: XCTestCase {
    private var folder: URL!
    private let catalog = Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml")
    private let refusal = "is a FIFO (named pipe), not a regular file"

    override func setUpWithError() throws {
        folder = try Tool.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    /// Makes a FIFO named `name` in the test's folder.
    private func fifo(_ name: String) throws {
        let path = folder.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(path, 0o644), 0, "mkfifo \(path): \(String(cString: strerror(errno)))")
    }

    private func write(_ text: String, to name: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Runs leadprint in the test's folder; a run still going after `limit` seconds is killed and reported, so a
    /// regression fails the test instead of hanging the suite. The limit is a hang guard, far above a normal run.
    private func leadprint(_ arguments: [String], environment: [String: String] = [:], limit: Double = 60,
                           file: StaticString = #filePath, line: UInt = #line) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = Tool.leadprint
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["LEADPRINT_RESOURCES"] = Tool.repositoryRoot.appendingPathComponent("Resources").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = folder.appendingPathComponent(".stdout"), err = folder.appendingPathComponent(".stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + limit) == .timedOut {
            process.terminate()
            done.wait()
            XCTFail("leadprint \(arguments.joined(separator: " ")) still ran after \(Int(limit)) s: it waited on an input", file: file, line: line)
        }
        let result = (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
        try FileManager.default.removeItem(at: out)
        try FileManager.default.removeItem(at: err)
        return result
    }

    /// Exit 1, one message naming `named` as a FIFO, and no output file.
    private func assertRefused(_ arguments: [String], naming named: String, environment: [String: String] = [:],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try leadprint(arguments, environment: environment, file: file, line: line)
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(named) && result.stderr.contains(refusal),
                      "\(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.pdf").path), file: file, line: line)
    }

    func testAFIFOAsAnInputFileOfAnyKindIsRefusedByName() throws {
        try fifo("pipe.yaml")
        try fifo("pipe.csv")
        try assertRefused(["tags", "--catalog", "pipe.yaml", "-o", "out.pdf"], naming: "pipe.yaml")
        try assertRefused(["tags", "--palette", "pipe.yaml", "-o", "out.pdf"], naming: "pipe.yaml")
        try assertRefused(["tags", "--presets", "pipe.yaml", "-o", "out.pdf"], naming: "pipe.yaml")
        try assertRefused(["tags", "--order", "pipe.csv", "-o", "out.pdf"], naming: "pipe.csv")
        try assertRefused(["tags", "--template", "pipe.yaml", "-o", "out.pdf"], naming: "pipe.yaml")
        try assertRefused(["compare", "--brand", "pipe.yaml", "-o", "out.pdf"], naming: "pipe.yaml")
        try assertRefused(["run", "pipe.yaml"], naming: "pipe.yaml")
    }

    func testAFIFOAsTheBrandsLogoIsRefusedAtTheBrandLine() throws {
        try fifo("brand/logo.svg")
        try write("name: ACME\nlogo: logo.svg\n", to: "brand/brand.yaml")
        let result = try leadprint(["compare", "--brand", "brand/brand.yaml", "-o", "out.pdf"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "Error: brand/brand.yaml:2: logo: 'logo.svg' cannot be read (\(refusal))\n")
    }

    func testAFIFOAsTheCatalogsTranslationOverlayIsRefusedByName() throws {
        try FileManager.default.copyItem(at: catalog, to: folder.appendingPathComponent("c.yaml"))
        try fifo("c.es.yaml")
        try assertRefused(["tags", "--catalog", "c.yaml", "--lang", "es", "-o", "out.pdf"], naming: "c.es.yaml")
    }

    func testAFIFOAtAnyPathInsideAJobFileIsRefusedByName() throws {
        try fifo("pipe.yaml")
        try fifo("pipe.csv")
        let jobs = [
            "catalog: pipe.yaml\njobs:\n  - tags: {series: PRO}\n    output: out.pdf\n",
            "palette: pipe.yaml\njobs:\n  - tags: {series: PRO}\n    output: out.pdf\n",
            "presets: pipe.yaml\njobs:\n  - tags: {series: PRO}\n    output: out.pdf\n",
            "brand: pipe.yaml\njobs:\n  - compare: {}\n    output: out.pdf\n",
            "jobs:\n  - compare: {brand: pipe.yaml}\n    output: out.pdf\n",
            "jobs:\n  - tags: {order-file: pipe.csv}\n    output: out.pdf\n",
            "jobs:\n  - tags: {series: PRO, template: pipe.yaml}\n    output: out.pdf\n",
        ]
        for (index, job) in jobs.enumerated() {
            try write(job, to: "job\(index).yaml")
            try assertRefused(["run", "job\(index).yaml"], naming: job.contains("pipe.csv") ? "pipe.csv" : "pipe.yaml")
        }
    }

    /// A FIFO among gLabels template files is skipped like any unreadable template file, named, and the rest is read.
    func testAFIFOInATemplatesFolderIsSkippedByName() throws {
        try fifo("templates/pipe.xml")
        let result = try leadprint(["presets", "--templates", "templates", "--check"], environment: ["LEADPRINT_GLABELS_FOLDERS": ""])
        XCTAssertTrue(result.stdout.contains("templates/pipe.xml") && result.stdout.contains(refusal), result.stdout + result.stderr)
    }
}
