import Foundation

/// Stroked paths read back from a PDF's page content, for checking geometry in the file itself rather than in the display list.
///
/// The PDF is expanded with `qpdf --qdf` (uncompressed content, one page's streams marked by qpdf's comments);
/// the content is tokenised, the current transformation matrix followed through `q`/`Q`/`cm`, and the bounding
/// box of every path painted with `S` is kept with its stroke colour. Coordinates are in points from the page's
/// top-left corner (the MediaBox top), the way leadprint lays pages out.
public enum PDFStrokes {
    /// One stroked path's bounding box (control points included) and stroke colour.
    public struct Box: Equatable {
        public var minX: Double, minY: Double, maxX: Double, maxY: Double
        public var stroke: [Double]
        public var width: Double { maxX - minX }
        public var height: Double { maxY - minY }
    }

    /// Every stroked path of a page (1-based).
    public static func boxes(in pdf: URL, page: Int) throws -> [Box] {
        let expanded = FileManager.default.temporaryDirectory.appendingPathComponent("leadprint-qdf-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: expanded) }
        let qpdf = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, expanded.path])
        guard qpdf.status == 0 else { throw Failure.qpdf(qpdf.stderr) }
        let text = String(decoding: try Data(contentsOf: expanded), as: UTF8.self)
        guard let pageMark = text.range(of: "%% Page \(page)\n") else { throw Failure.noPage(page) }
        let pageText = text[pageMark.upperBound...]
        guard let box = pageText.range(of: "/MediaBox [") , let close = pageText[box.upperBound...].firstIndex(of: "]") else { throw Failure.noMediaBox }
        let media = pageText[box.upperBound..<close].split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        guard media.count == 4 else { throw Failure.noMediaBox }
        var content = ""
        var search = pageText.startIndex
        // A page's content may be split over several streams, each announced by qpdf.
        while let mark = pageText[search...].range(of: "%% Contents for page \(page)\n") {
            guard let start = pageText[mark.upperBound...].range(of: "stream\n"),
                  let end = pageText[start.upperBound...].range(of: "endstream") else { throw Failure.noContent }
            content += pageText[start.upperBound..<end.lowerBound] + "\n"
            search = end.upperBound
        }
        guard !content.isEmpty else { throw Failure.noContent }
        return paths(in: content, top: media[3])
    }

    public enum Failure: Error { case qpdf(String), noPage(Int), noMediaBox, noContent }

    static func paths(in content: String, top: Double) -> [Box] {
        typealias Matrix = (a: Double, b: Double, c: Double, d: Double, e: Double, f: Double)
        var ctm: Matrix = (1, 0, 0, 1, 0, 0)
        var stack: [(Matrix, [Double])] = []
        var stroke: [Double] = [0]
        var operands: [Double] = []
        // One box per subpath: a batched page strokes many outlines with one `S`, each starting with `m` or `re`.
        var subpaths: [[(Double, Double)]] = []
        var result: [Box] = []
        func add(_ x: Double, _ y: Double, starting: Bool = false) {
            let px = ctm.a * x + ctm.c * y + ctm.e, py = ctm.b * x + ctm.d * y + ctm.f
            if starting || subpaths.isEmpty { subpaths.append([]) }
            subpaths[subpaths.count - 1].append((px, top - py))
        }
        for token in tokens(content) {
            if let number = Double(token) { operands.append(number); continue }
            switch token {
            case "q": stack.append((ctm, stroke))
            case "Q": if let saved = stack.popLast() { (ctm, stroke) = saved }
            case "cm" where operands.count >= 6:
                let o = Array(operands.suffix(6))
                let m: Matrix = (o[0], o[1], o[2], o[3], o[4], o[5])
                ctm = (m.a * ctm.a + m.b * ctm.c, m.a * ctm.b + m.b * ctm.d, m.c * ctm.a + m.d * ctm.c, m.c * ctm.b + m.d * ctm.d,
                       m.e * ctm.a + m.f * ctm.c + ctm.e, m.e * ctm.b + m.f * ctm.d + ctm.f)
            case "RG": stroke = Array(operands.suffix(3))
            case "G": stroke = Array(operands.suffix(1))
            case "m": if operands.count >= 2 { add(operands[operands.count - 2], operands[operands.count - 1], starting: true) }
            case "l": if operands.count >= 2 { add(operands[operands.count - 2], operands[operands.count - 1]) }
            case "c" where operands.count >= 6:
                let o = Array(operands.suffix(6))
                add(o[0], o[1]); add(o[2], o[3]); add(o[4], o[5])
            case "re" where operands.count >= 4:
                let o = Array(operands.suffix(4))
                add(o[0], o[1], starting: true); add(o[0] + o[2], o[1] + o[3])
            case "S", "s":
                // A lone moveto (Cairo adds one after closing a path) draws nothing.
                for points in subpaths where points.count > 1 {
                    result.append(Box(minX: points.map(\.0).min()!, minY: points.map(\.1).min()!, maxX: points.map(\.0).max()!,
                                      maxY: points.map(\.1).max()!, stroke: stroke))
                }
                subpaths = []
            case "f", "f*", "F", "B", "B*", "b", "b*", "n": subpaths = []
            default: break
            }
            operands = []
        }
        return result
    }

    /// Content-stream tokens with strings, hex strings, names, arrays and dictionaries left out.
    static func tokens(_ content: String) -> [String] {
        var result: [String] = []
        var current = ""
        var depth = 0, hex = false, escaped = false
        func flush() { if !current.isEmpty { result.append(current); current = "" } }
        for ch in content {
            if depth > 0 {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 }
                continue
            }
            if hex { if ch == ">" { hex = false }; continue }
            switch ch {
            case "(": flush(); depth = 1
            case "<": flush(); hex = true
            case "[", "]", " ", "\n", "\r", "\t", ">": flush()
            case "/": flush(); current = "/"
            default: current.append(ch)
            }
        }
        flush()
        return result.filter { !$0.hasPrefix("/") }
    }
}
