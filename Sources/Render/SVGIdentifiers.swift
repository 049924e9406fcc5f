import Foundation

/// Renumbers Cairo's surface ids in SVG bytes so reruns are byte-identical.
///
/// Cairo names groups `surfaceN` from a counter shared by the whole process, so the same page
/// drawn twice gets different ids; numbering them by first appearance makes the file depend on the page alone.
enum SVGIdentifiers {
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        let word = Array("surface".utf8)
        var mapping: [ArraySlice<UInt8>: [UInt8]] = [:]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == word[0], index + word.count < bytes.count,
               bytes[index..<index + word.count].elementsEqual(word) {
                var end = index + word.count
                while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
                if end > index + word.count {
                    let old = bytes[(index + word.count)..<end]
                    let new = mapping[old] ?? Array(String(mapping.count + 1).utf8)
                    mapping[old] = new
                    result += word
                    result += new
                    index = end
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
