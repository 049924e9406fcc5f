import ArgumentParser
import Foundation
import LeadprintVerifyOptions

/// `leadprint verify SCAN... --job JOB`: checks the options, then runs `leadprint-verify` in this process's place.
///
/// The decoders (zbar, libdmtx) and the scan reader (gdk-pixbuf) bring D-Bus, X11, video4linux and GIO with them:
/// linked into `leadprint`, every run would load them. `leadprint-verify` carries them instead, beside `leadprint`.
struct VerifyCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "verify",
        abstract: "Check scanned tag sheets against the job that printed them: every code read, compared label by label.",
        discussion: """
            Scans are PNG or JPEG (one per sheet) or PDF (one page per sheet), in sheet order. The scan is registered by its own codes (rotation, scale, \
            shift), then each label is checked: missing, unreadable, duplicated, swapped, out-of-place tags, and a sheet started \
            at the wrong label. Exit status: 0 pass, 1 fail (or an input that cannot be read), 64 usage. Symbol quality is \
            indicative (module, quiet zone, contrast), not an ISO/IEC 15415/15416 grade. The work is done by the program \
            leadprint-verify, found beside leadprint.
            """))

    @OptionGroup var options: VerifyOptions

    /// The program's name, in the folder of the running `leadprint`.
    static let programName = "leadprint-verify"

    func run() throws {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let program = executable.deletingLastPathComponent().appendingPathComponent(Self.programName)
        guard access(program.path, X_OK) == 0 else {
            throw ValidationError("verify is the program \(Self.programName), which is not at \(program.path): build it with `swift build`, and install it beside leadprint")
        }
        // The words after `verify`, exactly as typed: leadprint-verify parses the same options.
        let given = Array(CommandLine.arguments.drop { $0 != Self.configuration.commandName }.dropFirst())
        var pointers = ([program.path] + given).map { strdup($0) } + [nil]
        execv(program.path, &pointers)
        // execv returns only when it failed.
        let reason = String(cString: strerror(errno))
        pointers.forEach { free($0) }
        throw ValidationError("cannot start \(program.path): \(reason)")
    }
}
