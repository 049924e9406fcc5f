import CCairo
import Foundation
import Verify

/// Makes scans in the tests: a rendered page, moved, rotated, scaled, blurred and noised the way a scanner would, with
/// tags blanked, swapped or copied first. Deterministic: the noise comes from a fixed seed.
struct SyntheticScan {
    /// Degrees clockwise, scale factor, and shift of the page's top-left corner in millimetres (right, down).
    var rotation = 0.0, scale = 1.0, shiftX = 0.0, shiftY = 0.0
    /// Blur passes (0 for none) and noise amplitude in grey levels.
    var blur = 1, noise = 6

    /// The page-to-scan transform this scan applies to a page rendered at `dpi`, in pixels.
    func transform(dpi: Double) -> Similarity {
        let r = rotation * .pi / 180
        return Similarity(a: scale * cos(r), b: scale * sin(r), tx: shiftX * dpi / 25.4, ty: shiftY * dpi / 25.4)
    }

    /// The page warped into a scan of the same size (paper white beyond the page).
    func apply(to page: GrayImage, dpi: Double) -> GrayImage {
        let back = transform(dpi: dpi).inverse
        var out = [UInt8](repeating: 255, count: page.width * page.height)
        for y in 0..<page.height {
            for x in 0..<page.width {
                let p = back.apply(Vec2(Double(x) + 0.5, Double(y) + 0.5))
                let fx = p.x - 0.5, fy = p.y - 0.5
                let x0 = Int(fx.rounded(.down)), y0 = Int(fy.rounded(.down))
                let ax = fx - Double(x0), ay = fy - Double(y0)
                let v = (1 - ay) * ((1 - ax) * Double(page[x0, y0]) + ax * Double(page[x0 + 1, y0]))
                    + ay * ((1 - ax) * Double(page[x0, y0 + 1]) + ax * Double(page[x0 + 1, y0 + 1]))
                out[y * page.width + x] = UInt8(max(0, min(255, v.rounded())))
            }
        }
        var image = GrayImage(width: page.width, height: page.height, pixels: out, pixelsPerInch: dpi)
        if blur > 0 { image = Self.blur(image, passes: blur) }
        if noise > 0 {
            var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
            for i in image.pixels.indices {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let n = Int((seed >> 33) % UInt64(2 * noise + 1)) - noise
                image.pixels[i] = UInt8(max(0, min(255, Int(image.pixels[i]) + n)))
            }
        }
        return image
    }

    /// A [1 2 1] / 4 blur across and down, applied `passes` times: a scanner's optics, softening each edge over a pixel or two.
    static func blur(_ image: GrayImage, passes: Int) -> GrayImage {
        var out = image
        let w = image.width, h = image.height
        for _ in 0..<passes {
            let src = out
            for y in 0..<h {
                for x in 0..<w { out.pixels[y * w + x] = UInt8((Int(src[x - 1, y]) + 2 * Int(src[x, y]) + Int(src[x + 1, y]) + 2) / 4) }
            }
            let mid = out
            for y in 0..<h {
                for x in 0..<w { out.pixels[y * w + x] = UInt8((Int(mid[x, y - 1]) + 2 * Int(mid[x, y]) + Int(mid[x, y + 1]) + 2) / 4) }
            }
        }
        return out
    }

    /// Fills a rectangle of a page (in points) with white: a tag that did not print.
    static func blank(_ page: inout GrayImage, origin: Vec2, size: Vec2, dpi: Double) {
        let k = dpi / 72
        for y in Int(origin.y * k)..<min(page.height, Int((origin.y + size.y) * k)) {
            for x in Int(origin.x * k)..<min(page.width, Int((origin.x + size.x) * k)) { page.pixels[y * page.width + x] = 255 }
        }
    }

    /// Copies a label's pixels onto another label of the same size (a duplicated tag); `swap` exchanges them.
    static func copy(_ page: inout GrayImage, from a: Vec2, to b: Vec2, size: Vec2, dpi: Double, swap: Bool = false) {
        let k = dpi / 72
        let w = Int(size.x * k), h = Int(size.y * k)
        let ax = Int(a.x * k), ay = Int(a.y * k), bx = Int(b.x * k), by = Int(b.y * k)
        for y in 0..<h {
            for x in 0..<w where ay + y < page.height && by + y < page.height && ax + x < page.width && bx + x < page.width {
                let i = (ay + y) * page.width + ax + x, j = (by + y) * page.width + bx + x
                if swap { page.pixels.swapAt(i, j) } else { page.pixels[j] = page.pixels[i] }
            }
        }
    }

    /// Writes a grey image as PNG through Cairo.
    static func writePNG(_ image: GrayImage, to url: URL) throws {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(image.width), Int32(image.height))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for y in 0..<image.height {
            let row = (data + y * stride).withMemoryRebound(to: UInt32.self, capacity: image.width) { $0 }
            for x in 0..<image.width { let v = UInt32(image.pixels[y * image.width + x]); row[x] = v << 16 | v << 8 | v }
        }
        cairo_surface_mark_dirty(surface)
        guard cairo_surface_write_to_png(surface, url.path) == CAIRO_STATUS_SUCCESS else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Writes grey images as the pages of a PDF, each placed at `dpi` (a scanner's PDF: one picture a page), through Cairo.
    static func writePDF(_ pages: [GrayImage], dpi: Double, to url: URL) throws {
        let k = 72 / dpi
        let pdf = cairo_pdf_surface_create(url.path, Double(pages[0].width) * k, Double(pages[0].height) * k)!
        let cr = cairo_create(pdf)!
        for page in pages {
            let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(page.width), Int32(page.height))!
            let stride = Int(cairo_image_surface_get_stride(image)), data = cairo_image_surface_get_data(image)!
            for y in 0..<page.height {
                let row = (data + y * stride).withMemoryRebound(to: UInt32.self, capacity: page.width) { $0 }
                for x in 0..<page.width { let v = UInt32(page.pixels[y * page.width + x]); row[x] = v << 16 | v << 8 | v }
            }
            cairo_surface_mark_dirty(image)
            cairo_save(cr)
            cairo_scale(cr, k, k)
            cairo_set_source_surface(cr, image, 0, 0)
            cairo_paint(cr)
            cairo_restore(cr)
            cairo_show_page(cr)
            cairo_surface_destroy(image)
        }
        cairo_destroy(cr)
        cairo_surface_finish(pdf)
        let status = cairo_surface_status(pdf)
        cairo_surface_destroy(pdf)
        guard status == CAIRO_STATUS_SUCCESS else { throw CocoaError(.fileWriteUnknown) }
    }
}
