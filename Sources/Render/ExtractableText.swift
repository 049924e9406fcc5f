import CCairo
import DisplayList

/// The text Cairo writes beside a run's glyphs, adjusted so PDF text extraction reads it as printed.
enum ExtractableText {
    /// The run's text as UTF-8, each right-to-left cluster's characters in visual order, with a space after a final hyphen-minus.
    ///
    /// pdftotext (poppler) takes a hyphen-minus that ends a text line for a soft hyphen: it drops it and joins
    /// the next line (`LIN/MIC-` + `PRO` reads `LIN/MICPRO`). The space joins the hyphen's cluster, so Cairo
    /// writes that cluster as ActualText `(- )`: nothing changes on the page, and extraction keeps the hyphen.
    ///
    /// Extractors read a page in visual order and put right-to-left text back into logical order themselves,
    /// character by character. A cluster of several characters (the lam-alef ligature لا, a letter and its
    /// vowel mark) is one glyph or a stack of glyphs: given in logical order it comes out reversed (`اإلنذار`).
    /// So inside a right-to-left run each cluster's characters are given last first, the order they have on
    /// the page; the extractor's reordering then yields `الإنذار`. A run marked as a whole with its logical
    /// ActualText comes out wholly reversed from pdftotext, which is why the text is not marked that way.
    static func utf8(_ run: GlyphRun) -> [UInt8] {
        var bytes = Array(run.text.utf8)
        if run.isRightToLeft { reverseClusters(&bytes, starts: run.glyphs.map(\.cluster)) }
        if bytes.last == UInt8(ascii: "-") { bytes.append(UInt8(ascii: " ")) }
        return bytes
    }

    /// The text and cluster map Cairo is given for a run, clusters running forward; nil when the glyphs' clusters do not
    /// cover the text (Cairo then shows the glyphs alone).
    ///
    /// A right-to-left run's glyphs are in visual order, so its text is given in visual order too: cluster by cluster
    /// from the left, each cluster's characters last first (see `utf8(_:)`). The page's text mapping is the same as with
    /// logical text and a backward cluster map, but Cairo keeps a forward map when a drawing is recorded and replayed
    /// as a form XObject (a tag design placed many times), where a backward one came out reversed.
    static func textAndClusters(of run: GlyphRun) -> (utf8: [UInt8], clusters: [cairo_text_cluster_t])? {
        guard run.isRightToLeft else {
            let utf8 = utf8(run.text)
            return CairoContext.clusters(of: run.glyphs, byteCount: utf8.count).map { (utf8, $0) }
        }
        let logical = Array(run.text.utf8)
        guard !logical.isEmpty, !run.glyphs.isEmpty else { return nil }
        // Each cluster's byte range in the logical text: from its start to the next start.
        let starts = Set(run.glyphs.map(\.cluster)).sorted()
        guard starts.first == 0, let lastStart = starts.last, lastStart < logical.count else { return nil }
        var end: [Int: Int] = [:]
        for (a, b) in zip(starts, starts.dropFirst() + [logical.count]) { end[a] = b }
        var utf8: [UInt8] = [], clusters: [cairo_text_cluster_t] = [], seen = Set<Int>()
        var index = 0
        while index < run.glyphs.count {
            let start = run.glyphs[index].cluster
            var count = 0
            while index < run.glyphs.count, run.glyphs[index].cluster == start { count += 1; index += 1 }
            // A cluster whose glyphs are not side by side has no forward map.
            guard seen.insert(start).inserted, let stop = end[start] else { return nil }
            var bytes = Array(logical[start..<stop])
            reverseClusters(&bytes, starts: [0])
            utf8 += bytes
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(bytes.count), num_glyphs: Int32(count)))
        }
        return (utf8, clusters)
    }

    /// The run's text as UTF-8 with a space after a final hyphen-minus (see `utf8(_:)` for a run).
    static func utf8(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        if bytes.last == UInt8(ascii: "-") { bytes.append(UInt8(ascii: " ")) }
        return bytes
    }

    /// Reverses the characters (not the bytes) inside each cluster of several characters; clusters keep their byte ranges.
    static func reverseClusters(_ bytes: inout [UInt8], starts: [Int]) {
        let bounds = (Set(starts.filter { $0 >= 0 && $0 <= bytes.count }).union([0, bytes.count])).sorted()
        for (start, end) in zip(bounds, bounds.dropFirst()) where end - start > 1 {
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            guard text.unicodeScalars.count > 1 else { continue }
            var reversed: [UInt8] = []
            for scalar in text.unicodeScalars.reversed() { reversed += Array(String(scalar).utf8) }
            // A cluster cut inside a character (never from HarfBuzz) would decode differently; leave it as it is.
            guard reversed.count == end - start else { continue }
            bytes.replaceSubrange(start..<end, with: reversed)
        }
    }
}
