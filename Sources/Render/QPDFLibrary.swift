import CQPDF
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

    private static let loaded = Result { () throws(QPDFLibraryError) -> QPDFLibrary in try QPDFLibrary(opening: fileName) }

    /// The opened library; fails naming the library when it is not installed.
    static func library() throws(QPDFLibraryError) -> QPDFLibrary { try loaded.get() }

    init(opening name: String) throws(QPDFLibraryError) {
        guard let handle = dlopen(name, RTLD_LAZY | RTLD_LOCAL) else {
            throw QPDFLibraryError(name: name, reason: dlerror().map { String(cString: $0) } ?? "dlopen failed")
        }
        // The handle stays open for the life of the process: the functions below point into it.
        func symbol<T>(_ symbolName: String) throws(QPDFLibraryError) -> T {
            guard let address = dlsym(handle, symbolName) else {
                throw QPDFLibraryError(name: name, reason: "it has no function \(symbolName)")
            }
            return unsafeBitCast(address, to: T.self)
        }
        initialize = try symbol("qpdf_init")
        cleanup = try symbol("qpdf_cleanup")
        silenceErrors = try symbol("qpdf_silence_errors")
        setSuppressWarnings = try symbol("qpdf_set_suppress_warnings")
        read = try symbol("qpdf_read")
        hasError = try symbol("qpdf_has_error")
        getError = try symbol("qpdf_get_error")
        errorFullText = try symbol("qpdf_get_error_full_text")
        pageCount = try symbol("qpdf_get_num_pages")
        page = try symbol("qpdf_get_page_n")
        newArray = try symbol("qpdf_oh_new_array")
        appendItem = try symbol("qpdf_oh_append_item")
        newReal = try symbol("qpdf_oh_new_real_from_double")
        replaceKey = try symbol("qpdf_oh_replace_key")
        releaseAll = try symbol("qpdf_oh_release_all")
        initWrite = try symbol("qpdf_init_write")
        setDeterministicID = try symbol("qpdf_set_deterministic_ID")
        setDecodeLevel = try symbol("qpdf_set_decode_level")
        write = try symbol("qpdf_write")
    }
}

/// libqpdf could not be opened, or lacks a function leadprint calls.
struct QPDFLibraryError: Error {
    /// The library's file name.
    var name: String
    /// The loader's reason.
    var reason: String
}
