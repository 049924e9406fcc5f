import Foundation
import Yams

/// One language's strings as read from `Resources/strings/<lang>.yaml`, each with its line.
struct StringTable: Sendable {
    /// A key's value: plain text, or one text per CLDR plural category.
    enum Entry: Sendable, Equatable {
        case text(String)
        case plural([String: String])

        /// Every text of the entry with its category (nil for plain text).
        var variants: [(category: String?, text: String)] {
            switch self {
            case .text(let text): [(nil, text)]
            case .plural(let forms): PluralRules.order.compactMap { category in forms[category].map { (category, $0) } }
            }
        }
    }

    let file: String
    /// Entries in file order, with the line each key is on.
    private(set) var entries: [(key: String, line: Int, entry: Entry)] = []
    /// The last line of the file, where a missing key at the end belongs.
    private(set) var lastLine = 1

    /// Reads a table, collecting every syntax and shape problem rather than stopping at the first.
    static func parse(yaml: String, file: String) -> (StringTable, [LocalizationError]) {
        var table = StringTable(file: file)
        // Counted in bytes: splitting 6 KB into Characters costs more than parsing it.
        table.lastLine = yaml.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        var problems: [LocalizationError] = []
        let root: Node
        do {
            // The basic resolver: every value is read as text here, and the default one builds seven ICU regular expressions.
            // UTF-8 named, as in YAMLReader: Yams's default-encoding lookup copies the whole environment.
            guard let composed = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return (table, [.syntax(file: file, line: nil, message: "file is empty")]) }
            root = composed
        } catch let error as YamlError {
            return (table, [.syntax(file: file, line: Self.line(of: error), message: "YAML syntax error: \(error)")])
        } catch {
            return (table, [.syntax(file: file, line: nil, message: "YAML syntax error: \(error)")])
        }
        guard let mapping = root.mapping else {
            return (table, [.syntax(file: file, line: root.mark?.line, message: "expected a mapping of string keys")])
        }
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            let line = keyNode.mark?.line ?? 0
            guard let key = keyNode.string else {
                problems.append(.syntax(file: file, line: line, message: "expected a text key"))
                continue
            }
            guard seen.insert(key).inserted else {
                problems.append(.duplicateKey(file: file, line: line, key: key))
                continue
            }
            if value.scalar != nil, let text = value.string, value.null == nil, !text.isEmpty {
                table.entries.append((key, line, .text(text)))
            } else if let forms = value.mapping {
                var plural: [String: String] = [:]
                var valid = true
                for (category, form) in forms {
                    guard let name = category.string, let text = form.string, form.scalar != nil, form.null == nil, !text.isEmpty else {
                        problems.append(.wrongShape(file: file, line: category.mark?.line ?? line, key: key, expected: "a non-empty text per plural category"))
                        valid = false
                        continue
                    }
                    plural[name] = text
                }
                if valid { table.entries.append((key, line, .plural(plural))) }
            } else {
                problems.append(.wrongShape(file: file, line: value.mark?.line ?? line, key: key,
                                            expected: "a non-empty text, or a mapping of plural categories to texts"))
            }
        }
        return (table, problems)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    /// The `{name}` placeholders of a text, sorted and without repeats.
    static func placeholders(in text: String) -> [String] {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) { names.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names.sorted()
    }

    /// Checks this table against the keys it must have (English's, in English's order) and its language's plural categories;
    /// `reference` gives English's entries for the placeholder check (nil when this is English).
    func problems(expecting keys: [String], reference: [String: Entry]?, categories: [String]) -> [LocalizationError] {
        var problems: [LocalizationError] = []
        let present = Dictionary(entries.map { ($0.key, $0.line) }, uniquingKeysWith: { first, _ in first })
        let expected = Set(keys)
        for (index, key) in keys.enumerated() where present[key] == nil {
            // A missing key belongs before the next expected key the file has.
            let next = keys[(index + 1)...].compactMap { present[$0] }.first ?? lastLine
            problems.append(.missingKey(file: file, line: next, key: key))
        }
        for (key, line, entry) in entries {
            guard expected.contains(key) else {
                problems.append(.extraKey(file: file, line: line, key: key))
                continue
            }
            if case .plural(let forms) = entry {
                let found = PluralRules.order.filter { forms[$0] != nil } + forms.keys.filter { !PluralRules.order.contains($0) }.sorted()
                if found != categories {
                    problems.append(.pluralCategories(file: file, line: line, key: key, expected: categories, found: found))
                }
            }
            guard let reference, let english = reference[key] else { continue }
            switch (english, entry) {
            case (.text, .plural):
                problems.append(.wrongShape(file: file, line: line, key: key, expected: "plain text, as in English"))
                continue
            case (.plural, .text):
                problems.append(.wrongShape(file: file, line: line, key: key, expected: "plural forms, as in English"))
                continue
            default: break
            }
            let englishNames = Set(english.variants.flatMap { Self.placeholders(in: $0.text) })
            for (category, text) in entry.variants {
                var names = Set(Self.placeholders(in: text))
                // "one wire", "two wires": a category that names its number in words may leave {count} out.
                if let category, ["zero", "one", "two"].contains(category), englishNames.contains("count") { names.insert("count") }
                if names != englishNames {
                    problems.append(.placeholders(file: file, line: line, key: category.map { "\(key).\($0)" } ?? key,
                                                  expected: englishNames.sorted(), found: Self.placeholders(in: text)))
                }
            }
        }
        return problems.sorted { ($0.line, $0.description) < ($1.line, $1.description) }
    }

    /// Entries by key.
    var byKey: [String: Entry] { Dictionary(entries.map { ($0.key, $0.entry) }, uniquingKeysWith: { first, _ in first }) }
}

extension LocalizationError {
    /// The line a table problem is on, for sorting (0 when it has none).
    var line: Int {
        switch self {
        case .syntax(_, let line, _): line ?? 0
        case .missingKey(_, let line, _), .extraKey(_, let line, _), .duplicateKey(_, let line, _), .wrongShape(_, let line, _, _),
             .pluralCategories(_, let line, _, _, _), .placeholders(_, let line, _, _, _): line
        default: 0
        }
    }
}
