import Foundation
import Geometry
import YAMLSupport

/// What a tag says, as data: named lines, each a template with a role the layout fits it by.
///
/// `id` lines sit above the label, `label` is the one large line, `detail` lines go under it (a detail line may
/// name a `split`: the rows it becomes when two smaller rows read larger than one squeezed row). A line whose
/// fields all come out empty is left off the tag. Templates ship in `Resources/templates/` and may be a user's file.
public struct TagTextTemplate: Sendable {
    /// How the layout sets a line.
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// The signal label: one line, as large as fits.
        case label
        /// A small line under the label.
        case detail
        /// A small bold line above the label: which camera, which end.
        case id
    }

    /// One line of a template.
    public struct Line: Sendable {
        /// How the line is set.
        public var role: Role
        /// What it says.
        public var text: PayloadTemplate
        /// The rows a detail line becomes when split, or empty when it never splits.
        public var split: [PayloadTemplate]
    }

    /// The template's name, for `--template NAME`.
    public let name: String
    /// One line on what the template is for.
    public let description: String
    /// The presets the template is made for (and tested on).
    public let presets: [String]
    /// The lines, top to bottom by role.
    public let lines: [Line]

    /// Reads a template file; `extraFields` are the order's own field names its lines may use.
    public static func load(from url: URL, extraFields: [String] = []) throws -> TagTextTemplate {
        let bytes: [UInt8]
        do { bytes = try YAMLReader.contents(of: url) } catch {
            throw DocumentError.badTextTemplate([YAMLProblem(file: url.lastPathComponent, message: error.message)])
        }
        return try parse(bytes: bytes, fileName: url.lastPathComponent, extraFields: extraFields)
    }

    /// Parses a template from YAML text.
    public static func parse(yaml: String, fileName: String, extraFields: [String] = []) throws -> TagTextTemplate {
        try parse(bytes: Array(yaml.utf8), fileName: fileName, extraFields: extraFields)
    }

    /// Parses a template through the shared YAML reader: every problem is reported with its line.
    public static func parse(bytes: [UInt8], fileName: String, extraFields: [String] = []) throws -> TagTextTemplate {
        let reader = YAMLReader(fileName: fileName)
        guard let root = reader.parse(bytes), let top = reader.mapping(root) else { throw DocumentError.badTextTemplate(reader.sortedProblems) }
        reader.checkKeys(top, allowed: ["name", "description", "presets", "lines"])
        let name = reader.text(top, "name")
        let description = reader.text(top, "description", required: false, allowEmpty: true)
        let presets = reader.texts(top, "presets")
        var lines: [Line] = []
        let list = reader.list(top, "lines")
        for (i, node) in (list?.value ?? []).enumerated() {
            let context = YAMLContext().appending("line", String(i + 1))
            guard let map = reader.mapping(node, context: context) else { continue }
            reader.checkKeys(map, allowed: ["role", "text", "split"], context: context)
            let role = reader.choice(map, "role", as: Role.self, context: context)
            let text = reader.text(map, "text", context: context)
            func template(_ text: Located<String>, field: String) -> PayloadTemplate? {
                do { return try PayloadTemplate(text.value, extraFields: extraFields) } catch DocumentError.badTemplate(_, let problem) {
                    reader.report(problem, line: text.line, context: context, field: field, value: .text(text.value))
                } catch {
                    reader.report("\(error)", line: text.line, context: context, field: field, value: .text(text.value))
                }
                return nil
            }
            let split = reader.texts(map, "split", context: context).compactMap { template($0, field: "split") }
            if let role, role.value != .detail, map["split"] != nil {
                reader.report("only detail lines split", line: role.line, context: context, field: "split")
            }
            if let role, let text, let parsed = template(text, field: "text") {
                lines.append(Line(role: role.value, text: parsed, split: split))
            }
        }
        if !reader.hasProblems {
            if lines.filter({ $0.role == .label }).count != 1 {
                reader.report("needs exactly one line of role label", line: list?.line, field: "lines")
            } else if !lines.contains(where: { $0.role == .detail }) {
                reader.report("needs at least one line of role detail (the serial sets beside it)", line: list?.line, field: "lines")
            }
        }
        guard !reader.hasProblems, let name else { throw DocumentError.badTextTemplate(reader.sortedProblems) }
        return TagTextTemplate(name: name.value, description: description?.value ?? "", presets: presets.map(\.value), lines: lines)
    }

    /// The default template, today's layout; the same text ships as `Resources/templates/signal.yaml`.
    public static let signal: TagTextTemplate = {
        do { return try parse(yaml: signalYAML, fileName: "signal.yaml") } catch { fatalError("built-in signal template: \(error)") }
    }()

    /// The text of the built-in `signal` template.
    public static let signalYAML = """
        # The default tag text: the signal label as large as fits, a detail line under it (series, colour, group),
        # split over two rows when that reads larger. With --ends 2 the wire's end (A or B) prints in a box of its own
        # beside the label, so no line names it.
        name: signal
        description: signal label with series, colour and group
        presets: [avery-5160, avery-l7160, avery-l7651, cablebug-mini, brother-hse-8.8mm, brother-hse-11.7mm, brady-bm-31-427, laser-sleeve-a4]
        lines:
          - {role: label, text: "{label}"}
          - {role: detail, text: "{series} · {color} · {group|definition}", split: ["{series} · {color}", "{group|definition}"]}

        """

    init(name: String, description: String, presets: [String], lines: [Line]) {
        self.name = name; self.description = description; self.presets = presets; self.lines = lines
    }

    /// The text of one tag.
    func text(for tag: Tag) -> TagText {
        let value = tag.value(of:)
        let kept = lines.filter { !$0.text.isEmpty(value) }
        // Lines are trimmed, so a field that is empty at a line's start or end (such as {end} with one end) leaves no space.
        func line(_ template: PayloadTemplate) -> String { template.expand(value).trimmingWhitespace() }
        let label = kept.first { $0.role == .label }.map { line($0.text) } ?? ""
        let details = kept.filter { $0.role == .detail }
        var alternatives = [details.map { line($0.text) }]
        if details.contains(where: { !$0.split.isEmpty }) {
            alternatives.append(details.flatMap { $0.split.isEmpty ? [line($0.text)] : $0.split.map(line) })
        }
        return TagText(ids: kept.filter { $0.role == .id }.map { line($0.text) },
                       label: label, detailAlternatives: alternatives)
    }

    /// The id lines of one tag (those `text(for:)` gives as `ids`), without expanding the others.
    func ids(for tag: Tag) -> [String] {
        let value = tag.value(of:)
        return lines.compactMap { $0.role == .id && !$0.text.isEmpty(value) ? $0.text.expand(value).trimmingWhitespace() : nil }
    }

    /// Whether the id lines name no field of the lead (but its series) and no serial, so they are the same for every
    /// lead of one camera (`{set}` numbers the camera within the order) and end.
    var idLinesNameOnlyTheCamera: Bool {
        let perLead = TagText.leadFields.subtracting(["series"]).union(["serial"])
        return lines.allSatisfy { line in line.role != .id || !perLead.contains { line.text.uses($0) } }
    }

    /// Whether only id lines name fields beyond the lead's own and the wire's end: the label and detail lines are the
    /// same on every tag of a lead and end.
    var variesOnlyInIDLines: Bool {
        let fixed = TagText.leadFields.union(["end"])
        return lines.allSatisfy { $0.role == .id || ($0.text.usesOnly(fixed) && $0.split.allSatisfy { $0.usesOnly(fixed) }) }
    }

    /// Whether any line names a field beyond the lead's own and the wire's end, so the text changes from camera to camera.
    var variesPerCamera: Bool {
        let fixed = TagText.leadFields.union(["end"])
        return lines.contains { !$0.text.usesOnly(fixed) || $0.split.contains { !$0.usesOnly(fixed) } }
    }
}

/// The lines of one tag as the layout sets them.
struct TagText: Hashable {
    /// Lines above the label.
    var ids: [String]
    /// The label line.
    var label: String
    /// The detail rows: one line each, then (when a line splits) the split rows.
    var detailAlternatives: [[String]]

    /// The fields that are the same on every tag of a lead.
    static let leadFields: Set<String> = ["series", "position", "label", "color", "code", "definition", "group"]
}
