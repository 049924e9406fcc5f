import Foundation
import Geometry
import YAMLSupport
import Yams

/// A catalog's text in another language, from an overlay file beside it (`flying-leads.de.yaml`): the catalog title, series
/// names and descriptions, lead definitions, group names, footnotes and colour names. Signal labels, IEC codes, ids and
/// numbers are never translated, so the overlay has no place for them.
///
/// Loading checks the overlay key by key against the catalog: every missing and every extra key is a problem with its line.
public struct CatalogTranslation: Hashable, Sendable {
    /// One series' translated text.
    struct SeriesText: Hashable, Sendable {
        var name: String
        var description: String
        var leads: [Int: String]
        var groups: [String: String]
        var footnotes: [String: String]
    }

    /// The language code the overlay declares, e.g. `de`.
    public let language: String
    /// The overlay's file name, e.g. `flying-leads.de.yaml`.
    public let file: String
    /// Colour names in the language, by the name the catalog or palette uses (`Purple`, `Violet`).
    public let colorNames: [String: String]
    private let title: String
    private let series: [String: SeriesText]

    /// The overlay for `language` beside a catalog file: `<catalog name>.<language>.yaml`.
    public static func url(besideCatalog catalog: URL, language: String) -> URL {
        catalog.deletingPathExtension().appendingPathExtension(language).appendingPathExtension("yaml")
    }

    /// Loads and checks the overlay file for `catalog`.
    public static func load(from url: URL, language: String, for catalog: Catalog) throws(CatalogError) -> CatalogTranslation {
        try load(bytes: SourceText.read(url), fileName: url.lastPathComponent, language: language, for: catalog)
    }

    /// Loads and checks overlay YAML for `catalog`; `fileName` names the overlay in problems.
    public static func load(yaml: String, fileName: String, language: String, for catalog: Catalog) throws(CatalogError) -> CatalogTranslation {
        try load(bytes: Array(yaml.utf8), fileName: fileName, language: language, for: catalog)
    }

    /// Loads and checks overlay bytes for `catalog` through the shared guarded reader; `fileName` names the overlay in problems.
    public static func load(bytes: [UInt8], fileName: String, language: String, for catalog: Catalog) throws(CatalogError) -> CatalogTranslation {
        let reader = YAMLReader(fileName: fileName)
        let translation = reader.parse(bytes).flatMap { read($0, reader: reader, language: language, catalog: catalog, fileName: fileName) }
        guard !reader.hasProblems, let translation else { throw CatalogError.invalid(reader.sortedProblems) }
        return translation
    }

    private init(language: String, file: String, colorNames: [String: String], title: String, series: [String: SeriesText]) {
        self.language = language; self.file = file; self.colorNames = colorNames; self.title = title; self.series = series
    }

    /// The colour names an overlay must translate: every palette colour (for swatch sheets) and every name the leads use (`Purple`).
    static func colorKeys(of catalog: Catalog) -> [String] {
        var keys = catalog.palette.entries.map(\.name)
        for lead in catalog.series.flatMap(\.leads) where !keys.contains(lead.colorName) { keys.append(lead.colorName) }
        return keys
    }

    private static func read(_ root: Node, reader: YAMLReader, language: String, catalog: Catalog, fileName: String) -> CatalogTranslation? {
        guard let top = reader.mapping(root) else { return nil }
        reader.checkKeys(top, allowed: ["language", "catalog", "colors", "series"])
        let topLine = top.mark?.line ?? 1
        if let declared = reader.text(top, "language"), declared.value != language {
            reader.report("declares language '\(declared.value)' but was loaded for '\(language)'", line: declared.line, context: .file, field: "language",
                          value: .text(declared.value))
        }
        var title = ""
        if let node = top["catalog"] ?? missing("catalog", line: topLine, reader: reader, scope: .file),
           let map = reader.mapping(node, context: .file, field: "catalog") {
            reader.checkKeys(map, allowed: ["title"], prefix: "catalog")
            title = reader.text(map, "title", prefix: "catalog")?.value ?? ""
        }
        let colors = textMap(top["colors"] ?? missing("colors", line: topLine, reader: reader, scope: .file), field: "colors",
                             expected: colorKeys(of: catalog), reader: reader, scope: .file) { _ in .file }
        var series: [String: SeriesText] = [:]
        if let node = top["series"] ?? missing("series", line: topLine, reader: reader, scope: .file),
           let map = reader.mapping(node, context: .file, field: "series") {
            let known = catalog.series.map(\.id)
            for (key, _) in map where !known.contains(key.string ?? "") {
                reader.report("extra key: the catalog has no such series (it has \(known.joined(separator: ", ")))", line: key.mark?.line, context: .file,
                              field: "series", value: .text(key.string ?? "\(key)"))
            }
            for item in catalog.series {
                let scope = ProblemScope(series: item.id)
                guard let entry = map[item.id] ?? missing("series.\(item.id)", line: map.mark?.line ?? topLine, reader: reader, scope: scope),
                      let fields = reader.mapping(entry, context: scope) else { continue }
                reader.checkKeys(fields, allowed: ["name", "description", "leads", "groups", "footnotes"], context: scope)
                let line = fields.mark?.line ?? topLine
                let leads = textMap(fields["leads"] ?? missing("leads", line: line, reader: reader, scope: scope), field: "leads",
                                    expected: item.leads.map { String($0.position) }, reader: reader, scope: scope) { key in
                    ProblemScope(series: item.id, lead: Int(key))
                }
                let groups = textMap(fields["groups"] ?? missing("groups", line: line, reader: reader, scope: scope), field: "groups",
                                     expected: item.groups.map(\.id), reader: reader, scope: scope) { key in ProblemScope(series: item.id, group: key) }
                // A series without footnotes may leave the list out.
                let notes = item.footnotes.isEmpty && fields["footnotes"] == nil ? [:]
                    : textMap(fields["footnotes"] ?? missing("footnotes", line: line, reader: reader, scope: scope), field: "footnotes",
                              expected: item.footnotes.map(\.mark), reader: reader, scope: scope) { _ in scope }
                series[item.id] = SeriesText(name: reader.text(fields, "name", context: scope)?.value ?? "",
                                             description: reader.text(fields, "description", context: scope)?.value ?? "",
                                             leads: Dictionary(uniqueKeysWithValues: leads.compactMap { key, value in Int(key).map { ($0, value) } }),
                                             groups: groups, footnotes: notes)
            }
        }
        return CatalogTranslation(language: language, file: fileName, colorNames: colors, title: title, series: series)
    }

    /// Records a missing key at the line of the mapping that should hold it; always nil.
    private static func missing(_ key: String, line: Int, reader: YAMLReader, scope: ProblemScope) -> Node? {
        reader.report("missing key: no translation", line: line, context: scope, field: key)
        return nil
    }

    /// A mapping of catalog keys to translated text, with a problem for every expected key it lacks and every key it has extra.
    private static func textMap(_ node: Node?, field: String, expected: [String], reader: YAMLReader, scope: ProblemScope,
                                scopeFor: (String) -> ProblemScope) -> [String: String] {
        guard let node, let map = reader.mapping(node, context: scope, field: field) else { return [:] }
        var texts: [String: String] = [:]
        for (key, value) in map {
            let name = key.string ?? "\(key)"
            let line = key.mark?.line
            guard expected.contains(name) else {
                reader.report("extra key: the catalog has no such entry", line: line, context: scopeFor(name), field: field, value: .text(name))
                continue
            }
            guard texts[name] == nil else {
                reader.report("key given twice", line: line, context: scopeFor(name), field: field, value: .text(name))
                continue
            }
            guard value.scalar != nil, value.null == nil, let text = value.string?.trimmingWhitespaceAndNewlines(), !text.isEmpty else {
                reader.report("expected a non-empty translation", line: value.mark?.line ?? line, context: scopeFor(name), field: field, value: YAMLReader.shown(value))
                continue
            }
            texts[name] = text
        }
        for key in expected where texts[key] == nil && !map.contains(where: { $0.key.string == key }) {
            reader.report("missing key: no translation", line: map.mark?.line ?? node.mark?.line, context: scopeFor(key), field: "\(field).\(key)")
        }
        return texts
    }

    /// The catalog with its text in the overlay's language; labels, codes, ids, numbers and the publisher stay as they are.
    ///
    /// Loading checked the overlay against this catalog key by key, so every text it replaces has a translation; the
    /// originals kept below are reached only when the overlay is applied to some other catalog.
    public func apply(to catalog: Catalog) -> Catalog {
        var translated = catalog
        translated.info.title = title
        translated.series = catalog.series.map { item in
            guard let text = series[item.id] else { return item }
            var copy = item
            copy.name = text.name
            copy.description = text.description
            copy.leads = item.leads.map { lead in
                var lead = lead
                lead.definition = text.leads[lead.position] ?? lead.definition
                lead.colorName = colorNames[lead.colorName] ?? lead.colorName
                lead.color.name = colorNames[lead.color.name] ?? lead.color.name
                lead.color.baseName = colorNames[lead.color.baseName] ?? lead.color.baseName
                lead.color.tracerName = lead.color.tracerName.map { colorNames[$0] ?? $0 }
                return lead
            }
            copy.groups = item.groups.map { group in
                var group = group
                group.name = text.groups[group.id] ?? group.name
                return group
            }
            copy.footnotes = item.footnotes.map { note in Footnote(mark: note.mark, text: text.footnotes[note.mark] ?? note.text) }
            return copy
        }
        return translated
    }
}
