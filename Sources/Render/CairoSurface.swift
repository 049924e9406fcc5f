import CCairo
import CPNGWriter
import Foundation
import Geometry

/// A Cairo surface owned by Swift: created with its status checked, finished and destroyed in `deinit`.
///
/// A vector surface writes through a `ByteSink` that the Cairo surface itself keeps (as user data, released by
/// Cairo when it frees the surface), so the sink outlives every write: a `cairo_t` or a snapshot still holding
/// the surface after this object is gone (an error thrown mid-page, in any release order) can never call a
/// freed sink.
final class CairoSurface {
    let handle: OpaquePointer
    let path: String
    /// Where a vector surface's bytes go, for reading the collected bytes and a write's failure.
    private let sink: ByteSink?

    /// A PDF surface whose every byte goes through `file`'s checked writes.
    init(pdfTo file: CheckedFile, size: Size, target: URL) throws {
        try Self.checkPageSize(size, target: target)
        let sink = ByteSink.file(file)
        self.sink = sink
        guard let handle = Self.streamSurface(sink, { cairo_pdf_surface_create_for_stream(writeToSink, $0, size.width.points, size.height.points) }) else {
            throw RenderError.cairo(path: target.path, status: "cannot create a PDF surface")
        }
        self.handle = handle
        path = target.path
        try check(cairo_surface_status(handle))
    }

    /// An SVG surface that collects its bytes in memory (they are renumbered before they are written).
    init(svgSize size: Size, target: URL) throws {
        try Self.checkPageSize(size, target: target)
        let sink = ByteSink.memory()
        self.sink = sink
        guard let handle = Self.streamSurface(sink, { cairo_svg_surface_create_for_stream(writeToSink, $0, size.width.points, size.height.points) }) else {
            throw RenderError.cairo(path: target.path, status: "cannot create an SVG surface")
        }
        self.handle = handle
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

    /// Creates a stream surface whose write callback gets `sink`, retained by the surface until Cairo frees it.
    private static func streamSurface(_ sink: ByteSink, _ create: (UnsafeMutableRawPointer) -> OpaquePointer?) -> OpaquePointer? {
        let retained = Unmanaged.passRetained(sink)
        // Cairo returns a static error surface rather than nil when creation fails; that surface keeps no user data.
        guard let surface = create(retained.toOpaque()) else {
            retained.release()
            return nil
        }
        let kept = cairo_surface_set_user_data(surface, &sinkKey, retained.toOpaque()) { pointer in
            if let pointer { Unmanaged<ByteSink>.fromOpaque(pointer).release() }
        }
        // An error surface writes nothing, so the sink is not needed beyond this object's own reference.
        if kept != CAIRO_STATUS_SUCCESS { retained.release() }
        return surface
    }

    // Finished here, before the destroy, so the last bytes are written now and by this object on every path,
    // not whenever the last `cairo_t` or snapshot referring to the surface happens to let go of it.
    deinit {
        cairo_surface_finish(handle)
        cairo_surface_destroy(handle)
    }

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
        // libpng creates the file again by its path: an interrupt's cleanup waits for it rather than unlinking under it.
        let status = PendingFiles.shared.writing {
            write(url.path, data, cairo_image_surface_get_width(handle), cairo_image_surface_get_height(handle),
                  cairo_image_surface_get_stride(handle), dpi, 3, &message, message.count)
        }
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

nonisolated(unsafe) private var sinkKey = cairo_user_data_key_t()

/// Cairo's write callback: every byte goes to the sink, and a failed write fails the surface.
private let writeToSink: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    guard length > 0 else { return CAIRO_STATUS_SUCCESS }
    return sink.write(UnsafeRawBufferPointer(start: data, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
}
