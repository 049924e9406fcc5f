import Foundation

/// Renumbers Cairo's surface ids in an SVG file so reruns are byte-identical.
///
/// Cairo names groups `surfaceN` from a counter shared by the whole process, so the same page
/// drawn twice gets different ids; numbering them by first appearance makes the file depend on the page alone.
enum SVGIdentifiers {
    static func normalize(fileAt url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "surface([0-9]+)")
        var mapping: [String: String] = [:]
        var result = ""
        var last = text.startIndex
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text), let number = Range(match.range(at: 1), in: text) else { continue }
            let old = String(text[number])
            let new = mapping[old] ?? String(mapping.count + 1)
            mapping[old] = new
            result += text[last..<range.lowerBound] + "surface" + new
            last = range.upperBound
        }
        result += text[last...]
        try result.write(to: url, atomically: false, encoding: .utf8)
    }
}
