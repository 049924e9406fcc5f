import Geometry

/// Writes a page as an indented text tree, one item a line, for tests and debugging.
public enum DisplayListDump {
    /// The dump of one page.
    public static func dump(_ page: Page) -> String {
        var lines = ["page \(page.size)"]
        for item in page.items { write(item, depth: 1, into: &lines) }
        return lines.joined(separator: "\n")
    }

    private static func write(_ item: Item, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch item {
        case .glyphs(let run):
            lines.append("\(indent)text \"\(run.text)\" at \(run.origin) \(run.font) \(run.size) \(run.color)")
        case .shape(let shape):
            let box = shape.path.bounds.map { "\($0)" } ?? "empty"
            let fill = shape.fill.map { " fill \($0)" } ?? ""
            let stroke = shape.stroke.map { " stroke \($0.color) \($0.width)" } ?? ""
            lines.append("\(indent)shape \(box)\(fill)\(stroke)")
        case .image(let image):
            lines.append("\(indent)image \(image.source) in \(image.rect)")
        case .group(let group):
            lines.append("\(indent)group \(group.transform)\(group.clip == nil ? "" : " clipped")\(group.reuseKey.map { " reused as \($0)" } ?? "")")
            for child in group.items { write(child, depth: depth + 1, into: &lines) }
        }
    }
}
