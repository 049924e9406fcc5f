import ArgumentParser
import Foundation
import LeadprintKit
import YAMLSupport
import Render

/// The `leadprint` command: wire tags, pinout cards and comparison sheets from a lead catalog.
@main
struct Leadprint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadprint",
        abstract: "Print wire tags, pinout cards and comparison sheets from a catalog of camera flying leads.",
        discussion: "With no arguments, renders every document of the bundled catalog into output/ (the same as `leadprint all`).",
        version: Version.current,
        subcommands: [AllCommand.self, RunCommand.self, CatalogCommand.self, SwatchesCommand.self, PresetsCommand.self, TagsCommand.self,
                      CalibrateCommand.self, CardCommand.self, CompareCommand.self, PrintersCommand.self,
                      ServeCommand.self])

    /// Runs the command, first arranging for an interrupted render to leave no temporary files.
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.isEmpty { arguments = ["all"] }
        // `serve` becomes leadprint-web, which must get SIGINT and SIGTERM with their default actions: the handlers
        // ignore them at the kernel, and an ignored signal stays ignored across exec.
        if arguments.first != ServeCommand.configuration.commandName { InterruptCleanup.install() }
        if let message = unknownCommand(in: arguments) {
            FileHandle.standardError.write(Data("Error: \(message)\nUsage: \(usageString())\n  See 'leadprint --help' for the commands.\n".utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        await main(arguments)
        // print() goes through C's buffered stdout: a full disk shows only when it is flushed. (Swift 6
        // refuses to name C's `stdout` global, so every stream is flushed; the last buffer of a failing
        // output fails here too.)
        if fflush(nil) != 0 {
            let reason = String(cString: strerror(errno))
            FileHandle.standardError.write(Data("Error: cannot write standard output: \(reason)\n".utf8))
            Foundation.exit(1)
        }
    }

    /// The names a first argument may be.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// A message for a first word that names no command (`leadprint tag`), or for `help` of one; nil when the words are fine.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let word = first == "help" ? arguments.dropFirst().first : first
        guard let word, !word.hasPrefix("-"), !commandNames.contains(word) else { return nil }
        let names = commandNames.filter { $0 != "help" }
        let suggestion = NearestWord.nearest(to: word, in: names).map { "; did you mean '\($0)'?" } ?? ""
        return "unknown command '\(word)'\(suggestion)"
    }
}
