import ArgumentParser
import Foundation
import Layout
import LeadprintKit

/// The user's own preset file, added to the shipped presets.
struct PresetOptions: ParsableArguments {
    @Option(name: .long, help: "A YAML file of extra presets; a preset with a shipped name replaces it.", completion: .file(extensions: ["yaml", "yml"]))
    var presets: String?

    /// The shipped presets plus the user's.
    func library() throws -> PresetLibrary { try PrintEngine(sources: Sources(presets: presets)).presets() }
}
