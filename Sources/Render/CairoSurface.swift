import CCairo
import CPNGWriter
import Foundation
import Geometry

/// A Cairo surface owned by Swift: created with its status checked, destroyed in `deinit`.
final class CairoSurface {
    let handle: OpaquePointer
    let path: String
    /// Where a vector surface's bytes go; kept alive as long as the surface writes into it.
    private let sink: ByteSink?

    /// A PDF surface whose every byte goes through `file`'s checked writes.
    init(pdfTo file: CheckedFile, size: Size, target: URL) throws {
        try Self.checkPageSize(size, target: target)
        let sink = ByteSink.file(file)
        self.sink = sink
        handle = cairo_pdf_surface_create_for_stream(writeToSink, Unmanaged.passUnretained(sink).toOpaque(),
                                                     size.width.points, size.height.points)
        path = target.path
        try check(cairo_surface_status(handle))
    }

    /// An SVG surface that collects its bytes in memory (they are renumbered before they are written).
    init(svgSize size: Size, target: URL) throws {
        try Self.checkPageSize(size, target: target)
        let sink = ByteSink.memory()
        self.sink = sink
        handle = cairo_svg_surface_create_for_stream(writeToSink, Unmanaged.passUnretained(sink).toOpaque(),
                                                     size.width.points, size.height.points)
        path = target.path
        cairo_svg_surface_restrict_to_version(handle, CAIRO_SVG_VERSION_1_1)
        try check(cairo_surface_status(handle))
    }

    /// The bytes an in-memory surface has produced so far.
    var collectedBytes: [UInt8] { sink?.bytes ?? [] }

    /// An image surface; `target` names the file in errors (the user's path, not the temporary file).
    init(imageWidth: Int32, height: Int32, target: URL) throws {
        handle = cairo_image_surface_create(CAIRO_FORMAT_RGB24, imageWidth, height)
        path = target.path
        sink = nil
        try check(cairo_surface_status(handle))
    }

    deinit { cairo_surface_destroy(handle) }

    func check(_ status: cairo_status_t) throws {
        // A failed write surfaces in Cairo as a generic stream error: give the system's reason instead.
        if case .file(let file) = sink?.kind, let code = file.failure {
            throw RenderError.cannotWrite(path: path, reason: SystemFailure(code: code).reason)
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(path: path, status: String(cString: cairo_status_to_string(status)))
        }
    }

    /// Finishes the surface; Cairo reports an unwritable target or a full disk only now. A failed write
    /// is reported with the system's reason (e.g. "No space left on device"), not Cairo's generic one.
    func finish() throws {
        cairo_surface_finish(handle)
        try check(cairo_surface_status(handle))
    }

    /// The largest page side Cairo and PDF readers handle (the PDF limit, 200 in); larger sizes once
    /// aborted inside Cairo.
    static let maximumSide = 14_400.0

    private static func checkPageSize(_ size: Size, target: URL) throws {
        for side in [size.width.points, size.height.points] where !(side.isFinite && side > 0 && side <= maximumSide) {
            throw RenderError.pageTooLarge(path: target.path,
                                           detail: "page \(size) is outside 0 to \(Int(maximumSide))pt (200in) per side")
        }
    }

    /// Writes the image as PNG with its resolution recorded, so it opens at its physical size.
    ///
    /// Cairo's own PNG writer records no resolution and always compresses hard; libpng, called
    /// directly, writes a pHYs chunk and uses a faster compression level. `monochrome` writes 1-bit grayscale for thermal printers.
    func writePNG(to url: URL, dpi: Double, monochrome: Bool = false) throws {
        cairo_surface_flush(handle)
        guard let data = cairo_image_surface_get_data(handle) else {
            throw RenderError.cairo(path: path, status: "no image data")
        }
        var message = [CChar](repeating: 0, count: 256)
        let write = monochrome ? leadprint_write_png_gray1 : leadprint_write_png_rgb24
        let status = write(
            url.path, data, cairo_image_surface_get_width(handle), cairo_image_surface_get_height(handle),
            cairo_image_surface_get_stride(handle), dpi, 3, &message, message.count)
        guard status == 0 else {
            throw RenderError.cannotWrite(path: path, reason: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }
}

/// Where Cairo's stream writer puts bytes: a checked file, or memory.
final class ByteSink {
    enum Kind {
        case file(CheckedFile)
        case memory
    }

    let kind: Kind
    private(set) var bytes: [UInt8] = []

    private init(kind: Kind) { self.kind = kind }

    static func file(_ file: CheckedFile) -> ByteSink { ByteSink(kind: .file(file)) }
    static func memory() -> ByteSink { ByteSink(kind: .memory) }

    func write(_ buffer: UnsafeRawBufferPointer) -> Bool {
        switch kind {
        case .file(let file): return file.write(buffer)
        case .memory:
            bytes.append(contentsOf: buffer)
            return true
        }
    }
}

/// Cairo's write callback: every byte goes to the sink, and a failed write fails the surface.
private let writeToSink: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    guard length > 0 else { return CAIRO_STATUS_SUCCESS }
    return sink.write(UnsafeRawBufferPointer(start: data, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
}
