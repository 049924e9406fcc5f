import CGdkPixbuf
import Foundation

/// Reads scans (PNG or JPEG through gdk-pixbuf, PDF through poppler) as grey images, with the resolution the file states.
public enum ScanLoader {
    /// Every page of a scan file: one for PNG and JPEG, each page of a PDF (drawn at 300 dpi).
    public static func pages(path: String) throws -> [GrayImage] {
        guard FileManager.default.fileExists(atPath: path) else { throw VerifyError.unreadableScan(path: path, reason: "no such file") }
        if path.lowercased().hasSuffix(".pdf") { return try ScanPDF.pages(path: path) }
        return [try load(path: path)]
    }

    /// Reads one PNG or JPEG scan.
    public static func load(path: String) throws -> GrayImage {
        guard FileManager.default.fileExists(atPath: path) else { throw VerifyError.unreadableScan(path: path, reason: "no such file") }
        var error: UnsafeMutablePointer<GError>?
        guard let pixbuf = gdk_pixbuf_new_from_file(path, &error) else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown format"
            if let error { g_error_free(error) }
            throw VerifyError.unreadableScan(path: path, reason: reason)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(pixbuf)) }
        let width = Int(gdk_pixbuf_get_width(pixbuf)), height = Int(gdk_pixbuf_get_height(pixbuf))
        let stride = Int(gdk_pixbuf_get_rowstride(pixbuf)), channels = Int(gdk_pixbuf_get_n_channels(pixbuf))
        let alpha = gdk_pixbuf_get_has_alpha(pixbuf) != 0
        guard gdk_pixbuf_get_bits_per_sample(pixbuf) == 8, let data = gdk_pixbuf_read_pixels(pixbuf) else {
            throw VerifyError.unreadableScan(path: path, reason: "not 8 bits per sample")
        }
        var gray = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            let row = data + y * stride
            for x in 0..<width {
                let p = row + x * channels
                var v = channels >= 3 ? (299 * Int(p[0]) + 587 * Int(p[1]) + 114 * Int(p[2])) / 1000 : Int(p[0])
                // Transparent parts are paper.
                if alpha { let a = Int(p[channels - 1]); v = (v * a + 255 * (255 - a)) / 255 }
                gray[y * width + x] = UInt8(v)
            }
        }
        var dpi: Double?
        if let option = gdk_pixbuf_get_option(pixbuf, "x-dpi"), let value = Double(String(cString: option)), value > 0 { dpi = value }
        if dpi == nil { dpi = try pngResolution(path: path) }
        return GrayImage(width: width, height: height, pixels: gray, pixelsPerInch: dpi)
    }

    /// The resolution in a PNG's pHYs chunk (pixels per metre), which gdk-pixbuf does not report.
    /// A file gdk-pixbuf has just read that cannot be read again is an error, not a scan without a resolution.
    static func pngResolution(path: String) throws -> Double? {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw VerifyError.unreadableScan(path: path, reason: "cannot open it again") }
        // Closing a file opened only for reading loses nothing: its failure is not a question this asks.
        defer { try? handle.close() }
        let head: Data
        do { head = try handle.read(upToCount: 4096) ?? Data() } catch {
            throw VerifyError.unreadableScan(path: path, reason: (error as NSError).localizedDescription)
        }
        guard head.count > 8, head.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        let bytes = [UInt8](head)
        func u32(_ i: Int) -> Int { Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]) }
        var i = 8
        while i + 8 <= bytes.count {
            let length = u32(i), type = String(decoding: bytes[(i + 4)..<(i + 8)], as: UTF8.self)
            if type == "pHYs", i + 17 <= bytes.count, bytes[i + 16] == 1 { return Double(u32(i + 8)) * 0.0254 }
            if type == "IDAT" { return nil }
            i += 12 + length
        }
        return nil
    }
}
