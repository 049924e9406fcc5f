import CCairo
import DisplayList
import Foundation
import Geometry

/// Draws a stream of pages to PDF, PNG or SVG files through Cairo, one page at a time.
public struct Renderer {
    /// Creates a renderer.
    public init() {}

    /// Renders every page of the stream and returns the files written.
    ///
    /// PDF goes into one file; PNG and SVG write a file per page, named `name-1.png`, `name-2.png`…
    /// when there is more than one page. Nothing appears at a target path unless the whole document succeeded.
    public func render(_ pages: PageStream, to target: URL, settings: RenderSettings) throws -> [URL] {
        var pages = pages
        let output = AtomicOutput(document: target, numbersPages: settings.format != .pdf)
        let fonts = FontFaceCache()
        switch settings.format {
        case .pdf:
            try renderPDF(&pages, to: target, output: output, fonts: fonts, settings: settings)
        case .png, .svg:
            var index = 0
            while let page = try pages.next() {
                index += 1
                if settings.format == .png {
                    // Created (and closed) here so a missing folder or a permission problem reads as such.
                    let file = try output.createFile(for: Self.numbered(target, index))
                    try close(file, naming: target)
                    let temporary = URL(fileURLWithPath: file.path)
                    try renderPNG(page, to: temporary, naming: target, dpi: settings.dpi, fonts: fonts)
                } else {
                    let file = try output.createFile(for: Self.numbered(target, index))
                    try renderSVG(page, to: file, naming: target, fonts: fonts)
                }
            }
            guard index > 0 else { throw RenderError.emptyDocument(path: target.path) }
            if index == 1 { output.retarget { _ in target } }
        }
        return try output.commit()
    }

    /// The file name of page `index` of a multi-page raster or SVG document.
    public static func numbered(_ target: URL, _ index: Int) -> URL {
        let base = target.deletingPathExtension().lastPathComponent
        return target.deletingLastPathComponent().appendingPathComponent("\(base)-\(index).\(target.pathExtension)")
    }

    private func renderPDF(_ pages: inout PageStream, to target: URL, output: AtomicOutput, fonts: FontFaceCache, settings: RenderSettings) throws {
        guard let first = try pages.next() else { throw RenderError.emptyDocument(path: target.path) }
        let file = try output.createFile(for: target)
        let surface = try CairoSurface(pdfTo: file, size: first.size, target: target)
        if let title = settings.title { cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATOR, "leadprint")
        // Cairo stamps the current time unless told otherwise; a fixed date keeps reruns byte-identical.
        let date = Date(timeIntervalSince1970: TimeInterval(settings.creationDate ?? 0))
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let stamp = formatter.string(from: date)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_MOD_DATE, stamp)
        var page: Page? = first
        while let current = page {
            cairo_pdf_surface_set_size(surface.handle, current.size.width.points, current.size.height.points)
            let context = CairoContext(surface: surface.handle, fonts: fonts)
            try context.draw(current)
            cairo_show_page(context.cr)
            try surface.check(context.status)
            page = try pages.next()
        }
        try surface.finish()
        try close(file, naming: target)
    }

    /// Syncs and closes a checked file, naming the user's target in the error.
    private func close(_ file: CheckedFile, naming target: URL) throws {
        do { try file.close() } catch {
            throw RenderError.cannotWrite(path: target.path, reason: error.reason)
        }
    }

    private func renderPNG(_ page: Page, to temporary: URL, naming target: URL, dpi: Double, fonts: FontFaceCache) throws {
        let scale = dpi / 72
        let (width, height) = try Self.pixelSize(of: page, scale: scale, target: target)
        let surface = try CairoSurface(imageWidth: width, height: height, target: target)
        let context = CairoContext(surface: surface.handle, fonts: fonts)
        cairo_set_source_rgb(context.cr, 1, 1, 1)
        cairo_paint(context.cr)
        // Points inside, pixels outside: the raster scale is applied once, here at the root.
        cairo_scale(context.cr, scale, scale)
        try context.draw(page)
        try surface.check(context.status)
        cairo_surface_flush(surface.handle)
        try surface.writePNG(to: temporary, dpi: dpi)
    }

    private func renderSVG(_ page: Page, to file: CheckedFile, naming target: URL, fonts: FontFaceCache) throws {
        let surface = try CairoSurface(svgSize: page.size, target: target)
        let context = CairoContext(surface: surface.handle, fonts: fonts)
        try context.draw(page)
        cairo_show_page(context.cr)
        try surface.check(context.status)
        try surface.finish()
        file.write(SVGIdentifiers.normalize(surface.collectedBytes))
        try close(file, naming: target)
    }

    /// The most pixels a PNG page may have (about 16,000 x 16,000): enough for a Letter page at 2,400 dpi,
    /// small enough that the image fits in memory; Cairo itself refuses sides over 32,767.
    static let maximumPixels = 256_000_000

    /// A page's size in whole pixels at `scale`, checked before any conversion to Int32 can trap.
    static func pixelSize(of page: Page, scale: Double, target: URL) throws -> (Int32, Int32) {
        let width = (page.size.width.points * scale - 1e-9).rounded(.up)
        let height = (page.size.height.points * scale - 1e-9).rounded(.up)
        guard width.isFinite, height.isFinite, width >= 1, height >= 1, width <= 32_767, height <= 32_767,
              width * height <= Double(maximumPixels) else {
            throw RenderError.pageTooLarge(path: target.path, detail: "page \(page.size) at \(scale * 72) dpi needs "
                + "\(width) x \(height) pixels; the limit is 32767 per side and \(maximumPixels) in all")
        }
        return (Int32(width), Int32(height))
    }
}
