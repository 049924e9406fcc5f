import CCups
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

    /// The library's file name, as Debian's libcups2 installs it.
    static let fileName = "libcups.so.2"

    private static let loaded = Result { () throws(PrintingError) -> Cups in try Cups(opening: fileName) }

    /// The opened library; fails naming the library when it is not installed.
    static func library() throws(PrintingError) -> Cups { try loaded.get() }

    private init(opening name: String) throws(PrintingError) {
        guard let handle = dlopen(name, RTLD_LAZY | RTLD_LOCAL) else {
            throw PrintingError.libraryUnavailable(name: name, reason: dlerror().map { String(cString: $0) } ?? "dlopen failed")
        }
        // The handle stays open for the life of the process: the functions below point into it.
        func symbol<T>(_ symbolName: String) throws(PrintingError) -> T {
            guard let address = dlsym(handle, symbolName) else {
                throw PrintingError.libraryUnavailable(name: name, reason: "it has no function \(symbolName)")
            }
            return unsafeBitCast(address, to: T.self)
        }
        getDests2 = try symbol("cupsGetDests2")
        freeDests = try symbol("cupsFreeDests")
        lastError = try symbol("cupsLastError")
        lastErrorString = try symbol("cupsLastErrorString")
        getOption = try symbol("cupsGetOption")
        copyDestInfo = try symbol("cupsCopyDestInfo")
        freeDestInfo = try symbol("cupsFreeDestInfo")
        getDestMediaCount = try symbol("cupsGetDestMediaCount")
        getDestMediaByIndex = try symbol("cupsGetDestMediaByIndex")
        addOption = try symbol("cupsAddOption")
        freeOptions = try symbol("cupsFreeOptions")
        printFile2 = try symbol("cupsPrintFile2")
        setServer = try symbol("cupsSetServer")
        server = try symbol("cupsServer")
        pwgMediaForSize = try symbol("pwgMediaForSize")
    }

    /// The last error's text, or a fallback when libcups has none.
    var lastErrorText: String { lastErrorString().map { String(cString: $0) } ?? "unknown CUPS error" }
}
