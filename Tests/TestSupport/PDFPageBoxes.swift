import Foundation

extension Tool {
    /// Every page's MediaBox, TrimBox and BleedBox as qpdf reads them (`qpdf --json=2`), keyed "/MediaBox" and so on.
    public static func pdfPageBoxes(_ url: URL) throws -> [[String: [Double]]] {
        let result = try run("qpdf", ["--json=2", "--json-key=pages", "--json-key=qpdf", url.path])
        guard result.status == 0, let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let pages = json["pages"] as? [[String: Any]], let qpdf = json["qpdf"] as? [Any], qpdf.count > 1,
              let objects = qpdf[1] as? [String: Any] else {
            throw ToolError.unreadable(url.path, result.stderr)
        }
        return try pages.map { page in
            guard let reference = page["object"] as? String, let object = objects["obj:\(reference)"] as? [String: Any],
                  let value = object["value"] as? [String: Any] else { throw ToolError.unreadable(url.path, "page object") }
            var boxes: [String: [Double]] = [:]
            for key in ["/MediaBox", "/TrimBox", "/BleedBox"] {
                if let numbers = value[key] as? [NSNumber] { boxes[key] = numbers.map(\.doubleValue) }
            }
            return boxes
        }
    }

    /// The rectangles every page's content streams clip to (`x y w h re W n`), uncompressed by qpdf.
    public static func pdfClipRectangles(_ url: URL) throws -> [[Double]] {
        let result = try run("qpdf", ["--qdf", "--object-streams=disable", url.path, "-"])
        guard result.status == 0 || result.status == 3 else { throw ToolError.unreadable(url.path, result.stderr) }
        return result.stdout.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ")
            guard words.count >= 7, words.suffix(3) == ["re", "W", "n"] else { return nil }
            let numbers = words.dropLast(3).suffix(4).compactMap { Double($0) }
            return numbers.count == 4 ? numbers : nil
        }
    }
}

/// A tool's output that a test could not read.
public enum ToolError: Error {
    case unreadable(String, String)
}
