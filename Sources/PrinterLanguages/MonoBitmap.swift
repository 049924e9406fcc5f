/// A 1-bit image as a printer head sees it: rows of packed bits, most significant bit first, a set bit an inked dot.
public struct MonoBitmap: Equatable, Sendable {
    /// Dots across.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Bytes in one packed row: `(width + 7) / 8`.
    public var bytesPerRow: Int { (width + 7) / 8 }
    /// The rows, `height * bytesPerRow` bytes; bits past `width` in a row's last byte are zero.
    public private(set) var bits: [UInt8]

    /// A blank (all paper) bitmap.
    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        bits = [UInt8](repeating: 0, count: self.height * ((self.width + 7) / 8))
    }

    /// A bitmap from packed rows; the bits past `width` are cleared so equal images compare equal.
    public init(width: Int, height: Int, packedRows: [UInt8]) {
        self.init(width: width, height: height)
        let count = min(bits.count, packedRows.count)
        bits.replaceSubrange(0..<count, with: packedRows[0..<count])
        let spare = bytesPerRow * 8 - self.width
        if spare > 0, bytesPerRow > 0 {
            let mask = UInt8(truncatingIfNeeded: 0xFF << spare)
            for y in 0..<self.height { bits[y * bytesPerRow + bytesPerRow - 1] &= mask }
        }
    }

    /// Whether the dot at column `x`, row `y` is inked.
    public subscript(x: Int, y: Int) -> Bool {
        get { bits[y * bytesPerRow + x / 8] & (0x80 >> UInt8(x % 8)) != 0 }
        set {
            let bit: UInt8 = 0x80 >> UInt8(x % 8)
            if newValue { bits[y * bytesPerRow + x / 8] |= bit } else { bits[y * bytesPerRow + x / 8] &= ~bit }
        }
    }

    /// Row `y`'s packed bytes.
    public func row(_ y: Int) -> ArraySlice<UInt8> { bits[(y * bytesPerRow)..<((y + 1) * bytesPerRow)] }

    /// The bitmap turned a quarter turn clockwise: its left column becomes the top row.
    public func rotatedClockwise() -> MonoBitmap {
        var turned = MonoBitmap(width: height, height: width)
        for y in 0..<height {
            let row = self.row(y)
            guard row.contains(where: { $0 != 0 }) else { continue }
            for x in 0..<width where self[x, y] { turned[height - 1 - y, x] = true }
        }
        return turned
    }

    /// How many dots are inked: the cheap check that two renderings agree.
    public var inkedDots: Int { bits.reduce(0) { $0 + $1.nonzeroBitCount } }
}
