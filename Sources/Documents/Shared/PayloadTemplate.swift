import Foundation
import Geometry

/// The one template language for tag text and barcode payloads: `{series}-{position:02}-{serial:05}`, `{camera} {end}`.
///
/// Fields are `{name}` or `{name:0N}` (zero-padded to N digits, numbers only) or `{name:N}` (space-padded);
/// `{a|b}` takes the first of its fields that is not empty; `{{` and `}}` stand for literal braces.
/// Besides the built-in fields, a template may name extra fields (an order's own CSV columns) when they are
/// declared at parse time; any other name is rejected when the template is parsed, not per tag.
public struct PayloadTemplate: Hashable, Sendable {
    /// The built-in fields every tag has.
    public enum Field: String, CaseIterable, Sendable {
        case series, position, label, color, code, serial, definition, group
        /// The camera's ID or name from the order, or one made from the order's camera pattern.
        case camera
        /// Where the camera goes, from the order (empty when not given).
        case location
        /// The camera's number in the order, from 1.
        case set
        /// Which end of the wire the tag goes on (empty when tags mark one end only).
        case end

        /// Whether the field is a number, which may be zero-padded.
        var isNumber: Bool { self == .position || self == .serial || self == .set }
    }

    enum Part: Hashable, Sendable {
        case literal(String)
        /// One or more field names (alternatives), the first non-empty value printed.
        case field([String], width: Int, zeroPadded: Bool)
    }

    let parts: [Part]
    /// The template as written.
    public let text: String

    /// Parses a template; fails naming an unknown field or a malformed brace.
    ///
    /// - Parameter extraFields: field names besides the built-in ones that the template may use, such as an order's CSV columns.
    public init(_ text: String, extraFields: [String] = []) throws {
        self.text = text
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        func fail(_ message: String) -> DocumentError { .badTemplate(template: text, problem: message) }
        let known = Field.allCases.map(\.rawValue) + extraFields.filter { Field(rawValue: $0) == nil }
        while index < text.endIndex {
            let ch = text[index]
            let next = text.index(after: index)
            if ch == "{", next < text.endIndex, text[next] == "{" { literal.append("{"); index = text.index(after: next); continue }
            if ch == "}", next < text.endIndex, text[next] == "}" { literal.append("}"); index = text.index(after: next); continue }
            if ch == "}" { throw fail("unmatched '}'") }
            guard ch == "{" else { literal.append(ch); index = next; continue }
            guard let close = text[next...].firstIndex(of: "}") else { throw fail("unclosed '{'") }
            let spec = text[next..<close].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let names = spec[0].split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            for name in names where !known.contains(name) {
                throw fail("unknown field '{\(name)}' (known: \(known.map { "{\($0)}" }.joined(separator: ", ")))")
            }
            var width = 0, zero = false
            if spec.count == 2 {
                let format = spec[1]
                guard let w = Int(format), w >= 0, w <= 20 else { throw fail("bad format ':\(format)' for {\(spec[0])}: use a width such as :02 or :5") }
                width = w
                zero = format.hasPrefix("0")
                if zero, let text = names.first(where: { Field(rawValue: $0)?.isNumber != true }) {
                    throw fail("{\(text)} is text: zero padding applies to {position}, {serial} and {set}")
                }
            }
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
            parts.append(.field(names, width: width, zeroPadded: zero))
            index = text.index(after: close)
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// Whether the template names a built-in field.
    public func uses(_ field: Field) -> Bool { uses(field.rawValue) }

    /// Whether the template names a field, built-in or extra.
    public func uses(_ name: String) -> Bool {
        parts.contains { if case .field(let names, _, _) = $0 { names.contains(name) } else { false } }
    }

    /// Whether every field the template names is among `names`.
    public func usesOnly(_ names: Set<String>) -> Bool {
        parts.allSatisfy { if case .field(let used, _, _) = $0 { used.allSatisfy(names.contains) } else { true } }
    }

    /// Whether the template names no field at all.
    public var isLiteral: Bool { !parts.contains { if case .field = $0 { true } else { false } } }

    /// The payload for one tag's built-in field values.
    public func expand(_ values: [Field: String]) -> String {
        expand { name in Field(rawValue: name).flatMap { values[$0] } }
    }

    /// The text for a tag, each field's value asked of `value` by name (nil counts as empty).
    ///
    /// A field that comes out empty takes its separator with it (`{camera}-{position:02}-{end}` without an end gives
    /// `CAM-01-09`, not `CAM-01-09-`): the punctuation and spaces before it, or after it when nothing precedes it.
    public func expand(_ value: (String) -> String?) -> String {
        var pieces: [(text: String, isSeparator: Bool)] = []
        var dropNextSeparator = false
        for part in parts {
            switch part {
            case .literal(let text):
                if dropNextSeparator, Self.isSeparator(text) { dropNextSeparator = false; continue }
                dropNextSeparator = false
                pieces.append((text, Self.isSeparator(text)))
            case .field(let names, let width, let zero):
                var found = ""
                for name in names {
                    if let v = value(name), !v.isEmpty { found = v; break }
                }
                let pad = max(0, width - found.count)
                let text = String(repeating: zero ? "0" : " ", count: pad) + found
                guard text.isEmpty else { pieces.append((text, false)); continue }
                if let last = pieces.last, last.isSeparator {
                    pieces.removeLast()
                } else if pieces.isEmpty {
                    dropNextSeparator = true
                }
            }
        }
        return pieces.map(\.text).joined()
    }

    /// Whether a literal only separates fields: spaces and punctuation, no letter or digit.
    private static func isSeparator(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { !CharacterSet.alphanumerics.contains($0) }
    }

    /// Whether every field the template names comes out empty (a line with nothing to say is dropped).
    public func isEmpty(_ value: (String) -> String?) -> Bool {
        parts.allSatisfy { part in
            if case .field(let names, _, _) = part { return names.allSatisfy { (value($0) ?? "").isEmpty } }
            return true
        }
    }
}
