import CQPDF
import DynamicLoading
import Foundation

/// One qpdf document handle, owned by Swift: errors come back as thrown reasons, `deinit` frees everything.
final class QPDFHandle {
    private let qpdf: QPDFLibrary
    private var handle: qpdf_data?
    /// The file that errors name (the user's target, not a temporary file).
    private let path: String

    /// Opens a PDF file for editing; fails naming libqpdf when it cannot be opened.
    init(reading file: URL, naming target: URL) throws {
        path = target.path
        do throws(DynamicLibraryError) { qpdf = try QPDFLibrary.library() } catch {
            throw RenderError.pageBoxes(path: path, reason: "libqpdf (\(error.library)) could not be opened: \(error.reason); install libqpdf29")
        }
        handle = qpdf.initialize()
        qpdf.silenceErrors(handle)
        qpdf.setSuppressWarnings(handle, QPDF_TRUE)
        try check(qpdf.read(handle, file.path, nil), doing: "reading the PDF")
    }

    deinit { qpdf.cleanup(&handle) }

    var pageCount: Int { Int(qpdf.pageCount(handle)) }

    /// Replaces a box of page `index` (zero-based) with `[x0 y0 x1 y1]`, in PDF points.
    func setBox(_ key: String, of index: Int, to box: [Double]) throws {
        let page = qpdf.page(handle, index)
        try check(qpdf.hasError(handle) == QPDF_TRUE ? QPDF_ERRORS : QPDF_SUCCESS, doing: "finding page \(index + 1)")
        // A fresh array per key: qpdf shares direct objects by handle, and each box must stand alone.
        let array = qpdf.newArray(handle)
        for value in box { qpdf.appendItem(handle, array, qpdf.newReal(handle, value, 6)) }
        qpdf.replaceKey(handle, page, key, array)
        try check(qpdf.hasError(handle) == QPDF_TRUE ? QPDF_ERRORS : QPDF_SUCCESS, doing: "setting \(key) of page \(index + 1)")
    }

    /// Drops the object handles made so far, so a long document does not hold one per box.
    func releaseObjects() { qpdf.releaseAll(handle) }

    /// Writes the edited document, byte-identical for identical input (deterministic /ID, streams left as Cairo wrote them).
    func write(to file: URL) throws {
        try check(qpdf.initWrite(handle, file.path), doing: "opening the output")
        qpdf.setDeterministicID(handle, QPDF_TRUE)
        qpdf.setDecodeLevel(handle, qpdf_dl_none)
        try check(qpdf.write(handle), doing: "writing the PDF")
    }

    private func check(_ code: QPDF_ERROR_CODE, doing what: String) throws {
        guard code & QPDF_ERRORS != 0 || qpdf.hasError(handle) == QPDF_TRUE else { return }
        var reason = "qpdf error"
        if let error = qpdf.getError(handle), let text = qpdf.errorFullText(handle, error) { reason = String(cString: text) }
        throw RenderError.pageBoxes(path: path, reason: "\(what): \(reason)")
    }
}
