import ArgumentParser
import Documents
import Foundation
import Layout

/// The user's own preset file, added to the shipped presets.
struct PresetOptions: ParsableArguments {
    @Option(name: .long, help: "A YAML file of extra presets; a preset with a shipped name replaces it.", completion: .file(extensions: ["yaml", "yml"]))
    var presets: String?

    /// The shipped presets plus the user's.
    func library() throws -> PresetLibrary {
        var library = try PresetLibrary.load(folder: BundledResources.presetsFolder())
        if let presets { try library.add(contentsOf: URL(fileURLWithPath: presets)) }
        return library
    }
}
