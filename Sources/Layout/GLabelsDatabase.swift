import Foundation
import Geometry

/// Every gLabels template found in a list of folders, as label-sheet presets.
///
/// Folders are read in order (later ones replace a template of the same brand and part), files in name order.
/// Nothing here stops at a bad file: problems are collected with their file and line and the rest loads.
public struct GLabelsDatabase: Sendable {
    /// The folders asked for that exist.
    public private(set) var folders: [URL] = []
    /// The template files read (including ones that failed), in reading order.
    public private(set) var files: [URL] = []
    /// Every template read, aliases included, after replacement by later folders.
    public private(set) var templates: [GLabelsTemplate] = []
    /// One preset per rectangle, round and ellipse template and per alias of one.
    public private(set) var presets: [Preset] = []
    /// Templates listed but not printable (CD/DVD labels and their aliases).
    public private(set) var unsupported: [UnsupportedTemplate] = []
    /// Files and templates that could not be read, one located problem each.
    public private(set) var problems: [LayoutError] = []
    /// Values read the way gLabels reads them (no number, unknown unit); their templates load.
    public private(set) var warnings: [LayoutError] = []
    private var byName: [String: Int] = [:]

    /// An empty database.
    public init() {}

    /// The system folder Debian's `glabels-data` installs into.
    public static let systemFolder = URL(fileURLWithPath: "/usr/share/libglabels-3.0/templates")

    /// gLabels' own search path: the system folder, then the user's template folder under `home`.
    public static func standardFolders(home: URL) -> [URL] {
        [systemFolder, home.appendingPathComponent(".config/libglabels-3.0/templates")]
    }

    /// Files of a folder that hold paper sizes, vendors and categories rather than templates.
    static let otherFiles: Set<String> = ["paper-sizes.xml", "vendors.xml", "categories.xml"]

    /// Reads every template of the folders that exist; missing folders are skipped.
    public static func load(folders candidates: [URL]) -> GLabelsDatabase {
        var db = GLabelsDatabase()
        let fm = FileManager.default
        var paper = PaperSizes()
        var templates: [GLabelsTemplate] = []
        var index: [String: Int] = [:]
        for folder in candidates {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            db.folders.append(folder)
            let entries: [URL]
            do {
                entries = try fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).sorted { $0.lastPathComponent < $1.lastPathComponent }
            } catch {
                db.problems.append(.malformedTemplateFile(file: folder.path, line: 0, reason: "cannot list the folder"))
                continue
            }
            let paperFile = folder.appendingPathComponent("paper-sizes.xml")
            if fm.fileExists(atPath: paperFile.path) {
                do { try paper.add(contentsOf: paperFile) } catch let error as LayoutError { db.problems.append(error) } catch {
                    db.problems.append(.malformedTemplateFile(file: paperFile.path, line: 0, reason: "\(error)"))
                }
            }
            for file in entries where (file.pathExtension == "xml" || file.pathExtension == "template") && !otherFiles.contains(file.lastPathComponent) {
                db.files.append(file)
                do {
                    let reader = try GLabelsTemplateReader(contentsOf: file)
                    db.problems += reader.problems
                    db.warnings += reader.warnings
                    for template in reader.templates {
                        let key = template.presetName.lowercased()
                        if let at = index[key] { templates[at] = template } else {
                            index[key] = templates.count
                            templates.append(template)
                        }
                    }
                } catch let error as LayoutError {
                    db.problems.append(error)
                } catch {
                    db.problems.append(.malformedTemplateFile(file: file.path, line: 0, reason: "\(error)"))
                }
            }
        }
        db.templates = templates
        for template in templates {
            guard let base = resolve(template, templates: templates, index: index) else {
                db.problems.append(.unresolvedTemplateAlias(file: template.file, line: template.line, template: template.displayName, equiv: template.equiv ?? ""))
                continue
            }
            switch GLabelsPresetMaker.make(template, base: base, paper: paper) {
            case .preset(let preset):
                db.byName[preset.name.lowercased()] = db.presets.count
                db.presets.append(preset)
            case .unsupported(let entry): db.unsupported.append(entry)
            case .problem(let problem): db.problems.append(problem)
            }
        }
        return db
    }

    /// The template an alias stands for (following aliases of aliases), or the template itself; nil when the chain breaks.
    static func resolve(_ template: GLabelsTemplate, templates: [GLabelsTemplate], index: [String: Int]) -> GLabelsTemplate? {
        var current = template
        var seen: Set<String> = [current.presetName.lowercased()]
        while let equiv = current.equiv {
            let key = (GLabelsTemplate.prefix + "\(current.brand) \(equiv)").lowercased()
            guard let at = index[key], seen.insert(key).inserted else { return nil }
            current = templates[at]
        }
        return current
    }

    /// The preset of a template by its preset name (`glabels:Brand Part`, any case).
    public func preset(named name: String) -> Preset? { byName[name.lowercased()].map { presets[$0] } }

    /// The unsupported template of a name, if it is one.
    public func unsupportedTemplate(named name: String) -> UnsupportedTemplate? {
        unsupported.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
