import Documents
import Foundation
import Geometry
import Typesetting
import YAMLSupport

/// Names the brand file, line and field for a failure met only when a document lays the brand out: a character no
/// installed font has, or a text that does not fit even at the smallest size (`Error: comparison sheet kicker: 'NORTHWIND…'
/// does not fit…` said nothing of the brand file the user has to edit).
enum BrandTextProblem {
    /// The brand file's problem when `error` is about a text that one of the brand's fields holds, else nil.
    static func locate(_ error: Error, brand: Brand, path: String) -> BrandFileError? {
        guard let error = error as? TypesettingError else { return nil }
        let fields = textFields(of: path)
        switch error {
        case .missingGlyph(let text, let scalar):
            // The printed text mixes fixed words with the brand's ("Your installer/reseller: …"): the field is the one that
            // holds both the character and a part of the text.
            guard let field = fields.first(where: { $0.value.unicodeScalars.contains(scalar) && text.contains($0.value) })
                ?? fields.first(where: { $0.value.unicodeScalars.contains(scalar) }) else { return nil }
            return BrandFileError([YAMLProblem(file: path, line: field.line, field: field.key,
                                               message: "no installed font has a glyph for \(code(scalar))")])
        case .doesNotFit(let text, let context, let box, let minimum, let needed):
            // Headers set the brand's name in capitals, so the comparison ignores case. A lead's cell (`series PRO, lead 15,
            // definition`) is the catalog's, and a brand text too short to make up a third of what failed did not make it fail.
            let printed = text.lowercased()
            guard !context.hasPrefix("series "),
                  let field = fields.filter({ printed.contains($0.value.lowercased()) && 3 * $0.value.count >= text.count })
                    .max(by: { $0.value.count < $1.value.count }) else {
                return nil
            }
            let room = "\(mm(box.width)) x \(mm(box.height))"
            let smallest = String(format: "%.1f", minimum.points)
            return BrandFileError([YAMLProblem(file: path, line: field.line, field: field.key,
                                               message: "does not fit the \(context) (\(room) even at \(smallest) pt; the text needs \(mm(needed)) wide)")])
        default:
            return nil
        }
    }

    /// Every printed text field of the brand file with its line; read again, on this failure path only, for the lines.
    private static func textFields(of path: String) -> [(key: String, value: String, line: Int)] {
        let reader = YAMLReader(fileName: path)
        guard case .success(let bytes) = YAMLSource.load(path: path, limit: YAMLLimits.standard.maxBytes),
              let root = reader.parse(bytes), let map = root.mapping else { return [] }
        var fields: [(key: String, value: String, line: Int)] = []
        for key in ["name", "address", "phone", "email", "web", "notes"] {
            guard let node = map[key] else { continue }
            let items = node.sequence.map(Array.init) ?? [node]
            for item in items {
                guard let text = item.string?.trimmingWhitespaceAndNewlines(), !text.isEmpty else { continue }
                fields.append((key, text, item.mark?.line ?? node.mark?.line ?? 1))
            }
        }
        return fields
    }

    private static func mm(_ length: Length) -> String { String(format: "%.1f mm", length.millimetres) }

    private static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension PrintEngine {
    /// `error` located in the job's brand file when a brand field holds the text it is about; else `error` unchanged.
    func locatedInBrand(_ error: Error, job: DocumentJob) -> Error {
        let named: String?
        switch job {
        case .compare(let options): named = options.brand
        case .card(let options): named = options.brand
        default: return error
        }
        // The brand was loaded before anything was drawn, so this answers from the engine's cache.
        guard let path = named ?? sources.brand else { return error }
        let loaded: Brand?
        do { loaded = try brand(path) } catch { return error }
        guard let loaded else { return error }
        return BrandTextProblem.locate(error, brand: loaded, path: path) ?? error
    }
}
