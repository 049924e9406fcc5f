import Foundation

/// A barcode payload built from a tag's fields: `{series}-{position:02}-{serial:05}`.
///
/// Fields are `{name}` or `{name:0N}` (zero-padded to N digits, numbers only) or `{name:N}` (space-padded);
/// `{{` and `}}` stand for literal braces. Unknown fields are rejected when the template is parsed, not per tag.
public struct PayloadTemplate: Hashable, Sendable {
    /// The fields a template may name.
    public enum Field: String, CaseIterable, Sendable {
        case series, position, label, color, code, serial, definition, group
    }

    enum Part: Hashable, Sendable {
        case literal(String)
        case field(Field, width: Int, zeroPadded: Bool)
    }

    let parts: [Part]
    /// The template as written.
    public let text: String

    /// Parses a template; fails naming an unknown field or a malformed brace.
    public init(_ text: String) throws {
        self.text = text
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        func fail(_ message: String) -> DocumentError { .badTemplate(template: text, problem: message) }
        while index < text.endIndex {
            let ch = text[index]
            let next = text.index(after: index)
            if ch == "{", next < text.endIndex, text[next] == "{" { literal.append("{"); index = text.index(after: next); continue }
            if ch == "}", next < text.endIndex, text[next] == "}" { literal.append("}"); index = text.index(after: next); continue }
            if ch == "}" { throw fail("unmatched '}'") }
            guard ch == "{" else { literal.append(ch); index = next; continue }
            guard let close = text[next...].firstIndex(of: "}") else { throw fail("unclosed '{'") }
            let spec = text[next..<close].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = spec[0].trimmingCharacters(in: .whitespaces)
            guard let field = Field(rawValue: name) else {
                throw fail("unknown field '{\(name)}' (known: \(Field.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")))")
            }
            var width = 0, zero = false
            if spec.count == 2 {
                let format = spec[1]
                guard let w = Int(format), w >= 0, w <= 20 else { throw fail("bad format ':\(format)' for {\(name)}: use a width such as :02 or :5") }
                width = w
                zero = format.hasPrefix("0")
                if zero, field != .position, field != .serial { throw fail("{\(name)} is text: zero padding applies to {position} and {serial}") }
            }
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
            parts.append(.field(field, width: width, zeroPadded: zero))
            index = text.index(after: close)
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// Whether the template names a field.
    public func uses(_ field: Field) -> Bool {
        parts.contains { if case .field(field, _, _) = $0 { true } else { false } }
    }

    /// The payload for one tag's field values.
    public func expand(_ values: [Field: String]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .field(let field, let width, let zero):
                let value = values[field] ?? ""
                let pad = max(0, width - value.count)
                result += String(repeating: zero ? "0" : " ", count: pad) + value
            }
        }
        return result
    }
}
