import Foundation

/// Removes the repeated keys Cairo 1.16 writes into a page's `/XObject` resources when the page places one recorded
/// drawing (a tag design) more than once, in place and without rewriting the file.
///
/// Each repeated `/xN M 0 R` entry is overwritten with spaces of the same length, so every byte offset in the
/// cross-reference table stays right. This is what the qpdf pass did for tag sheets, in memory that does not grow with
/// the document: qpdf holds every object of a 100,000-tag PDF (60 MB more than the drawing itself), this reads the
/// file a block at a time.
enum PDFResourceMend {
    /// The block read at a time; a resource dictionary that straddles two blocks is read whole from the line's start.
    static let blockSize = 1 << 20

    /// Blanks the repeated entries of every `/XObject << … >>` dictionary in the file; returns how many it blanked.
    @discardableResult
    static func mend(_ file: URL, naming target: URL) throws -> Int {
        let descriptor = open(file.path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw RenderError.cannotWrite(path: target.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var blanked = 0
        var carried: [UInt8] = []
        var carriedOffset: off_t = 0
        var offset: off_t = 0
        var block = [UInt8](repeating: 0, count: blockSize)
        while true {
            let count = block.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, blockSize, offset) }
            guard count >= 0 else { throw RenderError.cannotWrite(path: target.path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            var text = carried
            text.append(contentsOf: block[0..<count])
            let textStart = carried.isEmpty ? offset : carriedOffset
            offset += off_t(count)
            // Only whole lines are examined; the last, unfinished line waits for the next block.
            let lastBreak = text.lastIndex(of: UInt8(ascii: "\n")) ?? -1
            let whole = text[0..<(lastBreak + 1)]
            for range in repeatedEntries(in: whole) {
                let spaces = [UInt8](repeating: UInt8(ascii: " "), count: range.count)
                let written = spaces.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, range.count, textStart + off_t(range.lowerBound)) }
                guard written == range.count else { throw RenderError.cannotWrite(path: target.path, reason: String(cString: strerror(errno))) }
                blanked += 1
            }
            carried = Array(text[(lastBreak + 1)...])
            carriedOffset = textStart + off_t(lastBreak + 1)
        }
        for range in repeatedEntries(in: carried[...]) {
            let spaces = [UInt8](repeating: UInt8(ascii: " "), count: range.count)
            let written = spaces.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, range.count, carriedOffset + off_t(range.lowerBound)) }
            guard written == range.count else { throw RenderError.cannotWrite(path: target.path, reason: String(cString: strerror(errno))) }
            blanked += 1
        }
        return blanked
    }

    /// The byte ranges (relative to `text`'s start) of entries that repeat an earlier key of the same `/XObject` dictionary.
    static func repeatedEntries(in text: ArraySlice<UInt8>) -> [Range<Int>] {
        let opener = Array("/XObject << ".utf8)
        var ranges: [Range<Int>] = []
        var index = text.startIndex
        while let start = find(opener, in: text, from: index) {
            var cursor = start + opener.count
            var seen: Set<ArraySlice<UInt8>> = []
            // Entries are exactly `/xN M 0 R` separated by one space, as Cairo writes them; anything else ends the scan.
            while let entry = entry(in: text, at: cursor) {
                let key = text[cursor..<entry.keyEnd]
                if !seen.insert(key).inserted { ranges.append((cursor - text.startIndex)..<(entry.end + 1 - text.startIndex)) }
                cursor = entry.end + 1
            }
            index = max(cursor, start + 1)
        }
        return ranges
    }

    /// One `/xN M 0 R` entry starting at `at`, followed by a space: where its key ends and where the entry ends.
    private static func entry(in text: ArraySlice<UInt8>, at start: Int) -> (keyEnd: Int, end: Int)? {
        var i = start
        func digits() -> Bool {
            let first = i
            while i < text.endIndex, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "9") { i += 1 }
            return i > first
        }
        func literal(_ s: String) -> Bool {
            for byte in s.utf8 { guard i < text.endIndex, text[i] == byte else { return false }; i += 1 }
            return true
        }
        guard literal("/x"), digits() else { return nil }
        let keyEnd = i
        guard literal(" "), digits(), literal(" 0 R"), i < text.endIndex, text[i] == UInt8(ascii: " ") else { return nil }
        return (keyEnd, i)
    }

    private static func find(_ needle: [UInt8], in text: ArraySlice<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var i = from
        while i + needle.count <= text.endIndex {
            if text[i] == first, text[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
