import CRsvg
import DynamicLoading
import Foundation
import Geometry

/// librsvg, opened with `dlopen` the first time an SVG logo is read.
///
/// Linked at build time, librsvg and the libraries it brings (GIO, gdk-pixbuf, Pango, libxml2…) were loaded and
/// relocated at every start, about 13 M instructions, though only an SVG logo uses them. The functions are looked
/// up once, through librsvg's handle, which also reaches GIO's and GLib's symbols it depends on; their types are
/// the C signatures with the layouts declared in `CRsvg/shim.h`.
struct Rsvg: @unchecked Sendable {
    let memoryInputStream: @convention(c) (UnsafeRawPointer?, Int, OpaquePointer?) -> OpaquePointer?
    let newFromStream: @convention(c) (OpaquePointer?, OpaquePointer?, Int32, OpaquePointer?,
                                       UnsafeMutablePointer<UnsafeMutablePointer<LeadprintGError>?>?) -> OpaquePointer?
    let setDPI: @convention(c) (OpaquePointer?, Double) -> Void
    let intrinsicSizeInPixels: @convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Int32
    let intrinsicDimensions: @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<LeadprintRsvgLength>?,
                                             UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<LeadprintRsvgLength>?,
                                             UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<LeadprintRsvgRectangle>?) -> Void
    let renderDocument: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<LeadprintRsvgRectangle>?,
                                        UnsafeMutablePointer<UnsafeMutablePointer<LeadprintGError>?>?) -> Int32
    let objectUnref: @convention(c) (OpaquePointer?) -> Void
    let errorFree: @convention(c) (UnsafeMutablePointer<LeadprintGError>?) -> Void

    /// The library's file name, as Debian's librsvg2-2 installs it.
    static let fileName = "librsvg-2.so.2"

    private static let loaded = Result { () throws(ImageError) -> Rsvg in try Rsvg(opening: fileName) }

    /// The opened library; fails naming the library when it is not installed.
    static func library() throws(ImageError) -> Rsvg { try loaded.get() }

    init(opening name: String) throws(ImageError) {
        do throws(DynamicLibraryError) {
            let library = try DynamicLibrary(opening: name)
            memoryInputStream = try library.function("g_memory_input_stream_new_from_data")
            newFromStream = try library.function("rsvg_handle_new_from_stream_sync")
            setDPI = try library.function("rsvg_handle_set_dpi")
            intrinsicSizeInPixels = try library.function("rsvg_handle_get_intrinsic_size_in_pixels")
            intrinsicDimensions = try library.function("rsvg_handle_get_intrinsic_dimensions")
            renderDocument = try library.function("rsvg_handle_render_document")
            objectUnref = try library.function("g_object_unref")
            errorFree = try library.function("g_error_free")
        } catch {
            throw ImageError.libraryUnavailable(name: error.library, reason: error.reason)
        }
    }

    /// The error's message without its trailing newline, and frees the error; "unknown error" when librsvg gave none.
    func consume(_ error: UnsafeMutablePointer<LeadprintGError>?) -> String {
        guard let error else { return "unknown error" }
        defer { errorFree(error) }
        return error.pointee.message.map { String(cString: $0).trimmingWhitespaceAndNewlines() } ?? "unknown error"
    }
}
