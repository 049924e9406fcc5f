import Foundation
import Geometry
import Yams

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
        try load(yaml: SourceText.read(url), fileName: url.lastPathComponent)
    }

    /// Loads and validates catalog YAML text; `fileName` names the source in problems.
    public func load(yaml: String, fileName: String) throws(CatalogError) -> Catalog {
        let reader = YAMLReader(fileName: fileName)
        let draft = reader.compose(yaml).map { read($0, reader: reader) }
        let catalog = draft.flatMap { CatalogValidator(reader: reader, palette: palette).validate($0) }
        guard reader.problems.isEmpty, let catalog else { throw CatalogError.invalid(reader.sortedProblems) }
        return catalog
    }

    private func read(_ root: Node, reader: YAMLReader) -> CatalogDraft {
        var draft = CatalogDraft()
        guard let top = reader.mapping(root, scope: .file, field: nil) else { return draft }
        reader.checkKeys(top, allowed: ["catalog", "publisher", "colors", "series"], scope: .file)

        if let node = top["catalog"] ?? missing("catalog", in: top, reader: reader),
           let map = reader.mapping(node, scope: .file, field: "catalog") {
            reader.checkKeys(map, allowed: ["title", "revision", "source"], scope: .file, prefix: "catalog")
            let title = reader.string(map, "title", scope: .file, prefix: "catalog")
            let revision = reader.string(map, "revision", scope: .file, prefix: "catalog")
            let source = reader.string(map, "source", scope: .file, prefix: "catalog")
            if let title, let revision, let source {
                draft.info = CatalogInfo(title: title.value, revision: revision.value, source: source.value)
            }
        }

        if let node = top["publisher"] ?? missing("publisher", in: top, reader: reader),
           let map = reader.mapping(node, scope: .file, field: "publisher") {
            let fields = ["name", "address", "phone", "fax", "email", "web"]
            reader.checkKeys(map, allowed: fields, scope: .file, prefix: "publisher")
            func optional(_ key: String) -> String? {
                reader.string(map, key, required: false, scope: .file, prefix: "publisher")?.value
            }
            if let name = reader.string(map, "name", scope: .file, prefix: "publisher") {
                draft.publisher = Publisher(name: name.value, address: optional("address"), phone: optional("phone"),
                                            fax: optional("fax"), email: optional("email"), web: optional("web"))
            }
        }

        for node in reader.sequence(top, "colors", required: false, scope: .file)?.value ?? [] {
            guard let map = reader.mapping(node, scope: .file, field: "colors") else { continue }
            reader.checkKeys(map, allowed: ["name", "rgb"], scope: .file, prefix: "colors")
            let name = reader.string(map, "name", scope: .file, prefix: "colors")
            guard let hex = reader.string(map, "rgb", scope: .file, prefix: "colors") else { continue }
            guard let rgb = RGBColor(hex: hex.value) else {
                reader.report("expected \"#RRGGBB\"", line: hex.line, scope: .file, field: "colors.rgb",
                              value: .text(hex.value))
                continue
            }
            if let name { draft.overrides.append(.init(name: name, rgb: rgb)) }
        }

        for node in reader.sequence(top, "series", scope: .file)?.value ?? [] {
            if let series = readSeries(node, reader: reader) { draft.series.append(series) }
        }
        return draft
    }

    private func missing(_ key: String, in map: Node.Mapping, reader: YAMLReader) -> Node? {
        reader.report("missing required field", line: map.mark?.line, scope: .file, field: key)
        return nil
    }

    private func readSeries(_ node: Node, reader: YAMLReader) -> CatalogDraft.SeriesDraft? {
        guard let map = reader.mapping(node, scope: .file, field: "series") else { return nil }
        var series = CatalogDraft.SeriesDraft(line: node.mark?.line ?? 0)
        series.id = reader.string(map, "id", scope: .file, prefix: "series")
        let scope = ProblemScope(series: series.id?.value)
        reader.checkKeys(map, allowed: ["id", "name", "description", "documentationURL", "leadCount", "leads",
                                        "groups", "footnotes"], scope: scope)
        series.name = reader.string(map, "name", scope: scope)
        series.description = reader.string(map, "description", scope: scope)
        if let text = reader.string(map, "documentationURL", required: false, scope: scope) {
            if let url = URL(string: text.value), url.scheme != nil, url.host != nil {
                series.documentationURL = url
            } else {
                reader.report("expected an absolute URL", line: text.line, scope: scope, field: "documentationURL",
                              value: .text(text.value))
            }
        }
        series.leadCount = reader.int(map, "leadCount", scope: scope)
        for node in reader.sequence(map, "leads", scope: scope)?.value ?? [] {
            if let lead = readLead(node, scope: scope, reader: reader) { series.leads.append(lead) }
        }
        for node in reader.sequence(map, "groups", scope: scope)?.value ?? [] {
            if let group = readGroup(node, scope: scope, reader: reader) { series.groups.append(group) }
        }
        for node in reader.sequence(map, "footnotes", required: false, scope: scope)?.value ?? [] {
            guard let note = reader.mapping(node, scope: scope, field: "footnotes") else { continue }
            reader.checkKeys(note, allowed: ["mark", "text"], scope: scope, prefix: "footnotes")
            let mark = reader.string(note, "mark", scope: scope, prefix: "footnotes")
            let text = reader.string(note, "text", scope: scope, prefix: "footnotes")
            if let mark, let text {
                series.footnotes.append(Located(value: Footnote(mark: mark.value, text: text.value), line: mark.line))
            }
        }
        return series
    }

    private func readLead(_ node: Node, scope: ProblemScope, reader: YAMLReader) -> CatalogDraft.LeadDraft? {
        guard let map = reader.mapping(node, scope: scope, field: "leads") else { return nil }
        var lead = CatalogDraft.LeadDraft(line: node.mark?.line ?? 0)
        lead.position = reader.int(map, "position", scope: scope)
        var scope = scope
        scope.lead = lead.position?.value
        reader.checkKeys(map, allowed: ["position", "color", "label", "definition", "group"], scope: scope)
        lead.color = reader.string(map, "color", scope: scope)
        lead.label = reader.string(map, "label", scope: scope)
        lead.definition = reader.string(map, "definition", scope: scope)
        lead.group = reader.string(map, "group", scope: scope)
        return lead
    }

    private func readGroup(_ node: Node, scope: ProblemScope, reader: YAMLReader) -> CatalogDraft.GroupDraft? {
        guard let map = reader.mapping(node, scope: scope, field: "groups") else { return nil }
        var group = CatalogDraft.GroupDraft(line: node.mark?.line ?? 0)
        group.id = reader.string(map, "id", scope: scope, prefix: "groups")
        var scope = scope
        scope.group = group.id?.value
        reader.checkKeys(map, allowed: ["id", "name", "kind", "footnote"], scope: scope)
        group.name = reader.string(map, "name", scope: scope)
        if let kind = reader.string(map, "kind", scope: scope) {
            group.kind = GroupKind(rawValue: kind.value)
            if group.kind == nil {
                let known = GroupKind.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report("unknown kind; expected one of \(known)", line: kind.line, scope: scope, field: "kind",
                              value: .text(kind.value))
            }
        }
        group.footnote = reader.string(map, "footnote", required: false, scope: scope)
        return group
    }
}
