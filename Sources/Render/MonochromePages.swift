import CCairo
import DisplayList
import Foundation
import PrinterLanguages

/// Pages drawn as 1-bit bitmaps for printer languages: the same pixels as the `--mono` PNG of each page, one page in memory at a time.
public enum MonochromePages {
    /// Draws every page at `dpi` and hands each bitmap on with its number (from 1) and whether it is the last.
    public static func render(_ pages: PageStream, dpi: Double, target: URL, body: (MonoBitmap, Int, Bool) throws -> Void) throws {
        var pages = pages
        let fonts = FontFaceCache()
        guard var page = try pages.next() else { throw RenderError.emptyDocument(path: target.path) }
        var number = 0
        while true {
            let next = try pages.next()
            number += 1
            try body(bitmap(of: page, dpi: dpi, target: target, fonts: fonts), number, next == nil)
            guard let following = next else { break }
            page = following
        }
    }

    /// Writes a printer's job to `target` as the renderer writes documents (a checked temporary, committed whole, with
    /// the job's other outputs inside `OutputCommit.together`): `start`'s bytes, then each page's bytes as `page` encodes them.
    public static func writeJob(_ pages: PageStream, dpi: Double, to target: URL, start: [UInt8],
                                page: (MonoBitmap, Int, Bool) throws -> [UInt8]) throws -> URL {
        let resolved = try OutputTarget.resolve(target)
        let output = AtomicOutput(document: resolved, numbersPages: false)
        let file = try output.createFile(for: resolved)
        do {
            func emit(_ bytes: [UInt8]) throws {
                // A failed write is remembered by the file: closing it throws that failure.
                guard file.write(bytes) else {
                    try file.close()
                    throw RenderError.cannotWrite(path: target.path, reason: "write failed")
                }
            }
            try emit(start)
            try render(pages, dpi: dpi, target: target) { bitmap, number, last in try emit(page(bitmap, number, last)) }
            try file.close()
        } catch let error as SystemFailure {
            output.discard()
            throw RenderError.cannotWrite(path: target.path, reason: error.reason)
        } catch {
            do { try file.close() } catch {}
            output.discard()
            throw error
        }
        return try output.commit()[0]
    }

    /// One page as the `--mono` PNG draws it (white paper, no anti-aliasing), thresholded as the 1-bit PNG writer does.
    static func bitmap(of page: Page, dpi: Double, target: URL, fonts: FontFaceCache) throws -> MonoBitmap {
        let scale = dpi / 72
        let (width, height) = try Renderer.pixelSize(of: page, scale: scale, target: target)
        let surface = try CairoSurface(imageWidth: width, height: height, target: target)
        let context = CairoContext(surface: surface.handle, fonts: fonts)
        cairo_set_source_rgb(context.cr, 1, 1, 1)
        cairo_paint(context.cr)
        MonochromeRaster.prepare(context.cr)
        cairo_scale(context.cr, scale, scale)
        try context.draw(page)
        try surface.check(context.status)
        cairo_surface_flush(surface.handle)
        guard let data = cairo_image_surface_get_data(surface.handle) else { throw RenderError.cairo(path: target.path, status: "no image data") }
        let stride = Int(cairo_image_surface_get_stride(surface.handle))
        var bitmap = MonoBitmap(width: Int(width), height: Int(height))
        for y in 0..<Int(height) {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<Int(width) {
                let p = row[x]
                // Rec. 601 luma, the threshold of leadprint_write_png_gray1: below half is an inked dot.
                let luma = 299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)
                if luma < 127_500 { bitmap[x, y] = true }
            }
        }
        return bitmap
    }
}
