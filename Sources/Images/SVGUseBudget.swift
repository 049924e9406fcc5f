import Foundation

/// Counts the elements an SVG draws once every `<use>` is expanded, before librsvg sees it.
///
/// Each `<use>` draws its target again, so a few nested groups that use each other twice make millions of elements
/// from a 2 KB file. librsvg stops at 500,000 referenced elements, but only after seconds of work, and a file just under
/// its limit takes seconds more to draw into every page; a logo needs a few hundred, so a far smaller budget is checked
/// here first, in one pass over the markup.
///
/// The pass reads only tags and their `id` and `href` attributes, tolerantly: Foundation's XML parser traps on some
/// malformed bytes (an attribute name that is not UTF-8, found by the logo fuzz target), and anything this pass cannot
/// follow is left for librsvg to refuse in its own words.
enum SVGUseBudget {
    /// The most elements a logo may draw, references expanded.
    static let limit = 20_000
    /// Far deeper than any logo nests its groups and references; the count's own recursion stays this shallow.
    static let maximumDepth = 512

    /// The number of elements drawn, counted up to just past `limit`; nil when the markup is not well enough formed to
    /// follow.
    static func expandedCount(of data: Data) -> Int? {
        var markup = Markup(bytes: [UInt8](data))
        guard markup.read() else { return markup.overflowed ? limit + 1 : nil }
        guard !markup.elements.isEmpty else { return 0 }
        var sizes: [Int: Int] = [:]
        var open: Set<Int> = []
        return markup.elements.indices.filter { markup.elements[$0].parent == nil }
            .reduce(0) { min($0 + markup.size(of: $1, sizes: &sizes, open: &open), limit + 1) }
    }

    /// The elements of a document in order, with their children, ids and `<use>` targets.
    private struct Markup {
        struct Element {
            var parent: Int?
            var children: [Int] = []
            var target: String?
        }

        let bytes: [UInt8]
        var elements: [Element] = []
        var ids: [String: Int] = [:]
        /// Set when the markup alone holds more elements than the budget, and reading stopped.
        var overflowed = false
        private var index = 0
        private var stack: [Int] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// Reads every tag; false when a tag is not closed or the markup holds more elements than the budget.
        mutating func read() -> Bool {
            while let open = find(UInt8(ascii: "<"), from: index) {
                index = open + 1
                if starts(with: "!--") {
                    guard let end = find("-->", from: index) else { return false }
                    index = end + 3
                } else if starts(with: "![CDATA[") {
                    guard let end = find("]]>", from: index) else { return false }
                    index = end + 3
                } else if starts(with: "?") {
                    guard let end = find("?>", from: index) else { return false }
                    index = end + 2
                } else if starts(with: "!") {
                    // A DOCTYPE, its internal subset in brackets.
                    if let bracket = find(UInt8(ascii: "["), from: index), let close = find(UInt8(ascii: ">"), from: index), bracket < close {
                        guard let end = find("]", from: bracket), let after = find(UInt8(ascii: ">"), from: end) else { return false }
                        index = after + 1
                    } else {
                        guard let close = find(UInt8(ascii: ">"), from: index) else { return false }
                        index = close + 1
                    }
                } else if starts(with: "/") {
                    guard let close = find(UInt8(ascii: ">"), from: index) else { return false }
                    index = close + 1
                    _ = stack.popLast()
                } else {
                    guard startElement() else { return false }
                    if elements.count > SVGUseBudget.limit {
                        overflowed = true
                        return false
                    }
                }
            }
            return true
        }

        /// Reads a start tag after its `<`: the name, then attributes up to `>` or `/>`.
        private mutating func startElement() -> Bool {
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            var element = Element(parent: stack.last)
            var id: String?
            while true {
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count else { return false }
                if bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "/") {
                    let selfClosing = bytes[index] == UInt8(ascii: "/")
                    guard let close = find(UInt8(ascii: ">"), from: index) else { return false }
                    index = close + 1
                    let position = elements.count
                    if (name == "use" || name.hasSuffix(":use")), let target = element.target, target.hasPrefix("#") {
                        element.target = String(target.dropFirst())
                    } else {
                        element.target = nil
                    }
                    elements.append(element)
                    if let parent = stack.last { elements[parent].children.append(position) }
                    if let id, ids[id] == nil { ids[id] = position }
                    if !selfClosing { stack.append(position) }
                    return true
                }
                let attributeStart = index
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") { index += 1 }
                let attribute = String(decoding: bytes[attributeStart..<index], as: UTF8.self)
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return false }
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return false }
                let quote = bytes[index]
                guard let end = find(quote, from: index + 1) else { return false }
                let value = Self.unescaped(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
                index = end + 1
                if attribute == "id" { id = value }
                if attribute == "href" || attribute == "xlink:href" { element.target = value }
            }
        }

        /// Elements drawn by element `index` and what it contains and uses, saturating just past the limit; a `<use>`
        /// that refers back to an element still being counted (a cycle, which librsvg refuses), or a chain deeper than
        /// `maximumDepth`, counts as over the limit.
        func size(of index: Int, sizes: inout [Int: Int], open: inout Set<Int>) -> Int {
            let over = SVGUseBudget.limit + 1
            if let known = sizes[index] { return known }
            guard open.count < SVGUseBudget.maximumDepth, open.insert(index).inserted else { return over }
            defer { open.remove(index) }
            var total = 1
            for child in elements[index].children where total < over {
                total = min(total + size(of: child, sizes: &sizes, open: &open), over)
            }
            if let target = elements[index].target, let referenced = ids[target], total < over {
                total = min(total + size(of: referenced, sizes: &sizes, open: &open), over)
            }
            sizes[index] = total
            return total
        }

        /// Character references in an id or href, as librsvg would read them (`&#35;u1` is `#u1`).
        private static func unescaped(_ text: String) -> String {
            guard text.contains("&") else { return text }
            var result = ""
            var rest = Substring(text)
            while let amp = rest.firstIndex(of: "&") {
                result += rest[..<amp]
                guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
                let entity = rest[rest.index(after: amp)..<semicolon]
                let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
                if let character = named[String(entity)] {
                    result += character
                } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += rest[amp...semicolon]
                }
                rest = rest[rest.index(after: semicolon)...]
            }
            return result + rest
        }

        private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        private func starts(with text: String) -> Bool {
            let pattern = Array(text.utf8)
            return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
        }

        private func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < bytes.count else { return nil }
            return bytes[start...].firstIndex(of: byte)
        }

        private func find(_ text: String, from start: Int) -> Int? {
            let pattern = Array(text.utf8)
            guard let first = pattern.first else { return nil }
            var position = start
            while let candidate = find(first, from: position) {
                if candidate + pattern.count <= bytes.count, bytes[candidate..<(candidate + pattern.count)].elementsEqual(pattern) { return candidate }
                position = candidate + 1
            }
            return nil
        }
    }
}
