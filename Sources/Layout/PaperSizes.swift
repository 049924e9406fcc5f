import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Geometry
import YAMLSupport

/// gLabels' paper sizes (`paper-sizes.xml`): page sizes by id, such as `A4` and `US-Letter`.
public struct PaperSizes: Sendable {
    /// Page sizes by paper id.
    public private(set) var sizes: [String: Size] = [:]

    /// Creates an empty table.
    public init() {}

    /// Adds (or, by id, replaces) the sizes of one `paper-sizes.xml`; fails with the file and line of the first problem.
    public mutating func add(contentsOf file: URL) throws {
        let data: Data
        // The shared reader: a FIFO or a device in a template folder is refused by name instead of waited on.
        switch YAMLSource.load(path: file.path, limit: YAMLLimits.standard.maxBytes) {
        case .success(let bytes): data = Data(bytes)
        case .failure(let failure): throw LayoutError.malformedTemplateFile(file: file.path, line: 0, reason: "cannot read the file: \(failure.reason)")
        }
        let reader = Reader(file: file.path)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        let finished = parser.parse()
        if let problem = reader.problem { throw problem }
        if let error = reader.syntaxError {
            throw LayoutError.malformedTemplateFile(file: file.path, line: error.line, reason: XMLSyntax.reason(code: error.code))
        }
        guard finished else {
            throw LayoutError.malformedTemplateFile(file: file.path, line: parser.lineNumber, reason: XMLSyntax.reason(code: (parser.parserError as NSError?)?.code ?? 0))
        }
        for (id, size) in reader.sizes { sizes[id] = size }
    }

    /// The size of a paper id.
    public func size(of id: String) -> Size? { sizes[id] }

    private final class Reader: NSObject, XMLParserDelegate {
        let file: String
        var sizes: [(String, Size)] = []
        var problem: LayoutError?
        var syntaxError: (line: Int, code: Int)?

        init(file: String) { self.file = file }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if syntaxError == nil && problem == nil { syntaxError = (parser.lineNumber, (parseError as NSError).code) }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            guard name == "Paper-size", problem == nil else { return }
            let id = attributes["id"] ?? ""
            func length(_ field: String) -> Length? {
                guard let value = attributes[field].flatMap(GLabelsLength.parse), value.points > 0 else {
                    problem = .invalidTemplate(file: file, line: parser.lineNumber, template: "paper size \(id)", field: field,
                                               reason: "not a length greater than zero ('\(attributes[field] ?? "missing")')")
                    parser.abortParsing()
                    return nil
                }
                return value
            }
            guard let w = length("width"), let h = length("height") else { return }
            sizes.append((id, Size(width: w, height: h)))
        }
    }
}
