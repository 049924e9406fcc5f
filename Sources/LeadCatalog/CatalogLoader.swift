import Foundation
import Geometry
import Yams
import YAMLSupport

/// Reads catalog YAML into a validated `Catalog`, reporting every problem with its file and line.
public struct CatalogLoader: Sendable {
    /// The palette that catalog colour names resolve against.
    public var palette: Palette

    /// Creates a loader that resolves colours against `palette`.
    public init(palette: Palette) {
        self.palette = palette
    }

    /// Loads and validates a catalog file.
    public func load(from url: URL) throws(CatalogError) -> Catalog {
        try load(bytes: SourceText.read(url), fileName: url.lastPathComponent)
    }

    /// Loads and validates catalog YAML text; `fileName` names the source in problems.
    public func load(yaml: String, fileName: String) throws(CatalogError) -> Catalog {
        try load(bytes: Array(yaml.utf8), fileName: fileName)
    }

    /// Loads and validates catalog bytes (e.g. standard input), reporting bytes that are not UTF-8 by line.
    ///
    /// `unprintable` answers the first character of a text that no installed font has; with it, such
    /// labels, definitions, names and notes are problems at their line instead of failures at render time.
    public func load(bytes: [UInt8], fileName: String,
                     unprintable: ((String) throws -> Unicode.Scalar?)? = nil) throws(CatalogError) -> Catalog {
        let reader = YAMLReader(fileName: fileName)
        let draft = reader.parse(bytes).map { read($0, reader: reader) }
        let validator = CatalogValidator(reader: reader, palette: palette, unprintable: unprintable)
        let catalog = draft.flatMap { validator.validate($0) }
        guard reader.problems.isEmpty, let catalog else { throw CatalogError.invalid(reader.sortedProblems) }
        return catalog
    }

    private func read(_ root: Node, reader: YAMLReader) -> CatalogDraft {
        var draft = CatalogDraft()
        guard let top = reader.mapping(root, context: .file, field: nil) else { return draft }
        reader.checkKeys(top, allowed: ["catalog", "publisher", "colors", "series"], context: .file)

        if let node = top["catalog"] ?? missing("catalog", in: top, reader: reader),
           let map = reader.mapping(node, context: .file, field: "catalog") {
            reader.checkKeys(map, allowed: ["title", "revision", "source"], context: .file, prefix: "catalog")
            let title = reader.text(map, "title", context: .file, prefix: "catalog")
            let revision = reader.text(map, "revision", context: .file, prefix: "catalog")
            let source = reader.text(map, "source", context: .file, prefix: "catalog")
            if let title, let revision, let source {
                draft.info = CatalogInfo(title: title.value, revision: revision.value, source: source.value)
            }
        }

        if let node = top["publisher"] ?? missing("publisher", in: top, reader: reader),
           let map = reader.mapping(node, context: .file, field: "publisher") {
            let fields = ["name", "address", "phone", "fax", "email", "web"]
            reader.checkKeys(map, allowed: fields, context: .file, prefix: "publisher")
            func optional(_ key: String) -> String? {
                reader.text(map, key, required: false, context: .file, prefix: "publisher")?.value
            }
            if let name = reader.text(map, "name", context: .file, prefix: "publisher") {
                draft.publisher = Publisher(name: name.value, address: optional("address"), phone: optional("phone"),
                                            fax: optional("fax"), email: optional("email"), web: optional("web"))
            }
        }

        for node in reader.list(top, "colors", required: false, context: .file)?.value ?? [] {
            guard let map = reader.mapping(node, context: .file, field: "colors") else { continue }
            reader.checkKeys(map, allowed: ["name", "rgb"], context: .file, prefix: "colors")
            let name = reader.text(map, "name", context: .file, prefix: "colors")
            guard let hex = reader.text(map, "rgb", context: .file, prefix: "colors") else { continue }
            guard let rgb = RGBColor(hex: hex.value) else {
                reader.report("expected \"#RRGGBB\"", line: hex.line, context: .file, field: "colors.rgb",
                              value: .text(hex.value))
                continue
            }
            if let name { draft.overrides.append(.init(name: name, rgb: rgb)) }
        }

        for node in reader.list(top, "series", context: .file)?.value ?? [] {
            if let series = readSeries(node, reader: reader) { draft.series.append(series) }
        }
        return draft
    }

    private func missing(_ key: String, in map: Node.Mapping, reader: YAMLReader) -> Node? {
        reader.report("missing required field", line: map.mark?.line, context: .file, field: key)
        return nil
    }

    private func readSeries(_ node: Node, reader: YAMLReader) -> CatalogDraft.SeriesDraft? {
        guard let map = reader.mapping(node, context: .file, field: "series") else { return nil }
        var series = CatalogDraft.SeriesDraft(line: node.mark?.line ?? 0)
        series.id = reader.text(map, "id", context: .file, prefix: "series")
        let scope = ProblemScope(series: series.id?.value)
        reader.checkKeys(map, allowed: ["id", "name", "description", "documentationURL", "leadCount", "leads",
                                        "groups", "footnotes"], context: scope)
        series.name = reader.text(map, "name", context: scope)
        series.description = reader.text(map, "description", context: scope)
        if let text = reader.text(map, "documentationURL", required: false, context: scope) {
            if let url = URL(string: text.value), url.scheme != nil, url.host != nil {
                series.documentationURL = url
            } else {
                reader.report("expected an absolute URL", line: text.line, context: scope, field: "documentationURL",
                              value: .text(text.value))
            }
        }
        series.leadCount = reader.integer(map, "leadCount", in: 0...Catalog.maxLeadsPerSeries, context: scope)
        for node in reader.list(map, "leads", context: scope)?.value ?? [] {
            if let lead = readLead(node, scope: scope, reader: reader) { series.leads.append(lead) }
        }
        for node in reader.list(map, "groups", context: scope)?.value ?? [] {
            if let group = readGroup(node, scope: scope, reader: reader) { series.groups.append(group) }
        }
        for node in reader.list(map, "footnotes", required: false, context: scope)?.value ?? [] {
            guard let note = reader.mapping(node, context: scope, field: "footnotes") else { continue }
            reader.checkKeys(note, allowed: ["mark", "text"], context: scope, prefix: "footnotes")
            let mark = reader.text(note, "mark", context: scope, prefix: "footnotes")
            let text = reader.text(note, "text", context: scope, prefix: "footnotes")
            if let mark, let text {
                series.footnotes.append(Located(value: Footnote(mark: mark.value, text: text.value), line: mark.line))
            }
        }
        return series
    }

    private func readLead(_ node: Node, scope: ProblemScope, reader: YAMLReader) -> CatalogDraft.LeadDraft? {
        guard let map = reader.mapping(node, context: scope, field: "leads") else { return nil }
        var lead = CatalogDraft.LeadDraft(line: node.mark?.line ?? 0)
        lead.position = reader.integer(map, "position", in: 1...Catalog.maxLeadsPerSeries, context: scope)
        var scope = scope
        scope.lead = lead.position?.value
        reader.checkKeys(map, allowed: ["position", "color", "label", "definition", "group"], context: scope)
        lead.color = reader.text(map, "color", context: scope)
        lead.label = reader.text(map, "label", context: scope)
        lead.definition = reader.text(map, "definition", context: scope)
        lead.group = reader.text(map, "group", context: scope)
        return lead
    }

    private func readGroup(_ node: Node, scope: ProblemScope, reader: YAMLReader) -> CatalogDraft.GroupDraft? {
        guard let map = reader.mapping(node, context: scope, field: "groups") else { return nil }
        var group = CatalogDraft.GroupDraft(line: node.mark?.line ?? 0)
        group.id = reader.text(map, "id", context: scope, prefix: "groups")
        var scope = scope
        scope.group = group.id?.value
        reader.checkKeys(map, allowed: ["id", "name", "kind", "footnote"], context: scope)
        group.name = reader.text(map, "name", context: scope)
        group.kind = reader.choice(map, "kind", as: GroupKind.self, context: scope)?.value
        group.footnote = reader.text(map, "footnote", required: false, context: scope)
        return group
    }
}
