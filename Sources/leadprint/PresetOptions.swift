import ArgumentParser
import Foundation
import Layout
import LeadprintKit

/// The user's own preset file, added to the shipped presets, and where gLabels' template database is looked for.
struct PresetOptions: ParsableArguments {
    @Option(name: .customLong("presets"), help: "A YAML file of extra presets; a preset with a shipped name replaces it.", completion: .file(extensions: ["yaml", "yml"]))
    var presets: String?

    @Option(name: .customLong("templates"), help: ArgumentHelp("A folder of gLabels template files, read after gLabels' own folders (repeatable).", valueName: "DIR"),
            completion: .directory)
    var templateFolders: [String] = []

    /// The shipped presets plus the user's, with gLabels' templates behind them (read only when asked for).
    func library() throws -> PresetLibrary {
        try PrintEngine(sources: Sources(presets: presets, templates: templateFolders)).presets()
    }
}
