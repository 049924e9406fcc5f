/// ZPL's ASCII compression of `^GFA` data: hex digits with repeat letters, `,` and `!` to end a row in zeros or ones, `:` to repeat a row.
enum ZPLGraphic {
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// The bitmap's rows as compressed ASCII hex.
    static func compressed(_ bitmap: MonoBitmap) -> [UInt8] {
        var out: [UInt8] = []
        var digits = [UInt8](repeating: 0, count: bitmap.bytesPerRow * 2)
        var previous: ArraySlice<UInt8>? = nil
        for y in 0..<bitmap.height {
            let row = bitmap.row(y)
            if let previous, previous == row { out.append(UInt8(ascii: ":")); continue }
            previous = row
            for (i, byte) in row.enumerated() {
                digits[2 * i] = hex[Int(byte >> 4)]
                digits[2 * i + 1] = hex[Int(byte & 0x0F)]
            }
            encodeRow(digits, into: &out)
        }
        return out
    }

    /// One row of hex digits: a trailing run of 0 or F becomes `,` or `!`, other runs a count and the digit.
    private static func encodeRow(_ digits: [UInt8], into out: inout [UInt8]) {
        var end = digits.count
        var filler: UInt8? = nil
        if let last = digits.last, last == UInt8(ascii: "0") || last == UInt8(ascii: "F") {
            while end > 0, digits[end - 1] == last { end -= 1 }
            filler = last == UInt8(ascii: "0") ? UInt8(ascii: ",") : UInt8(ascii: "!")
        }
        var i = 0
        while i < end {
            var run = 1
            while i + run < end, digits[i + run] == digits[i] { run += 1 }
            appendRun(digits[i], count: run, into: &out)
            i += run
        }
        if let filler { out.append(filler) }
    }

    /// A run of one digit: `g`…`z` count 20 to 400 in twenties, `G`…`Y` 1 to 19; longer runs repeat the pair.
    private static func appendRun(_ digit: UInt8, count: Int, into out: inout [UInt8]) {
        var left = count
        while left > 0 {
            let chunk = min(left, 419)
            let twenties = chunk / 20, ones = chunk % 20
            if twenties > 0 { out.append(UInt8(ascii: "f") + UInt8(twenties)) }
            if ones > 1 || (ones == 1 && twenties > 0) { out.append(UInt8(ascii: "F") + UInt8(ones)) }
            out.append(digit)
            left -= chunk
        }
    }
}
