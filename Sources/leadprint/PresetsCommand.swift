import ArgumentParser
import Foundation
import Geometry
import Layout

/// `leadprint presets`: list the sheet, roll, card and page geometries.
struct PresetsCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "presets",
        abstract: "List the label, card and page presets, or show one in full.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self))

    /// `leadprint presets list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "One line per preset: name, kind, media, label, grid, labels per page, source.")

        @OptionGroup var presetOptions: PresetOptions

        @Option(name: .customLong("search"), help: ArgumentHelp("List only presets whose name, brand, part or description contains TEXT, gLabels templates included.", valueName: "TEXT"))
        var search: String?

        @Flag(name: .customLong("all"), help: "List every gLabels template too, and the ones that cannot be printed on.")
        var all = false

        @Flag(name: .customLong("check"), help: "Read gLabels' template database and report every file or template it could not read, and every value read the way gLabels reads it.")
        var check = false

        /// Whether a path is a folder: enough to tell "gLabels is not installed" without reading its database.
        static func isFolder(_ path: String) -> Bool {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
        }

        func run() throws {
            let library = try presetOptions.library()
            let listed: [Preset]
            var shadowed: [String: String] = [:]
            var unsupported: [UnsupportedTemplate] = []
            if let search {
                let found = PresetSearch(search, in: library)
                listed = found.matches.map(\.preset)
                for m in found.matches { if let s = m.shadowedBy { shadowed[m.preset.name] = s } }
                unsupported = found.unsupported
            } else if all, let db = library.gLabels?.database {
                listed = library.presets + db.presets
                for p in db.presets { if let s = library.presetFile(samePartAs: p)?.name { shadowed[p.name] = s } }
                unsupported = db.unsupported
            } else {
                listed = library.presets
            }
            let header = ["name", "kind", "media", "label", "grid", "per page", "verified", "source"]
            var rows = [header]
            for p in listed {
                let grid = p.kind == .sheet ? PresetText.grid(p) : "-"
                rows.append([p.name, p.kind.rawValue + (p.kind == .roll ? (p.continuous ? " (continuous)" : " (die-cut)") : ""),
                             PresetText.size(p.media), PresetText.size(p.label), grid, String(p.labelsPerPage),
                             p.verified ? "yes" : "NO", p.source + (shadowed[p.name].map { " [\($0) is used for this part unless named glabels:]" } ?? "")])
            }
            let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
            // --check alone asks about gLabels' files, not for the listing the user did not ask for.
            for row in rows where !check || all || search != nil {
                print(zip(row, widths).map { $0.0.rightPadded($0.1) }.joined(separator: "  ").trimmingWhitespace())
            }
            for entry in unsupported { print("unsupported: \(entry.name): \(entry.reason) (\(entry.origin))") }
            // gLabels tolerates the quirks of its own files; a plain listing does not read them, --check reports them.
            if let source = library.gLabels, all || search != nil || check {
                GLabelsText.summary(source, listedAll: all || search != nil, withProblems: check)
            } else if let source = library.gLabels, !source.folders.contains(where: { Self.isFolder($0.path) }) {
                GLabelsText.summary(source, listedAll: false, withProblems: false)
            }
        }
    }

    /// `leadprint presets show NAME`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one preset in full.")

        @Argument(help: "The preset's name.")
        var name: String

        @OptionGroup var presetOptions: PresetOptions

        @Option(name: .customLong("compare"), help: ArgumentHelp("Another sheet preset: print how far each label's top-left moves between the two, in mm.", valueName: "NAME"))
        var compare: String?

        func run() throws {
            let library = try presetOptions.library()
            let p = try library.preset(named: name, kinds: Set(Preset.Kind.allCases))
            if let compare {
                GLabelsText.printComparison(PresetComparison(p, try library.preset(named: compare, kinds: Set(Preset.Kind.allCases))))
                return
            }
            print("name:        \(p.name)")
            print("kind:        \(p.kind.rawValue)\(p.kind == .roll ? (p.continuous ? ", continuous" : ", die-cut") : "")")
            if !p.description.isEmpty { print("description: \(p.description)") }
            print("media:       \(PresetText.size(p.media))")
            if p.kind != .page {
                print("label:       \(PresetText.size(p.label)), \(p.shape.rawValue)\(p.cornerRadius.points > 0 ? ", corner radius \(PresetText.length(p.cornerRadius))" : "")")
            }
            if p.kind == .sheet {
                for g in p.grids {
                    print("grid:        \(g.columns) columns x \(g.rows) rows, x0 \(PresetText.length(g.x0)), y0 \(PresetText.length(g.y0)), dx \(PresetText.length(g.dx)), dy \(PresetText.length(g.dy))")
                }
                print("per page:    \(p.labelsPerPage)")
            }
            if let band = p.printable {
                print("printable:   \(PresetText.size(band.size)) at (\(PresetText.length(band.minX)), \(PresetText.length(band.minY)))")
            }
            print("safe margin: \(PresetText.length(p.safeMargin))")
            print("safe area:   \(PresetText.size(p.safeArea.size))")
            print("direction:   text runs \(p.direction.rawValue) the label")
            if let dpi = p.dpi { print("printer:     \(Int(dpi)) dpi") }
            print("source:      \(p.source)")
            print("verified:    \(p.verified ? "yes" : "no: print `leadprint calibrate --preset \(p.name)` and check it against real stock")")
            print("defined at:  \(p.origin)")
            if p.provenance == .gLabels {
                print("comes from:  gLabels' template database (not checked by leadprint)")
                if let shipped = library.presetFile(samePartAs: p) { print("shipped:     \(shipped.name) is used for this part unless the name starts with glabels:") }
            }
        }
    }
}

/// Lengths printed for people: millimetres, with inches where the stock is sold in inches.
enum PresetText {
    static func length(_ l: Length) -> String {
        String(format: "%.2f mm", l.millimetres).replacingOccurrences(of: ".00 mm", with: " mm")
    }

    /// Columns x rows of each grid, joined with +.
    static func grid(_ p: Preset) -> String {
        p.grids.map { "\($0.columns) x \($0.rows)" }.joined(separator: " + ")
    }

    static func size(_ s: Size) -> String {
        String(format: "%.2f x %.2f mm", s.width.millimetres, s.height.millimetres)
    }
}
