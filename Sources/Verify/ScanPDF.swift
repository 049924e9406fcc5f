import CCairo
import CGdkPixbuf
import CPoppler
import Foundation

/// Scanned PDFs: every page drawn by poppler at a fixed resolution, whose scale is then exact (the PDF gives the page in points).
enum ScanPDF {
    /// The resolution pages are drawn at.
    static let dpi = 300.0

    /// Every page of a PDF as a grey image at `dpi`.
    static func pages(path: String) throws -> [GrayImage] {
        let uri = URL(fileURLWithPath: path).absoluteURL.absoluteString
        guard let document = poppler_document_new_from_file(uri, nil, nil) else {
            throw VerifyError.unreadableScan(path: path, reason: "not a PDF poppler can open")
        }
        defer { g_object_unref(document) }
        let count = Int(poppler_document_get_n_pages(document))
        guard count > 0 else { throw VerifyError.unreadableScan(path: path, reason: "the PDF has no pages") }
        return try (0..<count).map { index in
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                throw VerifyError.unreadableScan(path: path, reason: "page \(index + 1) cannot be read")
            }
            defer { g_object_unref(page) }
            var w = 0.0, h = 0.0
            poppler_page_get_size(page, &w, &h)
            let k = dpi / 72
            let width = Int((w * k).rounded()), height = Int((h * k).rounded())
            guard width > 0, height > 0, width * height <= 200_000_000,
                  let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
                throw VerifyError.unreadableScan(path: path, reason: "page \(index + 1) is \(w) x \(h) pt")
            }
            defer { cairo_surface_destroy(surface) }
            let cr = cairo_create(surface)
            defer { cairo_destroy(cr) }
            // Paper white behind the page, then the page at the resolution.
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
            cairo_scale(cr, k, k)
            poppler_page_render(page, UnsafeMutableRawPointer(cr))
            cairo_surface_flush(surface)
            let stride = Int(cairo_image_surface_get_stride(surface))
            guard let data = cairo_image_surface_get_data(surface) else { throw VerifyError.unreadableScan(path: path, reason: "cannot draw page \(index + 1)") }
            var gray = [UInt8](repeating: 255, count: width * height)
            for y in 0..<height {
                let row = (data + y * stride).withMemoryRebound(to: UInt32.self, capacity: width) { $0 }
                for x in 0..<width {
                    let p = row[x]
                    let r = Int((p >> 16) & 0xFF), g = Int((p >> 8) & 0xFF), b = Int(p & 0xFF)
                    let luma: Int = (299 * r + 587 * g + 114 * b) / 1000
                    gray[y * width + x] = UInt8(luma)
                }
            }
            return GrayImage(width: width, height: height, pixels: gray, pixelsPerInch: dpi)
        }
    }
}
