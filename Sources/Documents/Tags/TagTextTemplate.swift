import Foundation
import Yams

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

    private struct File: Decodable {
        struct Entry: Decodable { var role: String; var text: String; var split: [String]? }
        var name: String
        var description: String?
        var presets: [String]?
        var lines: [Entry]
    }

    /// Reads a template file; `extraFields` are the order's own field names its lines may use.
    public static func load(from url: URL, extraFields: [String] = []) throws -> TagTextTemplate {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw DocumentError.badTextTemplate(file: url.lastPathComponent, problem: "cannot be read: \((error as NSError).localizedDescription)")
        }
        return try parse(yaml: text, fileName: url.lastPathComponent, extraFields: extraFields)
    }

    /// Parses a template from YAML text.
    public static func parse(yaml: String, fileName: String, extraFields: [String] = []) throws -> TagTextTemplate {
        let file: File
        do { file = try YAMLDecoder().decode(File.self, from: yaml) } catch {
            throw DocumentError.badTextTemplate(file: fileName, problem: "needs name and lines, each with role and text (\(error))")
        }
        var lines: [Line] = []
        for (i, entry) in file.lines.enumerated() {
            guard let role = Role(rawValue: entry.role) else {
                throw DocumentError.badTextTemplate(file: fileName, problem: "line \(i + 1): unknown role '\(entry.role)' (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            func template(_ text: String) throws -> PayloadTemplate {
                do { return try PayloadTemplate(text, extraFields: extraFields) } catch DocumentError.badTemplate(let text, let problem) {
                    throw DocumentError.badTextTemplate(file: fileName, problem: "line \(i + 1) '\(text)': \(problem)")
                }
            }
            let split = try (entry.split ?? []).map(template)
            if role != .detail, !split.isEmpty {
                throw DocumentError.badTextTemplate(file: fileName, problem: "line \(i + 1): only detail lines split")
            }
            lines.append(Line(role: role, text: try template(entry.text), split: split))
        }
        guard lines.filter({ $0.role == .label }).count == 1 else {
            throw DocumentError.badTextTemplate(file: fileName, problem: "needs exactly one label line")
        }
        guard lines.contains(where: { $0.role == .detail }) else {
            throw DocumentError.badTextTemplate(file: fileName, problem: "needs at least one detail line (the serial sets beside it)")
        }
        return TagTextTemplate(name: file.name, description: file.description ?? "", presets: file.presets ?? [], lines: lines)
    }

    /// The default template, today's layout; the same text ships as `Resources/templates/signal.yaml`.
    public static let signal: TagTextTemplate = {
        do { return try parse(yaml: signalYAML, fileName: "signal.yaml") } catch { fatalError("built-in signal template: \(error)") }
    }()

    /// The text of the built-in `signal` template.
    public static let signalYAML = """
        # The default tag text: the signal label as large as fits, a detail line under it (series, colour, group),
        # split over two rows when that reads larger. With --ends 2 the detail line starts with the wire's end (A or B);
        # lines are trimmed, so with one end it reads as before.
        name: signal
        description: signal label with series, colour and group
        presets: [avery-5160, avery-l7160, avery-l7651, cablebug-mini, brother-hse-8.8mm, brother-hse-11.7mm, brady-bm-31-427, laser-sleeve-a4]
        lines:
          - {role: label, text: "{label}"}
          - {role: detail, text: "{end} {series} · {color} · {group|definition}", split: ["{end} {series} · {color}", "{group|definition}"]}

        """

    init(name: String, description: String, presets: [String], lines: [Line]) {
        self.name = name; self.description = description; self.presets = presets; self.lines = lines
    }

    /// The text of one tag.
    func text(for tag: Tag) -> TagText {
        let value = tag.value(of:)
        let kept = lines.filter { !$0.text.isEmpty(value) }
        // Lines are trimmed, so a field that is empty at a line's start or end (such as {end} with one end) leaves no space.
        func line(_ template: PayloadTemplate) -> String { template.expand(value).trimmingCharacters(in: .whitespaces) }
        let label = kept.first { $0.role == .label }.map { line($0.text) } ?? ""
        let details = kept.filter { $0.role == .detail }
        var alternatives = [details.map { line($0.text) }]
        if details.contains(where: { !$0.split.isEmpty }) {
            alternatives.append(details.flatMap { $0.split.isEmpty ? [line($0.text)] : $0.split.map(line) })
        }
        return TagText(ids: kept.filter { $0.role == .id }.map { line($0.text) },
                       label: label, detailAlternatives: alternatives)
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
