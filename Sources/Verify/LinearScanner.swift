import CZbar

/// Decodes linear codes (Code 128) with zbar's scanner and decoder, one line of pixels at a time, in both directions.
///
/// zbar's image scanner merges every linear symbol with the same data into one result: two tags with the same
/// payload (one lead of two cameras, a duplicated tag) would come back as one. Driving the line scanner here keeps each
/// instance, and the two directions put the decode at each end of the symbol, so their mean is its centre.
struct LinearScanner {
    /// Scan every `step`-th row.
    var step = 2

    /// One decode on one line: the payload and where the symbol ends in each direction.
    private struct Hit { var payload: String; var row: Int; var left: Double; var right: Double }

    func decode(_ image: GrayImage) throws -> [FoundSymbol] {
        guard let decoder = zbar_decoder_create() else { throw VerifyError.decoder("zbar_decoder_create failed") }
        defer { zbar_decoder_destroy(decoder) }
        zbar_decoder_set_config(decoder, ZBAR_NONE, ZBAR_CFG_ENABLE, 0)
        zbar_decoder_set_config(decoder, ZBAR_CODE128, ZBAR_CFG_ENABLE, 1)
        guard let scanner = zbar_scanner_create(decoder) else { throw VerifyError.decoder("zbar_scanner_create failed") }
        defer { zbar_scanner_destroy(scanner) }
        var hits: [Hit] = []
        for row in stride(from: 0, to: image.height, by: step) {
            let forward = scan(scanner, decoder, image, row: row, reversed: false)
            let backward = scan(scanner, decoder, image, row: row, reversed: true)
            // Pair each forward decode (at the symbol's right end) with the backward one of the same data ending left of it.
            var unused = backward
            for f in forward.sorted(by: { $0.position < $1.position }) {
                guard let i = unused.indices.filter({ unused[$0].payload == f.payload && unused[$0].position < f.position })
                    .max(by: { unused[$0].position < unused[$1].position }) else { continue }
                hits.append(Hit(payload: f.payload, row: row, left: unused[i].position, right: f.position))
                unused.remove(at: i)
            }
        }
        return cluster(hits).compactMap { measure($0, in: image) }
    }

    /// The decodes on one row, with the pixel column at which each fired.
    private func scan(_ scanner: OpaquePointer, _ decoder: OpaquePointer, _ image: GrayImage, row: Int, reversed: Bool) -> [(payload: String, position: Double)] {
        zbar_scanner_reset(scanner)
        zbar_decoder_reset(decoder)
        zbar_scanner_new_scan(scanner)
        var found: [(String, Double)] = []
        let base = row * image.width
        func take(_ type: zbar_symbol_type_t, at x: Int) {
            guard type.rawValue > ZBAR_PARTIAL.rawValue, let data = zbar_decoder_get_data(decoder),
                  let end = symbolEnd(image, row: row, firedAt: x, reversed: reversed) else { return }
            found.append((String(cString: data), end))
        }
        image.pixels.withUnsafeBufferPointer { p in
            for _ in 0..<64 { _ = zbar_scan_y(scanner, 255) }
            for i in 0..<image.width {
                let x = reversed ? image.width - 1 - i : i
                take(zbar_scan_y(scanner, Int32(p[base + x])), at: x)
            }
            // Beyond the image is paper: clean white, so a code whose quiet zone the image's edge cuts (a roll tag scanned
            // alone) still ends; then flush.
            let edge = reversed ? 0 : image.width - 1
            for _ in 0..<64 { take(zbar_scan_y(scanner, 255), at: edge) }
            for _ in 0..<2 { take(zbar_scanner_flush(scanner), at: edge) }
        }
        return found
    }

    /// The end of the symbol a decode fired for, to a fraction of a pixel.
    ///
    /// zbar confirms the stop pattern at the next edge it sees, which is the next print along the line (or the line's end),
    /// not the symbol's own end: from there, back over that print's first pixels and the quiet zone to the last bar's edge.
    private func symbolEnd(_ image: GrayImage, row: Int, firedAt x: Int, reversed: Bool) -> Double? {
        let back = reversed ? 1 : -1
        let threshold = 128.0
        func v(_ x: Int) -> Double { Double(image[x, row]) }
        var i = x, skipped = 0
        while v(i) < threshold, skipped < 8 { i += back; skipped += 1 }
        var white = 0
        while v(i) >= threshold { i += back; white += 1; if i < 0 || i >= image.width { return nil } }
        guard white >= 2 else { return nil }
        // i is the last dark pixel; the edge lies between it and the light pixel after it (pixel centres at +0.5).
        let next = i - back
        let fraction = (threshold - v(i)) / (v(next) - v(i))
        return Double(i) + 0.5 + fraction * Double(-back)
    }

    /// Groups the hits into symbols: the same payload on nearby rows at the same place.
    private func cluster(_ hits: [Hit]) -> [[Hit]] {
        var groups: [[Hit]] = []
        for hit in hits {
            if let g = groups.lastIndex(where: { g in
                let last = g[g.count - 1]
                // Rows that failed to decode (noise, a crease) leave gaps inside one symbol: up to an eighth of its width.
                let width = last.right - last.left
                return last.payload == hit.payload && Double(hit.row - last.row) <= max(Double(step * 4), width / 8)
                    && abs((last.left + last.right) / 2 - (hit.left + hit.right) / 2) < width / 4
            }) {
                groups[g].append(hit)
            } else {
                groups.append([hit])
            }
        }
        return groups.filter { $0.count >= 2 }
    }

    /// A symbol's centre and size from its rows: the ends are lines fitted through the rows' ends; the top and bottom are
    /// where the first and last bars end, followed along the bars' slant. Which rows decoded is chance (noise), so their mean is not the centre.
    private func measure(_ g: [Hit], in image: GrayImage) -> FoundSymbol? {
        // A row whose end was taken at the wrong edge (the next label's text) has the wrong width: keep the rows of the usual width.
        let usual = Self.median(g.map { $0.right - $0.left })
        let rows = g.filter { abs($0.right - $0.left - usual) <= 3 }
        guard rows.count >= 2, let (leftLine, rightLine) = Self.parallelLines(rows.map { (Double($0.row), $0.left) }, rows.map { (Double($0.row), $0.right) })
        else { return nil }
        let mid = (Double(rows.first!.row) + Double(rows.last!.row)) / 2
        let width = rightLine.at(mid) - leftLine.at(mid)
        guard width > 4 else { return nil }
        // Inside the first and last bars (two modules wide; a code of 60 to 150 modules), at three depths; the median of each end.
        var tops: [Double] = [], bottoms: [Double] = []
        for inset in [width / 200, width / 120, width / 80] {
            for (line, offset) in [(leftLine, inset), (rightLine, -inset)] {
                if let (top, bottom) = barEnds(image, along: line, offset: offset, from: mid) { tops.append(top); bottoms.append(bottom) }
            }
        }
        guard !tops.isEmpty else { return nil }
        let top = Self.median(tops), bottom = Self.median(bottoms)
        let cy = (top + bottom) / 2
        let cx = (leftLine.at(cy) + rightLine.at(cy)) / 2
        let corners = [Vec2(leftLine.at(top), top), Vec2(rightLine.at(top), top), Vec2(rightLine.at(bottom), bottom), Vec2(leftLine.at(bottom), bottom)]
        return FoundSymbol(payload: g[0].payload, center: Vec2(cx, cy), corners: corners, width: width, height: bottom - top)
    }

    static func median(_ values: [Double]) -> Double {
        let v = values.sorted()
        return v.count % 2 == 1 ? v[v.count / 2] : (v[v.count / 2 - 1] + v[v.count / 2]) / 2
    }

    /// The two ends of a symbol as parallel lines: one slant (the median of the slopes between rows half the cluster apart, on
    /// both ends), each end's offset the median of its rows. Misread rows pull neither.
    private static func parallelLines(_ left: [(y: Double, x: Double)], _ right: [(y: Double, x: Double)]) -> (Line, Line)? {
        var slopes: [Double] = []
        for points in [left, right] {
            let half = points.count / 2
            for i in 0..<half where points[i + half].y != points[i].y {
                slopes.append((points[i + half].x - points[i].x) / (points[i + half].y - points[i].y))
            }
        }
        guard !slopes.isEmpty else { return nil }
        let b = median(slopes)
        return (Line(a: median(left.map { $0.x - b * $0.y }), b: b), Line(a: median(right.map { $0.x - b * $0.y }), b: b))
    }

    /// x = a + b y.
    private struct Line { var a: Double, b: Double; func at(_ y: Double) -> Double { a + b * y } }

    /// Where a bar ends upwards and downwards, followed from row `from` along the line (shifted by `offset` pixels), to a fraction of a pixel.
    private func barEnds(_ image: GrayImage, along line: Line, offset: Double, from y0: Double) -> (Double, Double)? {
        let threshold = 128.0
        func value(_ y: Double) -> Double {
            // Bilinear across, so a slanted bar reads smoothly.
            let x = line.at(y) + offset - 0.5, yi = Int(y.rounded(.down))
            let xi = Int(x.rounded(.down)), f = x - Double(xi)
            return (1 - f) * Double(image[xi, yi]) + f * Double(image[xi + 1, yi])
        }
        guard value(y0) < threshold else { return nil }
        func end(_ step: Double) -> Double? {
            var y = y0
            for _ in 0..<image.height {
                let next = y + step
                let (a, b) = (value(y), value(next))
                // Row y's pixel centre is at y + 0.5.
                if b >= threshold { return y + 0.5 + step * (threshold - a) / (b - a) }
                y = next
            }
            return nil
        }
        guard let top = end(-1), let bottom = end(1) else { return nil }
        return (top, bottom)
    }
}
