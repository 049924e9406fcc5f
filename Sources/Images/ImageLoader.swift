import CCairo
import DisplayList
import Foundation
import Geometry

/// Checks a picture's bytes and measures it: SVG or PNG, within the size limits, readable, with a size of its own.
public enum ImageLoader {
    /// The largest file taken: librsvg's time and memory grow faster than an SVG's size, and a logo needs far less.
    public static let maximumBytes = 2 * 1024 * 1024
    /// The most pixels a PNG may have once decoded (a small file can decode to gigabytes).
    public static let maximumPixels = 25_000_000
    /// The resolution assumed for a PNG that records none: CSS pixels, as for SVG.
    public static let defaultPixelsPerInch = 96.0

    /// The picture the bytes hold, measured; fails naming what is wrong.
    public static func load(_ data: Data) throws(ImageError) -> ImageSource {
        guard data.count <= maximumBytes else { throw .tooLarge(bytes: data.count, limit: maximumBytes) }
        switch kind(of: data) {
        case .png?:
            let header = [UInt8](data.prefix(24))
            // IHDR's width and height come before any decoding, so a decompression bomb is refused unread.
            let width = header.count == 24 ? Int(header[16]) << 24 | Int(header[17]) << 16 | Int(header[18]) << 8 | Int(header[19]) : 0
            let height = header.count == 24 ? Int(header[20]) << 24 | Int(header[21]) << 16 | Int(header[22]) << 8 | Int(header[23]) : 0
            // Each side is checked first: two 32-bit sides can multiply past Int's range.
            guard width <= maximumPixels, height <= maximumPixels, width * height <= maximumPixels else {
                throw .tooManyPixels(width: width, height: height, limit: maximumPixels)
            }
            let decoded = try PNGDecoder(data: data)
            let inch = 72 / (PNGDecoder.resolution(of: data) ?? defaultPixelsPerInch)
            return ImageSource(kind: .png, data: data, intrinsicSize: Size(width: .pt(Double(decoded.width) * inch), height: .pt(Double(decoded.height) * inch)),
                               pixels: (decoded.width, decoded.height))
        case .svg?:
            // Counted before librsvg parses it: nested <use> references multiply the work of every later step.
            if let count = SVGUseBudget.expandedCount(of: data), count > SVGUseBudget.limit {
                throw .badSVG("it draws more than \(SVGUseBudget.limit) elements once its <use> references are expanded (a logo needs far fewer)")
            }
            let document = try SVGDocument(data: data)
            let size = try document.intrinsicSize()
            try trialDraw(document, size: size)
            return ImageSource(kind: .svg, data: data, intrinsicSize: size)
        case nil:
            throw .unsupportedFormat
        }
    }

    /// Draws an SVG once onto a recording surface that is thrown away: librsvg finds some limits (nested `<use>`
    /// references past its budget) only while drawing, and a logo that cannot be drawn must fail where its file is named,
    /// not halfway through a document.
    private static func trialDraw(_ document: SVGDocument, size: Size) throws(ImageError) {
        guard let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nil) else { return }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { return }
        defer { cairo_destroy(cr) }
        try document.draw(into: cr, in: Rect(x: .zero, y: .zero, width: size.width, height: size.height))
    }

    /// The format by content, not by file name: the PNG signature, or an `<svg` element near the start (librsvg then judges the rest).
    public static func kind(of data: Data) -> ImageSource.Kind? {
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard start.hasPrefix("<"), head.range(of: "<svg", options: .caseInsensitive) != nil else { return nil }
        return .svg
    }
}
