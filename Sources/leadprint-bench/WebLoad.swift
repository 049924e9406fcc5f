import Foundation

/// `leadprint-bench --web`: drives `leadprint serve` on loopback with wrk's concurrent clients and prints
/// requests per second, median and 99th-percentile latency and errors for card previews and 1,000-tag PDFs.
enum WebLoad {
    /// One load run: what was asked, and wrk's figures.
    struct Result {
        var name: String
        var requestsPerSecond: Double
        var p50: String
        var p99: String
        var errors: Int
        var requests: Int
    }

    static func run(leadprint: String, folder: URL, seconds: Int, connections: Int) throws {
        guard let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BenchError.missing("wrk is not installed (apt-get install wrk)")
        }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: leadprint)
        server.arguments = ["serve", "--port", "0"]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            first += chunk
        }
        guard let base = String(decoding: first, as: UTF8.self).split(separator: " ").first(where: { $0.hasPrefix("http://") }) else {
            throw BenchError.missing("leadprint serve did not say where it listens")
        }
        let cases = [
            ("card preview (CR80, PNG page 1)", "api/preview", #"{"job": {"card": {"series": "PRO"}}}"#),
            ("1,026-tag PDF (avery-l7651)", "api/render", #"{"job": {"tags": {"series": "all", "sets": 38, "preset": "avery-l7651"}, "format": "pdf"}}"#),
        ]
        let cores = ProcessInfo.processInfo.activeProcessorCount
        Benchmark.say("leadprint serve under wrk: \(connections) connections, 2 threads, \(seconds) s per row; \(cores) cores, \(cores) render workers")
        Benchmark.say("| request | requests/s | p50 | p99 | errors / requests |")
        Benchmark.say("|---|---|---|---|---|")
        for (name, path, body) in cases {
            let script = folder.appendingPathComponent("post-\(path.split(separator: "/").last ?? "x").lua")
            let escaped = body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            try """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.body = "\(escaped)"
            """.write(to: script, atomically: true, encoding: .utf8)
            let output = try capture(wrk, ["-t2", "-c\(connections)", "-d\(seconds)s", "--latency", "-s", script.path, "\(base)\(path)"])
            let result = parse(output, name: name)
            Benchmark.say("| \(name) | \(String(format: "%.1f", result.requestsPerSecond)) | \(result.p50) | \(result.p99) | \(result.errors) / \(result.requests) |")
        }
    }

    /// wrk's report read into figures: Requests/sec, the latency distribution's 50% and 99%, non-2xx answers and socket errors.
    static func parse(_ text: String, name: String) -> Result {
        var result = Result(name: name, requestsPerSecond: 0, p50: "-", p99: "-", errors: 0, requests: 0)
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            if line.hasPrefix("Requests/sec:"), let value = words.last.flatMap(Double.init) { result.requestsPerSecond = value }
            if line.hasPrefix("50%"), let value = words.last { result.p50 = value }
            if line.hasPrefix("99%"), let value = words.last { result.p99 = value }
            if line.hasPrefix("Non-2xx or 3xx responses:"), let value = words.last.flatMap(Int.init) { result.errors += value }
            if line.hasPrefix("Socket errors:") {
                result.errors += words.compactMap(Int.init).reduce(0, +)
            }
            if line.contains("requests in"), let value = words.first.flatMap(Int.init) { result.requests = value }
        }
        return result
    }

    private static func capture(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
