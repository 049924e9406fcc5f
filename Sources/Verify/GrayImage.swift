/// An 8-bit grey image, rows top to bottom: a scanned sheet as the decoders and the registration read it.
public struct GrayImage: Sendable {
    /// Size in pixels.
    public let width: Int, height: Int
    /// One byte per pixel, 0 black, 255 white, `width` per row.
    public var pixels: [UInt8]
    /// The resolution the file states, or nil when it states none.
    public var pixelsPerInch: Double?

    /// Creates an image; `pixels` must hold `width * height` bytes.
    public init(width: Int, height: Int, pixels: [UInt8], pixelsPerInch: Double? = nil) {
        precondition(pixels.count == width * height, "pixel count does not match the size")
        self.width = width; self.height = height; self.pixels = pixels; self.pixelsPerInch = pixelsPerInch
    }

    /// The pixel at a position, white outside the image (paper beyond the scan's edge).
    @inline(__always) public subscript(x: Int, y: Int) -> UInt8 {
        guard x >= 0, y >= 0, x < width, y < height else { return 255 }
        return pixels[y * width + x]
    }

    /// The pixels inside a rectangle (clipped to the image), for measuring ink and contrast.
    func values(inX xs: ClosedRange<Double>, y ys: ClosedRange<Double>) -> [UInt8] {
        let x0 = max(0, Int(xs.lowerBound.rounded(.down))), x1 = min(width - 1, Int(xs.upperBound.rounded(.up)))
        let y0 = max(0, Int(ys.lowerBound.rounded(.down))), y1 = min(height - 1, Int(ys.upperBound.rounded(.up)))
        guard x0 <= x1, y0 <= y1 else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity((x1 - x0 + 1) * (y1 - y0 + 1))
        for y in y0...y1 { out.append(contentsOf: pixels[(y * width + x0)...(y * width + x1)]) }
        return out
    }

    /// The pixels of a region (clipped to the image), or nil when nothing of it is inside.
    func crop(_ r: SymbolDecoder.Region) -> GrayImage? {
        let x0 = max(0, r.x0), y0 = max(0, r.y0), x1 = min(width, r.x1), y1 = min(height, r.y1)
        guard x1 - x0 >= 8, y1 - y0 >= 8 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity((x1 - x0) * (y1 - y0))
        for y in y0..<y1 { out.append(contentsOf: pixels[(y * width + x0)..<(y * width + x1)]) }
        return GrayImage(width: x1 - x0, height: y1 - y0, pixels: out, pixelsPerInch: pixelsPerInch)
    }
}
