import CCairo
import Foundation

/// A PNG decoded by Cairo into an image surface, read from bytes in memory.
package final class PNGDecoder {
    /// The decoded image; owned, destroyed in `deinit`.
    package let surface: OpaquePointer
    /// Width in pixels.
    package let width: Int
    /// Height in pixels.
    package let height: Int

    /// The bytes still to read, for Cairo's read callback.
    private final class Reader {
        let data: Data
        var offset = 0
        init(_ data: Data) { self.data = data }
    }

    /// Decodes the bytes; fails with Cairo's status.
    package init(data: Data) throws(ImageError) {
        let reader = Reader(data)
        let decoded = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream({ closure, buffer, length in
                let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
                let count = Int(length)
                guard let buffer, reader.offset + count <= reader.data.count else { return CAIRO_STATUS_READ_ERROR }
                reader.data.copyBytes(to: buffer, from: reader.offset..<(reader.offset + count))
                reader.offset += count
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(reader).toOpaque())!
        }
        let status = cairo_surface_status(decoded)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(decoded)
            throw .badPNG(String(cString: cairo_status_to_string(status)))
        }
        surface = decoded
        width = Int(cairo_image_surface_get_width(decoded))
        height = Int(cairo_image_surface_get_height(decoded))
    }

    deinit { cairo_surface_destroy(surface) }

    /// Pixels per inch from the file's pHYs chunk, when it records one in metres; nil otherwise.
    static func resolution(of data: Data) -> Double? {
        let bytes = [UInt8](data)
        func word(_ at: Int) -> Int { Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]) }
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = word(offset)
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if type == "IDAT" || type == "IEND" || length < 0 || offset + 12 + length > bytes.count { return nil }
            if type == "pHYs", length == 9 {
                let x = word(offset + 8)
                // Unit 1 is per metre; unit 0 gives only the pixels' shape.
                guard bytes[offset + 16] == 1, x > 0 else { return nil }
                return Double(x) * 0.0254
            }
            offset += 12 + length
        }
        return nil
    }
}
