import ArgumentParser
import LeadprintKit

/// `--print QUEUE`, `--copies N` and `--print-server`: send the finished PDF to a CUPS queue after writing it.
struct PrintOptions: ParsableArguments {
    @Option(name: .customLong("print"), help: ArgumentHelp("Also send the PDF to this CUPS queue (see `leadprint printers`).", valueName: "QUEUE"))
    var queue: String?

    @Option(name: .customLong("copies"), help: "Copies to print with --print.")
    var copies: Int?

    @Option(name: .customLong("print-server"), help: ArgumentHelp("CUPS server for --print (default: CUPS_SERVER, else the local scheduler).", valueName: "HOST:PORT"))
    var server: String?

    @Option(name: .customLong("print-timeout"), help: ArgumentHelp("Seconds to wait for the CUPS server at each step (connecting, listing, sending; default 10).", valueName: "SECONDS"))
    var timeout: Double?

    @OptionGroup var printer: PrinterOptions

    /// Sets the job's printing fields.
    func apply(to job: inout PrintJob) {
        job.print = queue
        job.copies = copies
        job.printServer = server
        job.printTimeout = timeout
        job.printer = printer.settings
    }
}
