import CQPDF
import DynamicLoading
import Foundation

/// libqpdf, opened with `dlopen` the first time a PDF needs its page boxes set.
///
/// Linked at build time, libqpdf and what it needs (GnuTLS, Nettle, GMP, libjpeg…) were loaded and relocated at
/// every start, about 12 M instructions, though only a PDF whose pages are not whole points or carry print-shop
/// boxes uses it; `catalog check`, PNG and SVG output never do. The functions are looked up once; their types are
/// qpdf's C API as Swift imports `qpdf/qpdf-c.h`.
struct QPDFLibrary: @unchecked Sendable {
    typealias ErrorCode = QPDF_ERROR_CODE
    let initialize: @convention(c) () -> qpdf_data?
    let cleanup: @convention(c) (UnsafeMutablePointer<qpdf_data?>?) -> Void
    let silenceErrors: @convention(c) (qpdf_data?) -> Void
    let setSuppressWarnings: @convention(c) (qpdf_data?, QPDF_BOOL) -> Void
    let read: @convention(c) (qpdf_data?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> ErrorCode
    let hasError: @convention(c) (qpdf_data?) -> QPDF_BOOL
    let getError: @convention(c) (qpdf_data?) -> qpdf_error?
    let errorFullText: @convention(c) (qpdf_data?, qpdf_error?) -> UnsafePointer<CChar>?
    let pageCount: @convention(c) (qpdf_data?) -> Int32
    let page: @convention(c) (qpdf_data?, Int) -> qpdf_oh
    let newArray: @convention(c) (qpdf_data?) -> qpdf_oh
    let appendItem: @convention(c) (qpdf_data?, qpdf_oh, qpdf_oh) -> Void
    let newReal: @convention(c) (qpdf_data?, Double, Int32) -> qpdf_oh
    let replaceKey: @convention(c) (qpdf_data?, qpdf_oh, UnsafePointer<CChar>?, qpdf_oh) -> Void
    let releaseAll: @convention(c) (qpdf_data?) -> Void
    let initWrite: @convention(c) (qpdf_data?, UnsafePointer<CChar>?) -> ErrorCode
    let setDeterministicID: @convention(c) (qpdf_data?, QPDF_BOOL) -> Void
    let setDecodeLevel: @convention(c) (qpdf_data?, qpdf_stream_decode_level_e) -> Void
    let write: @convention(c) (qpdf_data?) -> ErrorCode

    /// The library's file name, as Debian's libqpdf29 installs it.
    static let fileName = "libqpdf.so.29"

    private static let loaded = Result { () throws(DynamicLibraryError) -> QPDFLibrary in try QPDFLibrary(opening: fileName) }

    /// The opened library; fails naming the library when it is not installed.
    static func library() throws(DynamicLibraryError) -> QPDFLibrary { try loaded.get() }

    init(opening name: String) throws(DynamicLibraryError) {
        let library = try DynamicLibrary(opening: name)
        initialize = try library.function("qpdf_init")
        cleanup = try library.function("qpdf_cleanup")
        silenceErrors = try library.function("qpdf_silence_errors")
        setSuppressWarnings = try library.function("qpdf_set_suppress_warnings")
        read = try library.function("qpdf_read")
        hasError = try library.function("qpdf_has_error")
        getError = try library.function("qpdf_get_error")
        errorFullText = try library.function("qpdf_get_error_full_text")
        pageCount = try library.function("qpdf_get_num_pages")
        page = try library.function("qpdf_get_page_n")
        newArray = try library.function("qpdf_oh_new_array")
        appendItem = try library.function("qpdf_oh_append_item")
        newReal = try library.function("qpdf_oh_new_real_from_double")
        replaceKey = try library.function("qpdf_oh_replace_key")
        releaseAll = try library.function("qpdf_oh_release_all")
        initWrite = try library.function("qpdf_init_write")
        setDeterministicID = try library.function("qpdf_set_deterministic_ID")
        setDecodeLevel = try library.function("qpdf_set_decode_level")
        write = try library.function("qpdf_write")
    }
}

