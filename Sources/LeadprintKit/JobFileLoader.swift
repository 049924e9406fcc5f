import Foundation
import Yams

/// Reads job files: every unknown key and wrong value reported with its line, the jobs decoded into `PrintJob`s.
public struct JobFileLoader {
    /// A job file read from disk, with the line each job starts on.
    public struct Loaded {
        /// The settings and jobs.
        public var file: JobFile
        /// The line of each job in `file.jobs`, for messages about a job that fails later.
        public var jobLines: [Int]
        /// The file's name as messages give it.
        public var name: String
    }

    /// Creates a loader.
    public init() {}

    /// Reads a job file.
    public func load(from url: URL) throws -> Loaded {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw JobFileError([JobFileProblem(file: url.lastPathComponent, line: nil, field: nil, message: "cannot read the file (\((error as NSError).localizedDescription))")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw JobFileError([JobFileProblem(file: url.lastPathComponent, line: nil, field: nil, message: "the file is not UTF-8 text")])
        }
        return try load(yaml: text, name: url.lastPathComponent)
    }

    /// Reads job-file text, naming it `name` in messages.
    public func load(yaml: String, name: String) throws -> Loaded {
        var problems: [JobFileProblem] = []
        func report(_ node: Node?, _ field: String?, _ message: String) {
            problems.append(JobFileProblem(file: name, line: node?.mark?.line, field: field, message: message))
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw JobFileError([JobFileProblem(file: name, line: nil, field: nil, message: "the file is empty")]) }
            root = composed
        } catch let error as YamlError {
            throw JobFileError([JobFileProblem(file: name, line: Self.line(of: error), field: nil, message: "YAML syntax error")])
        }
        guard let top = root.mapping else { throw JobFileError([JobFileProblem(file: name, line: root.mark?.line, field: nil, message: "expected a mapping with jobs:")]) }
        KeyCheck.check(top, allowed: JobFile.keys, path: nil, report: report)
        var jobLines: [Int] = []
        if let jobs = top["jobs"] {
            if let list = jobs.sequence {
                for (index, job) in list.enumerated() {
                    jobLines.append(job.mark?.line ?? 0)
                    let path = "jobs[\(index + 1)]"
                    guard let map = job.mapping else { report(job, path, "expected a mapping naming a document (\(DocumentJob.kinds.joined(separator: ", ")))"); continue }
                    KeyCheck.check(map, allowed: PrintJob.keys, path: path, report: report)
                    for kind in DocumentJob.kinds {
                        guard let options = map[kind] else { continue }
                        if options.null != nil { continue }
                        guard let optionMap = options.mapping else { report(options, "\(path).\(kind)", "expected a mapping of options"); continue }
                        KeyCheck.check(optionMap, allowed: Self.optionKeys(kind), path: "\(path).\(kind)", report: report)
                        // YAML 1.1 reads yes/no/on/off as booleans; a job file takes only true and false, so `continuous: yes`-style typos cannot flip a switch.
                        for (key, value) in optionMap where Self.booleanKeys.contains(key.string ?? "") {
                            guard let text = value.scalar?.string, text != "true", text != "false" else { continue }
                            report(value, "\(path).\(kind).\(key.string ?? "")", "expected true or false (got '\(text)')")
                        }
                    }
                }
            } else {
                report(jobs, "jobs", "expected a list of jobs")
            }
        } else {
            report(root, "jobs", "missing required field")
        }
        guard problems.isEmpty else { throw JobFileError(problems) }
        let file: JobFile
        do {
            file = try YAMLDecoder().decode(JobFile.self, from: yaml)
        } catch let error as DecodingError {
            throw JobFileError([Self.problem(error, root: root, name: name)])
        }
        for (index, job) in file.jobs.enumerated() {
            do { try job.document.validate() } catch {
                problems.append(JobFileProblem(file: name, line: jobLines[index], field: "jobs[\(index + 1)].\(job.document.kind)", message: "\(error)"))
            }
        }
        guard problems.isEmpty else { throw JobFileError(problems) }
        return Loaded(file: file, jobLines: jobLines, name: name)
    }

    /// Option keys whose value is a switch.
    static let booleanKeys: Set<String> = ["outlines", "duplex", "summary-only", "differences-only", "with-catalog-colors", "mono"]

    /// The option keys of a document kind.
    static func optionKeys(_ kind: String) -> [String] {
        switch kind {
        case "tags": TagsJob.CodingKeys.allCases.map(\.rawValue)
        case "card": CardJob.CodingKeys.allCases.map(\.rawValue)
        case "compare": CompareJob.CodingKeys.allCases.map(\.rawValue)
        case "swatches": SwatchesJob.CodingKeys.allCases.map(\.rawValue)
        default: CalibrateJob.CodingKeys.allCases.map(\.rawValue)
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    /// A decoding error located on the node its coding path leads to.
    private static func problem(_ error: DecodingError, root: Node, name: String) -> JobFileProblem {
        let (path, message): ([CodingKey], String) = switch error {
        case .typeMismatch(let type, let context): (context.codingPath, "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context): (context.codingPath, "expected \(Self.describe(type))")
        case .keyNotFound(let key, let context): (context.codingPath + [key], "missing required field")
        case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
        @unknown default: ([], "\(error)")
        }
        var node: Node? = root
        var line = root.mark?.line
        var names: [String] = []
        for key in path {
            if let index = key.intValue { node = node?.sequence.flatMap { index < $0.count ? $0[index] : nil }; names.append("[\(index + 1)]") }
            else { node = node?.mapping?[key.stringValue]; names.append((names.isEmpty ? "" : ".") + key.stringValue) }
            if let here = node?.mark?.line { line = here }
        }
        return JobFileProblem(file: name, line: line, field: names.isEmpty ? nil : names.joined(), message: message)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: "a value of another type"
        }
    }
}

/// One thing wrong with a job file: `file:line: field: problem`.
public struct JobFileProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: String

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let field { text += "\(field): " }
        return text + message
    }
}

/// A job file with problems, every one listed.
public struct JobFileError: Error, Equatable, CustomStringConvertible {
    public var problems: [JobFileProblem]
    init(_ problems: [JobFileProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Unknown keys (and unknown command words), answered by the nearest known one.
public enum KeyCheck {
    static func check(_ mapping: Node.Mapping, allowed: [String], path: String?, report: (Node?, String?, String) -> Void) {
        for (key, _) in mapping {
            let name = key.string ?? "\(key)"
            guard !allowed.contains(name) else { continue }
            let field = path.map { "\($0).\(name)" } ?? name
            let suggestion = nearest(name, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
            report(key, field, "unknown field\(suggestion)")
        }
    }

    /// The allowed word closest to `word` by edit distance, when it is close enough to be a typo.
    public static func nearest(_ word: String, in words: [String]) -> String? {
        let scored = words.map { ($0, distance(word.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let (best, score) = scored, score <= max(2, word.count / 3) else { return nil }
        return best
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
