import CCups
import DynamicLoading
import Foundation

/// libcups, opened with `dlopen` the first time a queue is asked for.
///
/// Linked at build time, libcups and the twenty libraries it needs (GnuTLS, Kerberos, Avahi, D-Bus…) were loaded and
/// relocated at every start, about 7 M instructions, though only printing uses them. The functions are looked up
/// once; their types are libcups's C signatures as Swift imports them.
struct Cups: @unchecked Sendable {
    let getDests2: @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<cups_dest_t>?>?) -> Int32
    let freeDests: @convention(c) (Int32, UnsafeMutablePointer<cups_dest_t>?) -> Void
    let lastError: @convention(c) () -> ipp_status_t
    let lastErrorString: @convention(c) () -> UnsafePointer<CChar>?
    let getOption: @convention(c) (UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<cups_option_t>?) -> UnsafePointer<CChar>?
    let copyDestInfo: @convention(c) (OpaquePointer?, UnsafeMutablePointer<cups_dest_t>?) -> OpaquePointer?
    let freeDestInfo: @convention(c) (OpaquePointer?) -> Void
    let getDestMediaCount: @convention(c) (OpaquePointer?, UnsafeMutablePointer<cups_dest_t>?, OpaquePointer?, UInt32) -> Int32
    let getDestMediaByIndex: @convention(c) (OpaquePointer?, UnsafeMutablePointer<cups_dest_t>?, OpaquePointer?, Int32, UInt32,
                                             UnsafeMutablePointer<cups_size_t>?) -> Int32
    let addOption: @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32,
                                   UnsafeMutablePointer<UnsafeMutablePointer<cups_option_t>?>?) -> Int32
    let freeOptions: @convention(c) (Int32, UnsafeMutablePointer<cups_option_t>?) -> Void
    let printFile2: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32,
                                    UnsafeMutablePointer<cups_option_t>?) -> Int32
    let setServer: @convention(c) (UnsafePointer<CChar>?) -> Void
    let server: @convention(c) () -> UnsafePointer<CChar>?
    let pwgMediaForSize: @convention(c) (Int32, Int32) -> UnsafeMutablePointer<pwg_media_t>?
    let ippPort: @convention(c) () -> Int32
    let encryption: @convention(c) () -> http_encryption_t
    let httpConnect2: @convention(c) (UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<http_addrlist_t>?, Int32, http_encryption_t, Int32, Int32,
                                      UnsafeMutablePointer<Int32>?) -> OpaquePointer?
    let httpClose: @convention(c) (OpaquePointer?) -> Void
    let httpSetTimeout: @convention(c) (OpaquePointer?, Double, http_timeout_cb_t?, UnsafeMutableRawPointer?) -> Void
    let httpGetFd: @convention(c) (OpaquePointer?) -> Int32

    /// The library's file name, as Debian's libcups2 installs it.
    static let fileName = "libcups.so.2"

    private static let loaded = Result { () throws(PrintingError) -> Cups in try Cups(opening: fileName) }

    /// The opened library; fails naming the library when it is not installed.
    static func library() throws(PrintingError) -> Cups { try loaded.get() }

    private init(opening name: String) throws(PrintingError) {
        do throws(DynamicLibraryError) {
            let library = try DynamicLibrary(opening: name)
            getDests2 = try library.function("cupsGetDests2")
            freeDests = try library.function("cupsFreeDests")
            lastError = try library.function("cupsLastError")
            lastErrorString = try library.function("cupsLastErrorString")
            getOption = try library.function("cupsGetOption")
            copyDestInfo = try library.function("cupsCopyDestInfo")
            freeDestInfo = try library.function("cupsFreeDestInfo")
            getDestMediaCount = try library.function("cupsGetDestMediaCount")
            getDestMediaByIndex = try library.function("cupsGetDestMediaByIndex")
            addOption = try library.function("cupsAddOption")
            freeOptions = try library.function("cupsFreeOptions")
            printFile2 = try library.function("cupsPrintFile2")
            setServer = try library.function("cupsSetServer")
            server = try library.function("cupsServer")
            pwgMediaForSize = try library.function("pwgMediaForSize")
            ippPort = try library.function("ippPort")
            encryption = try library.function("cupsEncryption")
            httpConnect2 = try library.function("httpConnect2")
            httpClose = try library.function("httpClose")
            httpSetTimeout = try library.function("httpSetTimeout")
            httpGetFd = try library.function("httpGetFd")
        } catch {
            throw PrintingError.libraryUnavailable(name: error.library, reason: error.reason)
        }
    }

    /// The last error's text, or a fallback when libcups has none.
    var lastErrorText: String { lastErrorString().map { String(cString: $0) } ?? "unknown CUPS error" }
}
