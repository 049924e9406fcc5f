import Foundation
import LeadCatalog
import Typesetting
import YAMLSupport
import Yams

/// Names the catalog file and line for a lead's text that a document cannot set: a definition too long for its table
/// cell is met only when the comparison sheet is laid out, and the user has to edit the catalog, not the sheet.
enum CatalogTextProblem {
    /// The catalog's problem when `error` is about the text of one lead's field (`series PRO, lead 15, definition`), else nil.
    static func locate(_ error: Error, catalogYAML bytes: [UInt8], fileName: String) -> CatalogError? {
        guard let error = error as? TypesettingError, case .doesNotFit(let text, let context, let box, let minimum, let needed) = error,
              let scope = scope(of: context) else { return nil }
        let line = line(ofLead: scope.lead, field: scope.field, inSeries: scope.series, yaml: bytes, fileName: fileName)
        let room = String(format: "%.1f x %.1f mm", box.width.millimetres, box.height.millimetres)
        let message = "'\(YAMLProblem.shortened(text, limit: 60))' does not fit its cell (\(room) even at "
            + String(format: "%.1f pt; it needs %.1f mm wide): shorten it", minimum.points, needed.millimetres)
        return .invalid([CatalogProblem(file: fileName, line: line, series: scope.series, lead: scope.lead, field: scope.field, message: message)])
    }

    /// Series, lead and field read back from a cell's context, as the comparison sheet words it.
    private static func scope(of context: String) -> (series: String, lead: Int, field: String)? {
        let parts = context.components(separatedBy: ", ")
        guard parts.count == 3, parts[0].hasPrefix("series "), parts[1].hasPrefix("lead "),
              let lead = Int(parts[1].dropFirst("lead ".count)) else { return nil }
        return (String(parts[0].dropFirst("series ".count)), lead, parts[2])
    }

    /// The line of the lead's field in the catalog YAML, or of the lead when the field is not written there.
    private static func line(ofLead position: Int, field: String, inSeries id: String, yaml bytes: [UInt8], fileName: String) -> Int? {
        let reader = YAMLReader(fileName: fileName)
        guard let root = reader.parse(bytes), let series = root.mapping?["series"]?.sequence else { return nil }
        for entry in series {
            guard let map = entry.mapping, map["id"]?.string?.caseInsensitiveCompare(id) == .orderedSame,
                  let leads = map["leads"]?.sequence else { continue }
            for lead in leads {
                guard let fields = lead.mapping, fields["position"]?.string == String(position) else { continue }
                return fields[field]?.mark?.line ?? lead.mark?.line
            }
        }
        return nil
    }
}

extension PrintEngine {
    /// `error` located in the catalog file when it is about one lead's text; else `error` unchanged.
    func locatedInCatalog(_ error: Error) -> Error {
        guard let error = error as? TypesettingError, case .doesNotFit = error else { return error }
        let bytes: [UInt8]
        switch sources.catalog {
        case .bundled, .file:
            let path: String
            do {
                path = try { if case .file(let path) = sources.catalog { return path } else { return try BundledResources.catalogFile().path } }()
            } catch { return error }
            guard case .success(let read) = YAMLSource.load(path: path, limit: YAMLLimits.standard.maxBytes) else { return error }
            bytes = read
        case .text(let text, _): bytes = Array(text.utf8)
        case .bytes(let read, _): bytes = read
        }
        let name: String
        do { name = try catalogName() } catch { return error }
        return CatalogTextProblem.locate(error, catalogYAML: bytes, fileName: name) ?? error
    }
}
