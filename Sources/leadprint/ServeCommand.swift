import ArgumentParser
import Foundation
import LeadprintServe

/// `leadprint serve`: the web app for people who do not use a terminal, served by `leadprint-web` in this process's place.
///
/// The options are checked here, so a mistake reads like any other command's; then the process becomes
/// `leadprint-web` (same process id, same standard streams), which the build puts beside `leadprint`.
struct ServeCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the leadprint web page: fill in a form, see page 1 as it will print, download the PDF and its job file.",
        discussion: "Binds to 127.0.0.1 (this machine only) by default; any other host needs --token, which browsers enter once on a login page and API clients send as 'Authorization: Bearer TOKEN'. The server is the program leadprint-web, found beside leadprint."))

    @OptionGroup var options: ServeOptions

    /// The server program's name, in the folder of the running `leadprint`.
    static let serverName = "leadprint-web"

    func run() throws {
        let program = try Self.serverProgram()
        let arguments = [program.path] + options.arguments
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(program.path, &pointers)
        // execv returns only when it failed.
        let reason = String(cString: strerror(errno))
        pointers.forEach { free($0) }
        throw ServeError.cannotStart(path: program.path, reason: reason)
    }

    /// `leadprint-web` beside the running executable (symbolic links resolved, as the build and an install lay them out).
    static func serverProgram() throws(ServeError) -> URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let program = executable.deletingLastPathComponent().appendingPathComponent(serverName)
        guard access(program.path, X_OK) == 0 else { throw ServeError.serverMissing(path: program.path) }
        return program
    }
}

/// Why `leadprint serve` could not hand over to the web server.
enum ServeError: Error, CustomStringConvertible {
    /// `leadprint-web` is not beside `leadprint`, or not executable.
    case serverMissing(path: String)
    /// The system refused to run it.
    case cannotStart(path: String, reason: String)

    var description: String {
        switch self {
        case .serverMissing(let path):
            "the web server is the program \(ServeCommand.serverName), which is not at \(path): build it with `swift build` (or `swift build --product \(ServeCommand.serverName)`), and install it beside leadprint"
        case .cannotStart(let path, let reason): "cannot start the web server \(path): \(reason)"
        }
    }
}
