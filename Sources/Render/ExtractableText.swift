/// The text Cairo writes beside a run's glyphs, adjusted so PDF text extraction reads it as printed.
enum ExtractableText {
    /// The run's text as UTF-8, with a space after a final hyphen-minus.
    ///
    /// pdftotext (poppler) takes a hyphen-minus that ends a text line for a soft hyphen: it drops it and joins
    /// the next line (`LIN/MIC-` + `PRO` reads `LIN/MICPRO`). The space joins the hyphen's cluster, so Cairo
    /// writes that cluster as ActualText `(- )`: nothing changes on the page, and extraction keeps the hyphen.
    static func utf8(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        if bytes.last == UInt8(ascii: "-") { bytes.append(UInt8(ascii: " ")) }
        return bytes
    }
}
