import ArgumentParser
import Foundation
import Geometry
import Layout

/// `leadprint presets`: list the sheet, roll, card and page geometries.
struct PresetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presets",
        abstract: "List the label, card and page presets, or show one in full.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self)

    /// `leadprint presets list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One line per preset: name, kind, media, label, grid, labels per page, source.")

        @OptionGroup var presetOptions: PresetOptions

        func run() throws {
            let library = try presetOptions.library()
            let header = ["name", "kind", "media", "label", "grid", "per page", "verified", "source"]
            var rows = [header]
            for p in library.presets {
                let grid = p.kind == .sheet ? "\(p.grid.columns) x \(p.grid.rows)" : "-"
                rows.append([p.name, p.kind.rawValue + (p.kind == .roll ? (p.continuous ? " (continuous)" : " (die-cut)") : ""),
                             PresetText.size(p.media), PresetText.size(p.label), grid, String(p.labelsPerPage),
                             p.verified ? "yes" : "NO", p.source])
            }
            let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                print(zip(row, widths).map { $0.0.rightPadded($0.1) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        }
    }

    /// `leadprint presets show NAME`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one preset in full.")

        @Argument(help: "The preset's name.")
        var name: String

        @OptionGroup var presetOptions: PresetOptions

        func run() throws {
            let p = try presetOptions.library().preset(named: name, kinds: Set(Preset.Kind.allCases))
            print("name:        \(p.name)")
            print("kind:        \(p.kind.rawValue)\(p.kind == .roll ? (p.continuous ? ", continuous" : ", die-cut") : "")")
            if !p.description.isEmpty { print("description: \(p.description)") }
            print("media:       \(PresetText.size(p.media))")
            if p.kind != .page {
                print("label:       \(PresetText.size(p.label)), \(p.shape.rawValue)\(p.cornerRadius.points > 0 ? ", corner radius \(PresetText.length(p.cornerRadius))" : "")")
            }
            if p.kind == .sheet {
                let g = p.grid
                print("grid:        \(g.columns) columns x \(g.rows) rows, x0 \(PresetText.length(g.x0)), y0 \(PresetText.length(g.y0)), dx \(PresetText.length(g.dx)), dy \(PresetText.length(g.dy))")
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
        }
    }
}

/// Lengths printed for people: millimetres, with inches where the stock is sold in inches.
enum PresetText {
    static func length(_ l: Length) -> String {
        String(format: "%.2f mm", l.millimetres).replacingOccurrences(of: ".00 mm", with: " mm")
    }

    static func size(_ s: Size) -> String {
        String(format: "%.2f x %.2f mm", s.width.millimetres, s.height.millimetres)
    }
}
