import Foundation
import Geometry
import Yams

/// Reads typed fields out of a YAML file, recording a located `YAMLProblem` for every missing field,
/// wrong type, out-of-range value and unknown key instead of stopping at the first.
///
/// Typical use: `parse` the bytes, take the root `mapping`, `checkKeys`, then read each field with a
/// typed reader (`text`, `integer`, `number`, `length`, `bool`, `choice`, `list`, `submapping`); when
/// done, throw `sortedProblems` if `hasProblems`. Every reader returns nil after recording a problem.
public final class YAMLReader {
    /// The file name problems carry, e.g. "jobs.yaml" or "<stdin>".
    public let fileName: String
    /// The bounds the input is checked against before it is composed.
    public let limits: YAMLLimits
    /// Every problem recorded so far, in the order found.
    public private(set) var problems: [YAMLProblem] = []

    /// The most problems kept; a file with more is summarised by one last problem.
    public static let problemLimit = 200
    private var dropped = 0
    /// Where the document's top node starts, so that the top mapping's keys can be told from nested ones.
    private var rootMark: Mark?
    /// Set once the file turned out to be of another kind; later problems are not recorded.
    private var isOtherKind = false

    /// Creates a reader for one file.
    public init(fileName: String, limits: YAMLLimits = .standard) {
        self.fileName = fileName
        self.limits = limits
    }

    /// Whether any problem has been recorded.
    public var hasProblems: Bool { !problems.isEmpty }

    /// Problems sorted by line (stable), so the report reads top to bottom whatever order the checks ran in.
    public var sortedProblems: [YAMLProblem] {
        var sorted = problems.enumerated().sorted {
            ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
        }.map(\.element)
        if dropped > 0 {
            sorted.append(YAMLProblem(file: fileName, message: "and \(dropped) more problems not shown"))
        }
        return sorted
    }

    /// Records a problem.
    public func report(_ message: String, line: Int?, context: YAMLContext = .root, field: String? = nil,
                       value: YAMLProblem.Value? = nil) {
        guard !isOtherKind else { return }
        guard problems.count < Self.problemLimit else {
            dropped += 1
            return
        }
        problems.append(YAMLProblem(file: fileName, line: line, context: context.text, field: field, message: message,
                                    value: value))
    }

    // MARK: Input

    /// A file's bytes; throws a one-line problem with the path and the system's reason (e.g. "No such file
    /// or directory", "Permission denied") when it cannot be read.
    public static func contents(of url: URL, limits: YAMLLimits = .standard) throws(YAMLProblem) -> [UInt8] {
        switch YAMLSource.load(path: url.path, limit: limits.maxBytes) {
        case .success(let bytes): return bytes
        case .failure(let failure): throw YAMLProblem(file: url.path, message: "cannot read file: \(failure.reason)")
        }
    }

    /// Every byte of an open descriptor such as standard input; `name` (e.g. "<stdin>") names it in problems.
    public static func contents(ofDescriptor descriptor: Int32, name: String,
                                limits: YAMLLimits = .standard) throws(YAMLProblem) -> [UInt8] {
        switch YAMLSource.readAll(descriptor, limit: limits.maxBytes) {
        case .success(let bytes): return bytes
        case .failure(let failure): throw YAMLProblem(file: name, message: "cannot read: \(failure.reason)")
        }
    }

    /// Checks the bytes (size, UTF-8, control characters, nesting depth, node count) and composes them;
    /// nil, with problems recorded, when the file is empty or cannot be parsed safely.
    public func parse(_ bytes: [UInt8]) -> Node? {
        let report: (String, Int?, YAMLProblem.Value?) -> Void = { message, line, value in
            self.report(message, line: line, value: value)
        }
        let safe = bytes.withUnsafeBufferPointer { buffer in
            YAMLInputGuard.checkBytes(buffer, limits: limits, report: report)
                && YAMLInputGuard.checkStructure(buffer, limits: limits, report: report)
        }
        guard safe else { return nil }
        return compose(String(decoding: bytes, as: UTF8.self))
    }

    /// Checks and composes YAML text; see `parse(_:)` for bytes.
    public func parse(text: String) -> Node? {
        parse(Array(text.utf8))
    }

    private func compose(_ yaml: String) -> Node? {
        do {
            // Every field is converted by the reader itself (text, whole number, null by its spelling), so scalars need no
            // implicit type: Yams's default resolver runs up to seven regular expressions on every scalar and key lookup.
            // The bytes are UTF-8; naming it skips Yams's default-encoding lookup, which copies the whole environment.
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                report("file is empty", line: nil)
                return nil
            }
            // A whole file that reads as one text value is not a YAML file of fields at all (a password file, a CSV, a
            // log): said so without quoting it, since its text may be what its owner keeps private.
            if case .scalar(let scalar) = root {
                report(scalar.string.isEmpty || scalar.string == "~" ? "file is empty"
                       : "not a YAML file of fields: the whole file reads as plain text (expected `name: value` lines)", line: nil)
                return nil
            }
            rootMark = root.mark
            return root
        } catch let error as YamlError {
            let (line, problem) = Self.locate(error)
            report("YAML syntax error: \(problem)", line: line)
            return nil
        } catch {
            report("YAML syntax error: \(error)", line: nil)
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
        case .reader(let problem, let offset, _, _):
            return (nil, offset.map { "\(problem) at byte \($0)" } ?? problem)
        default:
            return (nil, "\(error)")
        }
    }

    // MARK: Structure

    /// The node as a mapping, or nil with a wrong-type problem.
    public func mapping(_ node: Node, context: YAMLContext = .root, field: String? = nil) -> Node.Mapping? {
        if let mapping = node.mapping { return mapping }
        report("expected a mapping of fields", line: node.mark?.line, context: context, field: field, value: Self.shown(node))
        return nil
    }

    /// Reports keys outside `allowed` (answering with the nearest allowed key) and keys given twice;
    /// `prefix` (e.g. "grid") is put before each key in the problem's field.
    public func checkKeys(_ mapping: Node.Mapping, allowed: [String], context: YAMLContext = .root,
                          prefix: String? = nil) {
        if isForeign(mapping, allowed: allowed) {
            let list = allowed.count <= 12 ? " (expected \(allowed.joined(separator: ", ")))" : ""
            report("not this kind of file: none of its \(mapping.count) top-level names is a known field\(list)", line: nil)
            // What else is missing from a file of another kind would only bury the one line that matters.
            isOtherKind = true
            return
        }
        var seen: [String: Int] = Dictionary(minimumCapacity: mapping.count)
        for (key, _) in mapping {
            let line = key.mark?.line ?? mapping.mark?.line
            guard key.scalar != nil, let name = key.string else {
                report("a field name must be plain text", line: line, context: context, field: prefix,
                       value: Self.shown(key))
                continue
            }
            if let first = seen[name] {
                report("field given twice, first on line \(first)", line: line, context: context, field: Self.path(prefix, name))
                continue
            }
            if !allowed.contains(name) {
                // A typo gets the nearest key; a word like no key gets the list, when it is short enough to read.
                let list = allowed.count <= 12 ? "; expected one of \(allowed.joined(separator: ", "))" : ""
                let hint = NearestWord.nearest(to: name, in: allowed).map { "; did you mean '\($0)'?" } ?? list
                report("unknown field\(hint)", line: line, context: context, field: Self.path(prefix, name))
            }
            seen[name] = line ?? 0
        }
    }

    /// Whether `mapping` is the file's top mapping and none of its keys is an allowed field or a misspelling of one: a
    /// file that is something else (`leadprint run /etc/shadow` reads as a mapping of password lines), whose keys are
    /// then not quoted back.
    private func isForeign(_ mapping: Node.Mapping, allowed: [String]) -> Bool {
        guard !mapping.isEmpty, let rootMark, let mark = mapping.mark, mark.line == rootMark.line, mark.column == rootMark.column else { return false }
        return mapping.keys.allSatisfy { key in
            guard let name = key.string else { return true }
            return !allowed.contains(name) && NearestWord.nearest(to: name, in: allowed) == nil
        }
    }

    /// A field that must be a mapping, with its line; nil (with a problem) when required but missing or not a mapping.
    public func submapping(_ mapping: Node.Mapping, _ key: String, required: Bool = true,
                           context: YAMLContext = .root, prefix: String? = nil) -> Located<Node.Mapping>? {
        field(mapping, key, required: required, context: context, prefix: prefix,
              expected: "a mapping of fields") { $0.mapping }
    }

    /// A list field; nil (with a problem) when required but missing or not a list.
    public func list(_ mapping: Node.Mapping, _ key: String, required: Bool = true,
                     context: YAMLContext = .root, prefix: String? = nil) -> Located<[Node]>? {
        field(mapping, key, required: required, context: context, prefix: prefix,
              expected: "a list") { $0.sequence.map(Array.init) }
    }

    // MARK: Typed fields

    /// The longest text field accepted unless a reader asks for another limit.
    public static let textLimit = 2000

    /// A text field, trimmed; nil (with a problem) when required but missing, not text, empty (unless
    /// `allowEmpty`), longer than `maxLength` characters, or holding a line break or another control
    /// character (unless `multiline`, which still allows only line breaks and tabs). An explicit null
    /// (`label:` or `label: ~`) counts as empty.
    public func text(_ mapping: Node.Mapping, _ key: String, required: Bool = true, allowEmpty: Bool = false,
                     multiline: Bool = false, maxLength: Int = YAMLReader.textLimit, context: YAMLContext = .root,
                     prefix: String? = nil) -> Located<String>? {
        let found = field(mapping, key, required: required, context: context, prefix: prefix,
                          expected: "text") { node -> String? in
            guard node.scalar != nil, let raw = node.string else { return nil }
            return node.null != nil ? "" : raw.trimmingWhitespaceAndNewlines()
        }
        guard let found else { return nil }
        if found.value.isEmpty && !allowEmpty {
            report("must not be empty", line: found.line, context: context, field: Self.path(prefix, key))
            return nil
        }
        // UTF-8 bytes are at least as many as scalars, so most texts are settled by the byte count alone.
        if found.value.utf8.count > maxLength && found.value.unicodeScalars.count > maxLength && found.value.count > maxLength {
            report("must be at most \(maxLength) characters", line: found.line, context: context,
                   field: Self.path(prefix, key), value: .text(found.value))
            return nil
        }
        // Unicode's control characters (category Cc, fixed by its stability policy) are U+0000–U+001F and U+007F–U+009F.
        func isRefused(_ scalar: Unicode.Scalar) -> Bool {
            guard scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) else { return false }
            return !(multiline && (scalar == "\n" || scalar == "\t"))
        }
        if found.value.unicodeScalars.contains(where: isRefused) {
            report(multiline ? "must not contain control characters" : "must be one line without control characters",
                   line: found.line, context: context, field: Self.path(prefix, key), value: .text(found.value))
            return nil
        }
        return found
    }

    /// Every item of an optional list of text values, e.g. colour aliases; wrong items are reported and skipped.
    public func texts(_ mapping: Node.Mapping, _ key: String, context: YAMLContext = .root,
                      prefix: String? = nil) -> [Located<String>] {
        guard let items = list(mapping, key, required: false, context: context, prefix: prefix) else { return [] }
        return items.value.compactMap { node in
            let line = node.mark?.line ?? items.line
            guard node.scalar != nil, let text = node.string, node.null == nil, !text.isEmpty else {
                report("expected text", line: line, context: context, field: Self.path(prefix, key), value: Self.shown(node))
                return nil
            }
            return Located(value: text, line: line)
        }
    }

    /// A whole number within `range`; nil (with a problem naming the range) otherwise.
    public func integer(_ mapping: Node.Mapping, _ key: String, in range: ClosedRange<Int>, required: Bool = true,
                        context: YAMLContext = .root, prefix: String? = nil) -> Located<Int>? {
        let wanted = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        let found = field(mapping, key, required: required, context: context, prefix: prefix, expected: wanted) { node in
            node.scalar.flatMap { Int($0.string.trimmingWhitespace()) }
        }
        guard let found else { return nil }
        guard range.contains(found.value) else {
            report("must be \(wanted)", line: found.line, context: context, field: Self.path(prefix, key),
                   value: .number(found.value))
            return nil
        }
        return found
    }

    /// A finite number within `range`; nil (with a problem naming the range) otherwise.
    public func number(_ mapping: Node.Mapping, _ key: String, in range: ClosedRange<Double>, required: Bool = true,
                       context: YAMLContext = .root, prefix: String? = nil) -> Located<Double>? {
        let wanted = "a number from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))"
        guard let node = mapping[key] else {
            if required { missing(mapping, key, context: context, prefix: prefix) }
            return nil
        }
        let line = node.mark?.line ?? mapping.mark?.line ?? 0
        guard let text = node.scalar?.string, let value = Double(text.trimmingWhitespace()),
              value.isFinite, range.contains(value) else {
            report("must be \(wanted)", line: line, context: context, field: Self.path(prefix, key), value: Self.shown(node))
            return nil
        }
        return Located(value: value, line: line)
    }

    /// A length with its unit (`25.4mm`, `1in`, `72pt`, `2.5cm`) within `range`; nil (with a problem) otherwise.
    public func length(_ mapping: Node.Mapping, _ key: String, in range: ClosedRange<Length>, required: Bool = true,
                       context: YAMLContext = .root, prefix: String? = nil) -> Located<Length>? {
        guard let node = mapping[key] else {
            if required { missing(mapping, key, context: context, prefix: prefix) }
            return nil
        }
        let line = node.mark?.line ?? mapping.mark?.line ?? 0
        let field = Self.path(prefix, key)
        guard let text = node.scalar?.string, let value = Length(parsing: text) else {
            report("expected a length with a unit, like 25.4mm, 1in or 72pt", line: line, context: context,
                   field: field, value: Self.shown(node))
            return nil
        }
        guard range.contains(value) else {
            report("must be from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))", line: line,
                   context: context, field: field, value: Self.shown(node))
            return nil
        }
        return Located(value: value, line: line)
    }

    /// A strict boolean: only `true` or `false` (so `yes`, `on` and `1` are errors, not silently false).
    public func bool(_ mapping: Node.Mapping, _ key: String, required: Bool = true, context: YAMLContext = .root,
                     prefix: String? = nil) -> Located<Bool>? {
        field(mapping, key, required: required, context: context, prefix: prefix, expected: "true or false") { node in
            guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
            switch scalar.string {
            case "true": return true
            case "false": return false
            default: return nil
            }
        }
    }

    /// One word out of a fixed set, e.g. a `kind`; a wrong word is answered with the nearest allowed one.
    public func choice<Word: RawRepresentable & CaseIterable>(
        _ mapping: Node.Mapping, _ key: String, as type: Word.Type, required: Bool = true,
        context: YAMLContext = .root, prefix: String? = nil
    ) -> Located<Word>? where Word.RawValue == String {
        guard let found = text(mapping, key, required: required, context: context, prefix: prefix) else { return nil }
        if let word = Word(rawValue: found.value) { return Located(value: word, line: found.line) }
        let words = Word.allCases.map(\.rawValue)
        let hint = NearestWord.nearest(to: found.value, in: words).map { "did you mean '\($0)'? " } ?? ""
        report("unknown \(key); \(hint)expected one of \(words.joined(separator: ", "))", line: found.line,
               context: context, field: Self.path(prefix, key), value: .text(found.value))
        return nil
    }

    // MARK: Helpers

    /// Records a missing required field at the line of its mapping.
    public func missing(_ mapping: Node.Mapping, _ key: String, context: YAMLContext = .root, prefix: String? = nil) {
        report("missing required field", line: mapping.mark?.line, context: context, field: Self.path(prefix, key))
    }

    private func field<T>(_ mapping: Node.Mapping, _ key: String, required: Bool, context: YAMLContext,
                          prefix: String?, expected: String, convert: (Node) -> T?) -> Located<T>? {
        guard let node = mapping[key] else {
            if required { missing(mapping, key, context: context, prefix: prefix) }
            return nil
        }
        let line = node.mark?.line ?? mapping.mark?.line ?? 0
        guard let value = convert(node) else {
            report("expected \(expected)", line: line, context: context, field: Self.path(prefix, key),
                   value: Self.shown(node))
            return nil
        }
        return Located(value: value, line: line)
    }

    /// `prefix.key`, or `key` alone.
    public static func path(_ prefix: String?, _ key: String) -> String {
        prefix.map { "\($0).\(key)" } ?? key
    }

    /// A short rendering of a node for a problem's value: the scalar itself, or its shape.
    public static func shown(_ node: Node) -> YAMLProblem.Value {
        switch node {
        case .scalar(let scalar): .text(scalar.string)
        case .mapping: .text("a mapping")
        case .sequence: .text("a list")
        }
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    private static func format(_ length: Length) -> String {
        length.description
    }
}
