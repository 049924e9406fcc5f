import ArgumentParser
import Foundation
import LeadprintKit
import YAMLSupport
import Render

/// A subcommand's configuration: it names `leadprint` as its super-command, which swift-argument-parser reads only
/// when the subcommand is parsed as the root (`Leadprint.parsedDirectly`), where it skips the completion-script attempt.
func subcommand(_ configuration: CommandConfiguration) -> CommandConfiguration {
    var configuration = configuration
    configuration._superCommandName = "leadprint"
    return configuration
}

/// The `leadprint` command: wire tags, pinout cards and comparison sheets from a lead catalog.
@main
struct Leadprint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadprint",
        abstract: "Print wire tags, pinout cards and comparison sheets from a catalog of camera flying leads.",
        discussion: "With no arguments, renders every document of the bundled catalog into output/ (the same as `leadprint all`).",
        version: Version.current,
        subcommands: [AllCommand.self, RunCommand.self, CatalogCommand.self, SwatchesCommand.self, PresetsCommand.self, TagsCommand.self,
                      CalibrateCommand.self, CardCommand.self, CompareCommand.self, PrintersCommand.self, VerifyCommand.self,
                      ServeCommand.self, HistoryCommand.self])

    /// Runs the command, first arranging for an interrupted render to leave no temporary files.
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.isEmpty { arguments = ["all"] }
        StandardStreams.plugClosed()
        // `serve` becomes leadprint-web, which must get SIGINT and SIGTERM with their default actions: the handlers
        // ignore them at the kernel, and an ignored signal stays ignored across exec.
        if arguments.first != ServeCommand.configuration.commandName { InterruptCleanup.install() }
        if let message = unknownCommand(in: arguments) {
            FileHandle.standardError.write(Data("Error: \(message)\nUsage: \(usageString())\n  See 'leadprint --help' for the commands.\n".utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        if let command = parsedDirectly(arguments) {
            await run(command)
        } else {
            await main(arguments)
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

    /// The arguments parsed with their subcommand as the root, or nil when they do not parse that way (help, version,
    /// a completion script, any mistake); the full parse from the root then handles them and words every message.
    ///
    /// The full parse also tries the arguments as swift-argument-parser's completion-script command and reflects
    /// the root's options first: 6.5 M instructions of a 17-tag run. A subcommand parsed as the root skips the
    /// completion attempt because its configuration names `leadprint` as its super-command (`subcommand(_:)`).
    static func parsedDirectly(_ arguments: [String]) -> ParsableCommand? {
        guard let name = arguments.first,
              let command = configuration.subcommands.first(where: { $0.configuration.commandName == name }) else { return nil }
        let parsed: ParsableCommand
        do { parsed = try command.parseAsRoot(Array(arguments.dropFirst())) } catch {
            // Not an error to report here: the full parse meets the same arguments and reports it in the usual words.
            return nil
        }
        // Help comes back as swift-argument-parser's own help command, which would describe the subcommand without
        // the root's options (--version): only our own commands are run from here.
        return commandTypes(below: command).contains(ObjectIdentifier(type(of: parsed))) ? parsed : nil
    }

    /// A command and every subcommand below it.
    private static func commandTypes(below command: ParsableCommand.Type) -> Set<ObjectIdentifier> {
        command.configuration.subcommands.reduce(into: [ObjectIdentifier(command)]) { $0.formUnion(commandTypes(below: $1)) }
    }

    /// Runs a parsed command as `main` would, with the same error handling.
    private static func run(_ parsed: ParsableCommand) async {
        var command = parsed
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: ErrorLines.prefixingEveryLine(error))
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
