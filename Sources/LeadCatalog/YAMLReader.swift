import Foundation
import Yams

/// A value read from YAML together with the line it came from.
struct Located<Value> {
    var value: Value
    var line: Int
}

/// Where in a catalog a problem sits, above the field level.
struct ProblemScope {
    var series: String?
    var lead: Int?
    var group: String?

    static let file = ProblemScope()
}

/// Reads typed fields out of composed YAML nodes, recording a located problem for every
/// missing field, wrong type or unknown key instead of stopping at the first.
final class YAMLReader {
    let fileName: String
    private(set) var problems: [CatalogProblem] = []

    init(fileName: String) {
        self.fileName = fileName
    }

    /// Records a problem.
    func report(_ message: String, line: Int?, scope: ProblemScope, field: String? = nil,
                value: CatalogProblem.Value? = nil) {
        problems.append(CatalogProblem(file: fileName, line: line, series: scope.series, lead: scope.lead,
                                       group: scope.group, field: field, message: message, value: value))
    }

    /// Problems sorted by line, so the report reads top to bottom whatever order the checks ran in.
    var sortedProblems: [CatalogProblem] {
        // Stable sort keeps same-line problems in detection order.
        problems.enumerated().sorted {
            ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
        }.map(\.element)
    }

    /// Composes the document, recording a syntax error with Yams's line; nil when there is nothing to read.
    func compose(_ yaml: String) -> Node? {
        do {
            // Every field is converted by the reader itself (text, whole number, null by its spelling), so scalars
            // need no implicit type: Yams's default resolver runs up to seven ICU regular expressions on every
            // scalar, again on every key lookup, which was a fifth of a short run's start-up.
            guard let root = try Yams.compose(yaml: yaml, .basic) else {
                report("file is empty", line: nil, scope: .file)
                return nil
            }
            return root
        } catch let error as YamlError {
            let (line, problem) = Self.locate(error)
            report("YAML syntax error: \(problem)", line: line, scope: .file)
            return nil
        } catch {
            report("YAML syntax error: \(error)", line: nil, scope: .file)
            return nil
        }
    }

    private static func locate(_ error: YamlError) -> (Int?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = context.map { "\(problem) \($0.text)" } ?? problem
            return (mark.line, text)
        case .reader(let problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(error)")
        }
    }

    /// The node as a mapping, or nil with a wrong-type problem.
    func mapping(_ node: Node, scope: ProblemScope, field: String?) -> Node.Mapping? {
        if let mapping = node.mapping { return mapping }
        report("expected a mapping of fields", line: node.mark?.line, scope: scope, field: field, value: Self.shown(node))
        return nil
    }

    /// Reports keys outside `allowed` (usually typos that would otherwise be ignored) and keys given twice.
    func checkKeys(_ mapping: Node.Mapping, allowed: [String], scope: ProblemScope, prefix: String? = nil) {
        var seen: Set<String> = []
        for (key, _) in mapping {
            let name = key.string ?? "\(key)"
            let field = prefix.map { "\($0).\(name)" } ?? name
            if !seen.insert(name).inserted {
                report("field given twice", line: key.mark?.line, scope: scope, field: field)
            } else if !allowed.contains(name) {
                report("unknown field; expected one of \(allowed.joined(separator: ", "))",
                       line: key.mark?.line, scope: scope, field: field)
            }
        }
    }

    /// A field converted from its node; nil (with a problem) when required but missing, or when `convert` rejects it.
    private func field<T>(_ mapping: Node.Mapping, _ key: String, name: String, required: Bool, scope: ProblemScope,
                          expected: String, convert: (Node) -> T?) -> Located<T>? {
        guard let node = mapping[key] else {
            if required { report("missing required field", line: mapping.mark?.line, scope: scope, field: name) }
            return nil
        }
        let line = node.mark?.line ?? mapping.mark?.line ?? 0
        guard let value = convert(node) else {
            report("expected \(expected)", line: line, scope: scope, field: name, value: Self.shown(node))
            return nil
        }
        return Located(value: value, line: line)
    }

    /// A text field; nil (with a problem) when required but missing, of the wrong type, or empty.
    func string(_ mapping: Node.Mapping, _ key: String, required: Bool = true, scope: ProblemScope,
                prefix: String? = nil) -> Located<String>? {
        let name = prefix.map { "\($0).\(key)" } ?? key
        let found = field(mapping, key, name: name, required: required, scope: scope, expected: "text") { node -> String? in
            guard node.scalar != nil, let raw = node.string else { return nil }
            // An explicit null (`label:` or `label: ~`) is an empty value, not the text "~".
            return node.null != nil ? "" : raw.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let found else { return nil }
        if found.value.isEmpty {
            report("must not be empty", line: found.line, scope: scope, field: name)
            return nil
        }
        return found
    }

    /// A whole-number field; nil (with a problem) when required but missing or not a whole number.
    func int(_ mapping: Node.Mapping, _ key: String, required: Bool = true, scope: ProblemScope) -> Located<Int>? {
        field(mapping, key, name: key, required: required, scope: scope, expected: "a whole number") { $0.int }
    }

    /// A list field; nil (with a problem) when required but missing or not a list.
    func sequence(_ mapping: Node.Mapping, _ key: String, required: Bool = true,
                  scope: ProblemScope) -> Located<[Node]>? {
        field(mapping, key, name: key, required: required, scope: scope, expected: "a list") { $0.sequence.map(Array.init) }
    }

    /// A list of text values, e.g. colour aliases.
    func strings(_ mapping: Node.Mapping, _ key: String, scope: ProblemScope) -> [Located<String>] {
        guard let list = sequence(mapping, key, required: false, scope: scope) else { return [] }
        return list.value.compactMap { node in
            let line = node.mark?.line ?? list.line
            guard node.scalar != nil, let text = node.string, node.null == nil, !text.isEmpty else {
                report("expected text", line: line, scope: scope, field: key, value: Self.shown(node))
                return nil
            }
            return Located(value: text, line: line)
        }
    }

    /// A short rendering of a node for a problem's value: the scalar itself, or its shape.
    static func shown(_ node: Node) -> CatalogProblem.Value {
        switch node {
        case .scalar(let scalar): .text(scalar.string)
        case .mapping: .text("a mapping")
        case .sequence: .text("a list")
        }
    }
}
