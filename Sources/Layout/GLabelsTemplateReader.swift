import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Geometry
import YAMLSupport

/// Reads one gLabels template file (`Glabels-templates`, glabels-3.0.dtd) with Foundation's XML parser.
///
/// A file that is not well-formed XML fails whole, with its line. A template with a bad attribute is
/// reported with its line and left out; the file's other templates still load.
public struct GLabelsTemplateReader: Sendable {
    /// The file's templates, in file order.
    public private(set) var templates: [GLabelsTemplate] = []
    /// Templates left out, one located problem each.
    public private(set) var problems: [LayoutError] = []
    /// Values read the way gLabels reads them although they are not a number with a known unit; their templates load.
    public private(set) var warnings: [LayoutError] = []

    /// Reads a template file.
    public init(contentsOf file: URL) throws {
        let data: Data
        // The shared reader: a FIFO or a device in a template folder is refused by name instead of waited on.
        switch YAMLSource.load(path: file.path, limit: YAMLLimits.standard.maxBytes) {
        case .success(let bytes): data = Data(bytes)
        case .failure(let failure): throw LayoutError.malformedTemplateFile(file: file.path, line: 0, reason: "cannot read the file: \(failure.reason)")
        }
        try self.init(data: data, fileName: file.path)
    }

    /// Reads template XML; `fileName` names it in problems.
    public init(data: Data, fileName: String) throws {
        let delegate = Delegate(file: fileName)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        // Foundation's parser returns true after some errors (an element left open at the end): the first error reported decides.
        let finished = parser.parse()
        if let error = delegate.syntaxError {
            throw LayoutError.malformedTemplateFile(file: fileName, line: error.line, reason: XMLSyntax.reason(code: error.code))
        }
        guard finished else {
            throw LayoutError.malformedTemplateFile(file: fileName, line: parser.lineNumber, reason: XMLSyntax.reason(code: (parser.parserError as NSError?)?.code ?? 0))
        }
        guard delegate.root == "Glabels-templates" else {
            throw LayoutError.malformedTemplateFile(file: fileName, line: 1, reason: "the root element is <\(delegate.root ?? "")>, not <Glabels-templates>")
        }
        templates = delegate.templates
        problems = delegate.problems
        warnings = delegate.warnings
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        var root: String?
        var templates: [GLabelsTemplate] = []
        var problems: [LayoutError] = []
        var warnings: [LayoutError] = []
        var syntaxError: (line: Int, code: Int)?
        private var current: GLabelsTemplate?
        private var labelCount = 0
        private var failed = false

        init(file: String) { self.file = file }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if syntaxError == nil { syntaxError = (parser.lineNumber, (parseError as NSError).code) }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let line = parser.lineNumber
            if root == nil { root = name }
            if name == "Template" {
                let brand = attributes["brand"] ?? "", part = attributes["part"] ?? ""
                current = GLabelsTemplate(brand: brand, part: part, description: attributes["_description"] ?? attributes["description"] ?? "",
                                          equiv: attributes["equiv"], paperID: attributes["size"], file: file, line: line)
                labelCount = 0
                failed = false
                if brand.isEmpty { fail("brand", "missing", line: line) }
                if part.isEmpty { fail("part", "missing", line: line) }
                if attributes["width"] != nil || attributes["height"] != nil {
                    if let w = length("width", attributes, line: line), let h = length("height", attributes, line: line) {
                        current?.pageSize = Size(width: w, height: h)
                    }
                }
                return
            }
            guard current != nil, !failed else { return }
            switch name {
            case "Label-rectangle", "Label-round", "Label-ellipse", "Label-cd":
                labelCount += 1
                // gLabels 3 prints on a template's first label only.
                guard labelCount == 1 else { return }
                let read = label(name, attributes, line: line)
                current?.label = read
            case "Markup-margin" where labelCount == 1:
                if let size = length("size", attributes, line: line, field: "Markup-margin size", positive: false) { current?.markupMargin = size }
            case "Layout" where labelCount == 1:
                let nx = count("nx", attributes, line: line), ny = count("ny", attributes, line: line)
                let x0 = length("x0", attributes, line: line, field: "Layout x0", positive: false, default: .zero)
                let y0 = length("y0", attributes, line: line, field: "Layout y0", positive: false, default: .zero)
                let dx = length("dx", attributes, line: line, field: "Layout dx", positive: false, default: .zero)
                let dy = length("dy", attributes, line: line, field: "Layout dy", positive: false, default: .zero)
                if let nx, let ny, let x0, let y0, let dx, let dy {
                    current?.layouts.append(Preset.Grid(columns: nx, rows: ny, x0: x0, y0: y0, dx: dx, dy: dy))
                }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard name == "Template", let template = current else { return }
            current = nil
            if !failed && template.equiv == nil {
                if template.label == nil {
                    fail("label", "no Label-rectangle, Label-round, Label-ellipse or Label-cd", line: template.line, template: template)
                } else if template.layouts.isEmpty {
                    fail("Layout", "the label has no Layout", line: template.line, template: template)
                } else if template.paperID == nil && template.pageSize == nil {
                    fail("size", "no paper size and no width/height", line: template.line, template: template)
                }
            }
            if !failed { templates.append(template) }
        }

        private func label(_ element: String, _ a: [String: String], line: Int) -> GLabelsTemplate.Label? {
            func l(_ key: String, positive: Bool = true, default value: Length? = nil) -> Length? {
                length(key, a, line: line, field: "\(element) \(key)", positive: positive, default: value)
            }
            switch element {
            case "Label-rectangle":
                let waste = l("waste", positive: false, default: .zero)
                guard let w = l("width"), let h = l("height"), let round = l("round", positive: false, default: .zero), let waste,
                      let xw = l("x_waste", positive: false, default: waste), let yw = l("y_waste", positive: false, default: waste) else { return nil }
                return .rectangle(width: w, height: h, round: round, xWaste: xw, yWaste: yw)
            case "Label-round":
                guard let r = l("radius"), let waste = l("waste", positive: false, default: .zero) else { return nil }
                return .round(radius: r, waste: waste)
            case "Label-ellipse":
                guard let w = l("width"), let h = l("height"), let waste = l("waste", positive: false, default: .zero) else { return nil }
                return .ellipse(width: w, height: h, waste: waste)
            default:
                guard let r = l("radius"), let hole = l("hole", positive: false), let waste = l("waste", positive: false, default: .zero) else { return nil }
                let w = a["width"] == nil ? nil : l("width"), h = a["height"] == nil ? nil : l("height")
                return .cd(radius: r, hole: hole, width: w, height: h, waste: waste)
            }
        }

        private func length(_ key: String, _ a: [String: String], line: Int, field: String? = nil, positive: Bool = true, default value: Length? = nil) -> Length? {
            guard let text = a[key] else {
                if value == nil { fail(field ?? key, "missing", line: line) }
                return value
            }
            let reading = GLabelsLength.read(text)
            if let assumption = reading.assumption, let t = current {
                warnings.append(.templateValueAssumed(file: file, line: line, template: t.displayName, field: field ?? key, value: text, assumption: assumption))
            }
            let parsed = reading.length
            guard positive ? parsed.points > 0 : parsed.points >= 0 else {
                fail(field ?? key, "must be \(positive ? "greater than zero" : "zero or more") ('\(text)')", line: line)
                return nil
            }
            return parsed
        }

        private func count(_ key: String, _ a: [String: String], line: Int) -> Int? {
            guard let text = a[key], let value = Self.unsigned(text), value > 0 else {
                fail("Layout \(key)", "must be a whole number greater than zero ('\(a[key] ?? "missing")')", line: line)
                return nil
            }
            return value
        }

        /// A count as the DTD allows it (`%u | 0x%x | 0%o`), read like libglabels' `strtoul(text, NULL, 0)`.
        static func unsigned(_ text: String) -> Int? {
            let t = text.trimmingWhitespace().lowercased()
            if t.hasPrefix("0x") { return Int(t.dropFirst(2), radix: 16) }
            if t.count > 1 && t.hasPrefix("0") { return Int(t.dropFirst(), radix: 8) }
            return Int(t)
        }

        private func fail(_ field: String, _ reason: String, line: Int, template: GLabelsTemplate? = nil) {
            guard !failed, let t = template ?? current else { return }
            failed = true
            problems.append(.invalidTemplate(file: file, line: line, template: t.displayName, field: field, reason: reason))
        }
    }
}
