/// TIFF PackBits run-length coding, the compression P-touch raster lines use (`M 02`).
public enum PackBits {
    /// Encodes bytes: runs of 2 to 128 equal bytes as (1 - n, byte), other stretches as (n - 1, bytes), at most 128 each.
    public static func encode<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        let bytes = Array(input)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 128 + 1)
        var i = 0
        while i < bytes.count {
            var run = 1
            while i + run < bytes.count, run < 128, bytes[i + run] == bytes[i] { run += 1 }
            if run >= 2 {
                out.append(UInt8(bitPattern: Int8(1 - run)))
                out.append(bytes[i])
                i += run
                continue
            }
            // A literal stretch ends where a run of two or more begins.
            var end = i + 1
            while end < bytes.count, end - i < 128, !(end + 1 < bytes.count && bytes[end] == bytes[end + 1]) { end += 1 }
            out.append(UInt8(end - i - 1))
            out.append(contentsOf: bytes[i..<end])
            i = end
        }
        return out
    }

    /// Decodes PackBits; nil when the data ends inside a stretch.
    public static func decode<C: Collection>(_ input: C) -> [UInt8]? where C.Element == UInt8 {
        let bytes = Array(input)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let n = Int(Int8(bitPattern: bytes[i]))
            i += 1
            if n >= 0 {
                guard i + n + 1 <= bytes.count else { return nil }
                out.append(contentsOf: bytes[i..<(i + n + 1)])
                i += n + 1
            } else if n != -128 {
                guard i < bytes.count else { return nil }
                out.append(contentsOf: repeatElement(bytes[i], count: 1 - n))
                i += 1
            }
        }
        return out
    }
}
