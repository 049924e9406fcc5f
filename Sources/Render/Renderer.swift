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
        let output = AtomicOutput(document: target, numbersPages: settings.format != .pdf)
        let fonts = FontFaceCache.shared
        switch settings.format {
        case .pdf:
            try renderPDF(&pages, to: target, output: output, fonts: fonts, settings: settings, onPage: onPage)
        case .png, .svg:
            // Pages are taken from the stream a few at a time and drawn on every job at once;
            // each page is a file of its own, so the files are the same for any number of jobs.
            let chunkSize = settings.jobs == 1 ? 1 : settings.jobs * 2
            var index = 0
            while true {
                var chunk: [(page: Page, output: PageFile)] = []
                while chunk.count < chunkSize, let page = try pages.next() {
                    index += 1
                    // Created here, in order, so a missing folder or a permission problem reads as such; the
                    // final names are given once the page count is known.
                    let file = try output.createFile(for: target)
                    if settings.format == .png {
                        // libpng writes the PNG by path with its own checks; the checked file only claims the name.
                        try Self.close(file, naming: target)
                        chunk.append((page, .png(URL(fileURLWithPath: file.path))))
                    } else {
                        chunk.append((page, .svg(file)))
                    }
                }
                if chunk.isEmpty { break }
                let work = chunk
                try PageWorkers.run(work.count, jobs: settings.jobs) { i in
                    switch work[i].output {
                    case .png(let temporary): try Self.renderPNG(work[i].page, to: temporary, naming: target, settings: settings, fonts: fonts)
                    case .svg(let file): try Self.renderSVG(work[i].page, to: file, naming: target, fonts: fonts)
                    }
                }
                onPage?(index)
            }
            guard index > 0 else { throw RenderError.emptyDocument(path: target.path) }
            if index > 1 { output.retarget { Self.numbered(target, $0 + 1, of: index) } }
        case .ptouch, .zpl:
            // Printer languages are drawn through MonochromePages by their encoders (LeadprintKit's PrinterOutput).
            throw RenderError.cannotWrite(path: target.path, reason: "\(settings.format.rawValue) is written from MonochromePages, not by Renderer")
        }
        return try output.commit()
    }

    /// Where one raster or SVG page goes: a claimed path libpng writes, or an open checked file.
    private enum PageFile: Sendable {
        case png(URL)
        case svg(CheckedFile)
    }

    /// Seconds since 1970 as Cairo's ISO 8601 metadata date in UTC (`1970-01-01T00:00:00Z`).
    ///
    /// Formatted by hand: Foundation's ISO8601DateFormatter opens ICU's calendar and locale data,
    /// about 3 million instructions of a short run's start-up, for one fixed-format string.
    static func pdfDate(_ seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let year = String(parts.tm_year + 1900)
        return "\(String(repeating: "0", count: max(0, 4 - year.count)))\(year)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
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
        let file = try output.createFile(for: target)
        let surface = try CairoSurface(pdfTo: file, size: first.size, target: target)
        if let title = settings.title { cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATOR, settings.creator)
        // Cairo stamps the current time unless told otherwise; a fixed date keeps reruns byte-identical.
        let stamp = Self.pdfDate(settings.creationDate ?? 0)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_MOD_DATE, stamp)
        let reused = ReusedDrawings()
        var page: Page? = first
        var number = 0
        var geometry: [PDFPageBoxes.PageGeometry] = []
        var atCreationSize = true
        while let current = page {
            // The size the surface was created with is exact; after a page of another size, whole points for
            // Cairo and exact boxes afterwards: see PDFPageBoxes.
            atCreationSize = atCreationSize && current.size == first.size
            if !atCreationSize {
                let media = PDFPageBoxes.cairoSize(current.size)
                cairo_pdf_surface_set_size(surface.handle, media.width, media.height)
            }
            let context = CairoContext(surface: surface.handle, fonts: fonts)
            if !atCreationSize { PDFPageBoxes.alignToMediaBox(context.cr, page: current.size) }
            geometry.append(.init(size: current.size, boxes: current.boxes, atCreationSize: atCreationSize))
            if settings.batching {
                reused.startPage(counts: PageBatcher.reuseCounts(of: current))
                context.reuse = (reused, target.path)
                try context.draw(PageBatcher.batches(of: current, reusing: reused.kept))
            } else {
                try context.draw(current)
            }
            cairo_show_page(context.cr)
            try surface.check(context.status)
            number += 1
            onPage?(number)
            page = try pages.next()
        }
        try surface.finish()
        try Self.close(file, naming: target)
        // The exact boxes are set on the finished temporary; the commit syncs it again before the rename.
        try PDFPageBoxes.apply(geometry, to: URL(fileURLWithPath: file.path), naming: target, repeatedResources: reused.repeatedOnAPage)
    }

    /// Syncs and closes a checked file, naming the user's target in the error.
    private static func close(_ file: CheckedFile, naming target: URL) throws {
        do { try file.close() } catch {
            throw RenderError.cannotWrite(path: target.path, reason: error.reason)
        }
    }

    private static func renderPNG(_ page: Page, to temporary: URL, naming target: URL, settings: RenderSettings, fonts: FontFaceCache) throws {
        let dpi = settings.dpi
        let monochrome = settings.monochrome
        let scale = dpi / 72
        let (width, height) = try Self.pixelSize(of: page, scale: scale, target: target)
        let surface = try CairoSurface(imageWidth: width, height: height, target: target)
        let context = CairoContext(surface: surface.handle, fonts: fonts)
        cairo_set_source_rgb(context.cr, 1, 1, 1)
        cairo_paint(context.cr)
        if monochrome { MonochromeRaster.prepare(context.cr) }
        // Points inside, pixels outside: the raster scale is applied once, here at the root.
        cairo_scale(context.cr, scale, scale)
        // A raster has nothing to record, but a group with a reuse key is still drawn whole, through its own transform:
        // batched, its coordinates would be added up in another order and a glyph could land a pixel over.
        if settings.batching {
            try context.draw(PageBatcher.batches(of: page, reusing: Set(PageBatcher.reuseCounts(of: page).keys)))
        } else {
            try context.draw(page)
        }
        try surface.check(context.status)
        cairo_surface_flush(surface.handle)
        try surface.writePNG(to: temporary, dpi: dpi, monochrome: monochrome)
    }

    private static func renderSVG(_ page: Page, to file: CheckedFile, naming target: URL, fonts: FontFaceCache) throws {
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
