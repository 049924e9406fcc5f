import ArgumentParser
import Documents
import Foundation
import Layout

/// The user's own preset file, added to the shipped presets, and where gLabels' template database is looked for.
struct PresetOptions: ParsableArguments {
    @Option(name: .long, help: "A YAML file of extra presets; a preset with a shipped name replaces it.", completion: .file(extensions: ["yaml", "yml"]))
    var presets: String?

    @Option(name: .customLong("templates"), help: ArgumentHelp("A folder of gLabels template files, read after gLabels' own folders (repeatable).", valueName: "DIR"),
            completion: .directory)
    var templateFolders: [String] = []

    /// The shipped presets plus the user's, with gLabels' templates behind them (read only when asked for).
    func library() throws -> PresetLibrary {
        var library = try PresetLibrary.load(folder: BundledResources.presetsFolder())
        if let presets { try library.add(contentsOf: URL(fileURLWithPath: presets)) }
        library.gLabels = GLabelsSource(folders: Self.standardTemplateFolders() + templateFolders.map { URL(fileURLWithPath: $0) })
        return library
    }

    /// gLabels' system and user template folders; `LEADPRINT_GLABELS_FOLDERS` (colon-separated, may be empty) replaces them.
    static func standardTemplateFolders() -> [URL] {
        if let list = ProcessInfo.processInfo.environment["LEADPRINT_GLABELS_FOLDERS"] {
            return list.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        }
        return GLabelsDatabase.standardFolders(home: FileManager.default.homeDirectoryForCurrentUser)
    }
}
