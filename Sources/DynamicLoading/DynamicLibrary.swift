import Foundation

/// A shared library opened with `dlopen` when a job first needs it, and its functions looked up by name.
///
/// libcups, librsvg and libqpdf are opened this way: linked, they and the libraries they bring were loaded and
/// relocated at every start, though only printing, an SVG logo or a PDF's page boxes use them. The handle stays
/// open for the life of the process, because the functions looked up point into it.
public struct DynamicLibrary: @unchecked Sendable {
    /// The file name it was opened by, e.g. `libqpdf.so.29`.
    public let name: String
    private let handle: UnsafeMutableRawPointer

    /// Opens the library; lazy binding, so its own dependencies' functions are bound as they are first called.
    public init(opening name: String) throws(DynamicLibraryError) {
        guard let handle = dlopen(name, RTLD_LAZY | RTLD_LOCAL) else {
            throw DynamicLibraryError(library: name, reason: dlerror().map { String(cString: $0) } ?? "dlopen failed")
        }
        self.name = name
        self.handle = handle
    }

    /// The function named `symbol`, typed as the caller's `@convention(c)` function type; its own
    /// dependencies' symbols are found too.
    public func function<Function>(_ symbol: String) throws(DynamicLibraryError) -> Function {
        guard let address = dlsym(handle, symbol) else {
            throw DynamicLibraryError(library: name, reason: "it has no function \(symbol)")
        }
        return unsafeBitCast(address, to: Function.self)
    }
}

/// A library that could not be opened, or lacks a function; each module words it as its own error.
public struct DynamicLibraryError: Error, Equatable, CustomStringConvertible {
    /// The library's file name.
    public var library: String
    /// The loader's reason, e.g. "libqpdf.so.29: cannot open shared object file: No such file or directory".
    public var reason: String

    /// Creates the error for a library and a reason.
    public init(library: String, reason: String) { self.library = library; self.reason = reason }

    public var description: String { "\(library) could not be opened: \(reason)" }
}
