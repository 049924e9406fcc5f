import ArgumentParser
import Documents
import Foundation
import Render

/// The `leadprint` command: wire tags, pinout cards and comparison sheets from a lead catalog.
@main
struct Leadprint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadprint",
        abstract: "Print wire tags, pinout cards and comparison sheets from a catalog of camera flying leads.",
        discussion: "With no subcommand, renders every document of the bundled catalog into output/.",
        subcommands: [RenderAllCommand.self, CatalogCommand.self, SwatchesCommand.self, PresetsCommand.self, TagsCommand.self, CalibrateCommand.self,
                      CardCommand.self, CompareCommand.self],
        defaultSubcommand: RenderAllCommand.self
    )

    /// Runs the command, first arranging for an interrupted render to leave no temporary files.
    static func main() {
        InterruptCleanup.install()
        let command: ParsableCommand
        do { command = try parseAsRoot(nil) } catch { exit(withError: error) }
        do {
            var running = command
            try running.run()
        } catch DocumentError.invalidOption(let message) {
            // An option out of range (`--ends 3`, `--start-at 31`) is a usage error, whether ArgumentParser's
            // validate() or the document caught it: same exit status, same usage line.
            let name = type(of: command)._commandName
            FileHandle.standardError.write(Data(("Error: \(OneLineError.flatten(message))\n" + "Usage: leadprint \(name) <options>\n"
                + "  See 'leadprint \(name) --help' for more information.\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        } catch {
            exit(withError: OneLineError.wrap(error))
        }
        // print() goes through C's buffered stdout: a full disk shows only when it is flushed. (Swift 6
        // refuses to name C's `stdout` global, so every stream is flushed; the last buffer of a failing
        // output fails here too.)
        if fflush(nil) != 0 {
            let reason = String(cString: strerror(errno))
            FileHandle.standardError.write(Data("Error: cannot write standard output: \(reason)\n".utf8))
            Foundation.exit(1)
        }
    }
}
