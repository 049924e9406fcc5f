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
    /// PDF goes into one file; PNG and SVG write a file per page, named `name-1.png`, `name-2.png`… when there is
    /// more than one page, zero-padded to the page count so they sort (`name-01.png` … `name-17.png`).
    /// Nothing appears at a target path unless the whole document succeeded. `onPage` hears each page number once it is drawn.
    public func render(_ pages: PageStream, to target: URL, settings: RenderSettings, onPage: ((Int) -> Void)? = nil) throws -> [URL] {
        var pages = pages
        let output = AtomicOutput()
        let fonts = FontFaceCache()
        switch settings.format {
        case .pdf:
            try renderPDF(&pages, to: target, output: output, fonts: fonts, settings: settings, onPage: onPage)
        case .png, .svg:
            var index = 0
            while let page = try pages.next() {
                index += 1
                let temporary = output.temporaryFile(for: target)
                if settings.format == .png {
                    try renderPNG(page, to: temporary, naming: target, dpi: settings.dpi, fonts: fonts, monochrome: settings.monochrome)
                } else {
                    try renderSVG(page, to: temporary, naming: target, fonts: fonts)
                }
                onPage?(index)
            }
            guard index > 0 else { throw RenderError.emptyDocument(path: target.path) }
            if index > 1 { output.retarget { Self.numbered(target, $0 + 1, of: index) } }
        }
        return try output.commit()
    }

    /// The file name of page `index` of a `count`-page raster or SVG document, zero-padded to the count's digits.
    public static func numbered(_ target: URL, _ index: Int, of count: Int) -> URL {
        let base = target.deletingPathExtension().lastPathComponent
        let digits = String(count).count
        let number = String(repeating: "0", count: max(0, digits - String(index).count)) + String(index)
        return target.deletingLastPathComponent().appendingPathComponent("\(base)-\(number).\(target.pathExtension)")
    }

    private func renderPDF(_ pages: inout PageStream, to target: URL, output: AtomicOutput, fonts: FontFaceCache, settings: RenderSettings,
                           onPage: ((Int) -> Void)?) throws {
        guard let first = try pages.next() else { throw RenderError.emptyDocument(path: target.path) }
        let temporary = output.temporaryFile(for: target)
        let surface = try CairoSurface(pdfAt: temporary, size: first.size, target: target)
        if let title = settings.title { cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATOR, settings.creator)
        // Cairo stamps the current time unless told otherwise; a fixed date keeps reruns byte-identical.
        let date = Date(timeIntervalSince1970: TimeInterval(settings.creationDate ?? 0))
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let stamp = formatter.string(from: date)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_MOD_DATE, stamp)
        var page: Page? = first
        var number = 0
        var geometry: [PDFPageBoxes.PageGeometry] = []
        while let current = page {
            // Whole points for Cairo, exact boxes afterwards: see PDFPageBoxes.
            let media = PDFPageBoxes.cairoSize(current.size)
            cairo_pdf_surface_set_size(surface.handle, media.width, media.height)
            let context = CairoContext(surface: surface.handle, fonts: fonts)
            PDFPageBoxes.alignToMediaBox(context.cr, page: current.size)
            geometry.append(.init(size: current.size, boxes: current.boxes))
            try context.draw(current)
            cairo_show_page(context.cr)
            try surface.check(context.status)
            number += 1
            onPage?(number)
            page = try pages.next()
        }
        try surface.finish()
        try PDFPageBoxes.apply(geometry, to: temporary, naming: target)
    }

    private func renderPNG(_ page: Page, to temporary: URL, naming target: URL, dpi: Double, fonts: FontFaceCache, monochrome: Bool = false) throws {
        let scale = dpi / 72
        let width = Int32((page.size.width.points * scale - 1e-9).rounded(.up))
        let height = Int32((page.size.height.points * scale - 1e-9).rounded(.up))
        let surface = try CairoSurface(imageWidth: width, height: height, target: target)
        let context = CairoContext(surface: surface.handle, fonts: fonts)
        cairo_set_source_rgb(context.cr, 1, 1, 1)
        cairo_paint(context.cr)
        if monochrome { MonochromeRaster.prepare(context.cr) }
        // Points inside, pixels outside: the raster scale is applied once, here at the root.
        cairo_scale(context.cr, scale, scale)
        try context.draw(page)
        try surface.check(context.status)
        cairo_surface_flush(surface.handle)
        if monochrome { try surface.writeMonochromePNG(to: temporary, dpi: dpi) } else { try surface.writePNG(to: temporary, dpi: dpi) }
    }

    private func renderSVG(_ page: Page, to temporary: URL, naming target: URL, fonts: FontFaceCache) throws {
        let surface = try CairoSurface(svgAt: temporary, size: page.size, target: target)
        let context = CairoContext(surface: surface.handle, fonts: fonts)
        try context.draw(page)
        cairo_show_page(context.cr)
        try surface.check(context.status)
        try surface.finish()
        try SVGIdentifiers.normalize(fileAt: temporary)
    }
}
