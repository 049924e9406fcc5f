import ArgumentParser
import Render

/// The `leadprint` command: wire tags, pinout cards and comparison sheets from a lead catalog.
@main
struct Leadprint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadprint",
        abstract: "Print wire tags, pinout cards and comparison sheets from a catalog of camera flying leads.",
        discussion: "With no subcommand, renders every document of the bundled catalog into output/.",
        subcommands: [RenderAllCommand.self, CatalogCommand.self, SwatchesCommand.self, PresetsCommand.self, TagsCommand.self, CalibrateCommand.self,
                      CardCommand.self, CompareCommand.self, PrintersCommand.self],
        defaultSubcommand: RenderAllCommand.self
    )

    /// Runs the command, first arranging for an interrupted render to leave no temporary files.
    static func main() {
        InterruptCleanup.install()
        main(nil)
    }
}
