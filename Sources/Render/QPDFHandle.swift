import CQPDF
import Foundation

/// One qpdf document handle, owned by Swift: errors come back as thrown reasons, `deinit` frees everything.
final class QPDFHandle {
    private var handle: qpdf_data?
    /// The file that errors name (the user's target, not a temporary file).
    private let path: String

    /// Opens a PDF file for editing.
    init(reading file: URL, naming target: URL) throws {
        handle = qpdf_init()
        path = target.path
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, QPDF_TRUE)
        try check(qpdf_read(handle, file.path, nil), doing: "reading the PDF")
    }

    deinit { qpdf_cleanup(&handle) }

    var pageCount: Int { Int(qpdf_get_num_pages(handle)) }

    /// Replaces a box of page `index` (zero-based) with `[x0 y0 x1 y1]`, in PDF points.
    func setBox(_ key: String, of index: Int, to box: [Double]) throws {
        let page = qpdf_get_page_n(handle, index)
        try check(qpdf_has_error(handle) == QPDF_TRUE ? QPDF_ERRORS : QPDF_SUCCESS, doing: "finding page \(index + 1)")
        // A fresh array per key: qpdf shares direct objects by handle, and each box must stand alone.
        let array = qpdf_oh_new_array(handle)
        for value in box { qpdf_oh_append_item(handle, array, qpdf_oh_new_real_from_double(handle, value, 6)) }
        qpdf_oh_replace_key(handle, page, key, array)
        try check(qpdf_has_error(handle) == QPDF_TRUE ? QPDF_ERRORS : QPDF_SUCCESS, doing: "setting \(key) of page \(index + 1)")
    }

    /// Drops the object handles made so far, so a long document does not hold one per box.
    func releaseObjects() { qpdf_oh_release_all(handle) }

    /// Writes the edited document, byte-identical for identical input (deterministic /ID, streams left as Cairo wrote them).
    func write(to file: URL) throws {
        try check(qpdf_init_write(handle, file.path), doing: "opening the output")
        qpdf_set_deterministic_ID(handle, QPDF_TRUE)
        qpdf_set_decode_level(handle, qpdf_dl_none)
        try check(qpdf_write(handle), doing: "writing the PDF")
    }

    private func check(_ code: QPDF_ERROR_CODE, doing what: String) throws {
        guard code & QPDF_ERRORS != 0 || qpdf_has_error(handle) == QPDF_TRUE else { return }
        var reason = "qpdf error"
        if let error = qpdf_get_error(handle), let text = qpdf_get_error_full_text(handle, error) { reason = String(cString: text) }
        throw RenderError.pageBoxes(path: path, reason: "\(what): \(reason)")
    }
}
