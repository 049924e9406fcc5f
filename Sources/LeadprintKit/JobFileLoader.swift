import Foundation
import Yams
import YAMLSupport

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

    /// Reads a job file through the shared guarded reader (size, encoding, nesting and alias limits first).
    public func load(from url: URL) throws -> Loaded {
        let bytes: [UInt8]
        do { bytes = try YAMLReader.contents(of: url) } catch {
            throw JobFileError([YAMLProblem(file: url.lastPathComponent, message: error.message)])
        }
        return try load(bytes: bytes, name: url.lastPathComponent)
    }

    /// Reads job-file text, naming it `name` in messages.
    public func load(yaml: String, name: String) throws -> Loaded {
        try load(bytes: Array(yaml.utf8), name: name)
    }

    /// Reads job-file bytes, naming them `name` in messages: every unknown key, non-mapping and non-boolean switch is
    /// reported with its line before the jobs are decoded.
    public func load(bytes: [UInt8], name: String) throws -> Loaded {
        let reader = YAMLReader(fileName: name)
        guard let root = reader.parse(bytes) else { throw JobFileError(reader.sortedProblems) }
        guard let top = reader.mapping(root) else { throw JobFileError(reader.sortedProblems) }
        reader.checkKeys(top, allowed: JobFile.keys)
        var jobLines: [Int] = []
        for (index, job) in (reader.list(top, "jobs")?.value ?? []).enumerated() {
            jobLines.append(job.mark?.line ?? 0)
            let path = "jobs[\(index + 1)]"
            guard let map = reader.mapping(job, field: path) else { continue }
            reader.checkKeys(map, allowed: PrintJob.keys, prefix: path)
            for kind in DocumentJob.kinds {
                guard let options = map[kind], options.null == nil else { continue }
                guard let optionMap = reader.mapping(options, field: "\(path).\(kind)") else { continue }
                reader.checkKeys(optionMap, allowed: Self.optionKeys(kind), prefix: "\(path).\(kind)")
                // YAML 1.1 reads yes/no/on/off as booleans; a job file takes only true and false, so `outlines: yes`-style
                // typos cannot flip a switch.
                for key in Self.booleanKeys where optionMap[key] != nil {
                    _ = reader.bool(optionMap, key, required: false, prefix: "\(path).\(kind)")
                }
            }
        }
        guard !reader.hasProblems else { throw JobFileError(reader.sortedProblems) }
        let file: JobFile
        do {
            // The bytes passed the reader's guards (UTF-8, depth, size), so decoding them again is safe.
            file = try YAMLDecoder().decode(JobFile.self, from: String(decoding: bytes, as: UTF8.self))
        } catch let error as DecodingError {
            throw JobFileError([Self.problem(error, root: root, name: name)])
        }
        var problems: [YAMLProblem] = []
        for (index, job) in file.jobs.enumerated() {
            do { try job.document.validate() } catch {
                problems.append(YAMLProblem(file: name, line: jobLines[index], field: "jobs[\(index + 1)].\(job.document.kind)", message: "\(error)"))
            }
        }
        guard problems.isEmpty else { throw JobFileError(problems) }
        return Loaded(file: file, jobLines: jobLines, name: name)
    }

    /// Option keys whose value is a switch.
    static let booleanKeys: Set<String> = ["outlines", "duplex", "summary-only", "differences-only", "with-catalog-colors", "mono"]

    /// The option keys of a document kind.
    public static func optionKeys(_ kind: String) -> [String] {
        switch kind {
        case "tags": TagsJob.CodingKeys.allCases.map(\.rawValue)
        case "card": CardJob.CodingKeys.allCases.map(\.rawValue)
        case "compare": CompareJob.CodingKeys.allCases.map(\.rawValue)
        case "swatches": SwatchesJob.CodingKeys.allCases.map(\.rawValue)
        default: CalibrateJob.CodingKeys.allCases.map(\.rawValue)
        }
    }

    /// A decoding error located on the node its coding path leads to.
    private static func problem(_ error: DecodingError, root: Node, name: String) -> YAMLProblem {
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
        return YAMLProblem(file: name, line: line, field: names.isEmpty ? nil : names.joined(), message: message)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        case is Node.Mapping.Type: "a mapping of fields"
        case is Node.Sequence.Type: "a list"
        case is Node.Scalar.Type: "a single value, not a list or mapping"
        default: "a value of another type"
        }
    }
}

/// A job file with problems, every one listed, one located line each.
public struct JobFileError: Error, Equatable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [YAMLProblem]
    init(_ problems: [YAMLProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
