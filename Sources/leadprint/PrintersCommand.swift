import ArgumentParser
import Printing

/// `leadprint printers`: the CUPS queues `--print` can use, with the media each offers.
struct PrintersCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "printers",
        abstract: "List the CUPS print queues and the media sizes each offers."))

    @Option(name: .customLong("print-server"), help: ArgumentHelp("CUPS server (default: CUPS_SERVER, else the local scheduler).", valueName: "HOST:PORT"))
    var server: String?

    @Option(name: .customLong("print-timeout"), help: ArgumentHelp("Seconds to wait for the CUPS server at each step (default 10).", valueName: "SECONDS"))
    var timeout: Double?

    @Option(name: .customLong("probe"), help: ArgumentHelp("Ask a Brother P-touch for its model and loaded media instead: tcp://HOST[:9100] or usb:/dev/usb/lpN.", valueName: "URI"))
    var probe: String?

    func run() throws {
        if let probe { return try ProbeReport.run(probe, timeout: timeout ?? Printers.defaultTimeout) }
        let queues = try Printers(server: server, timeout: timeout).queues()
        guard !queues.isEmpty else {
            print("no print queues (add one with lpadmin; see the README, \"Printing\")")
            return
        }
        for queue in queues {
            var line = queue.name + (queue.isDefault ? " (default)" : "")
            // lpadmin copies the name into the description when none is given: saying it twice tells nothing.
            if let info = queue.info, info != queue.name { line += ": \(info)" }
            if !queue.acceptingJobs { line += " [not accepting jobs]" }
            print(line)
            print("  media: " + (queue.media.isEmpty ? "none reported" : queue.media.map(\.description).joined(separator: ", ")))
        }
    }
}
