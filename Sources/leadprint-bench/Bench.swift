import Foundation

/// Runs one job's leadprint command and the C reference in turn and keeps the medians.
struct Bench {
    let leadprint: String
    let reference: String?
    let folder: URL
    let runs: Int

    /// Medians of one job.
    struct Row {
        var name: String
        var leadprint: Double
        var leadprintPeak: Int
        var reference: Double?
        var referencePeak: Int?
        var outputBytes: Int
        var referenceBytes: Int?

        /// A table row; `tags` and `referenceTags` (the C program's, when it draws another count) give the rates and bytes per tag.
        func line(tags: Int?, pages: Int?, referenceTags: Int? = nil) -> String {
            func seconds(_ s: Double) -> String { String(format: "%.3f s", s) }
            func mb(_ b: Int) -> String { String(format: "%.0f MB", Double(b) / 1e6) }
            let ratio = reference.map { String(format: "%.2fx", leadprint / $0) } ?? "-"
            let tagRate = tags.map { String(format: "%.0f", Double($0) / leadprint) } ?? "-"
            let pageRate = pages.map { String(format: "%.1f", Double($0) / leadprint) } ?? "-"
            let size = outputBytes >= 1_000_000 ? String(format: "%.1f MB", Double(outputBytes) / 1e6) : String(format: "%.0f kB", Double(outputBytes) / 1e3)
            let peaks = "\(mb(leadprintPeak)) / \(referencePeak.map(mb) ?? "-")"
            let perTag = tags.map { String(format: "%.0f", Double(outputBytes) / Double($0)) } ?? "-"
            var referencePerTag = "-"
            if let referenceBytes, let count = referenceTags ?? tags { referencePerTag = String(format: "%.0f", Double(referenceBytes) / Double(count)) }
            return "| \(name) | \(seconds(leadprint)) | \(reference.map(seconds) ?? "-") | \(ratio) | \(tagRate) | \(pageRate) | \(size) | \(perTag) / \(referencePerTag) | \(peaks) |"
        }
    }

    func compare(name: String, leadprint arguments: [String], reference referenceArguments: [String]?, output: String, referenceOutput: String? = nil,
                 runs: Int) throws -> Row {
        var mine: [Subprocess] = []
        var theirs: [Subprocess] = []
        for _ in 0..<runs {
            mine.append(try checked(leadprint, arguments))
            if let reference, let referenceArguments { theirs.append(try checked(reference, referenceArguments)) }
        }
        return Row(name: name, leadprint: median(mine.map(\.seconds)), leadprintPeak: mine.map(\.peakBytes).max() ?? 0,
                   reference: theirs.isEmpty ? nil : median(theirs.map(\.seconds)), referencePeak: theirs.map(\.peakBytes).max(),
                   outputBytes: try size(of: folder.appendingPathComponent(output)),
                   referenceBytes: theirs.isEmpty ? nil : try referenceOutput.map { try size(of: folder.appendingPathComponent($0)) })
    }

    private func checked(_ program: String, _ arguments: [String]) throws -> Subprocess {
        let result = try Subprocess.run(program, arguments)
        guard result.status == 0 else { throw BenchError.failed(program, arguments, result.status) }
        return result
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// A file's size, or the total of the files in a folder.
    private func size(of url: URL) throws -> Int {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { throw BenchError.missing("the job wrote no \(url.path)") }
        if !isFolder.boolValue { return try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0 }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).reduce(0) { $0 + (try size(of: url.appendingPathComponent($1))) }
    }
}
