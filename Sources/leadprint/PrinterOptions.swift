import ArgumentParser
import Geometry
import LeadprintKit

extension PrinterSettings.Cut: RawValueArgument {}

/// `--send`, `--printer-model` and the P-touch and ZPL settings of a `--format ptouch` or `zpl` job.
struct PrinterOptions: ParsableArguments {
    @Option(name: .customLong("send"), help: ArgumentHelp("Send a ptouch or zpl job straight to the printer: tcp://HOST[:9100] or usb:/dev/usb/lpN (the file is written too).", valueName: "URI"))
    var send: String?

    @Option(name: .customLong("printer-model"), help: ArgumentHelp("The printer, when the preset lists several (e.g. PT-P750W); default: the preset's first.", valueName: "MODEL"))
    var model: String?

    @Option(name: .customLong("cut"), help: "P-touch cutting: each (a full cut after each tag), half (half cuts between tags), none.")
    var cut: PrinterSettings.Cut?

    @Flag(name: .customLong("chain"), help: "P-touch chain printing: no feed and cut after the last tag, so the next job wastes no tube.")
    var chain = false

    @Flag(name: .customLong("no-buffer-clear"), help: "P-touch: keep the printer's buffer between jobs.")
    var noBufferClear = false

    @Option(name: .customLong("feed-margin"), help: ArgumentHelp("P-touch feed before and after each tag (default 2mm).", valueName: "LENGTH"))
    var margin: String?

    @Option(name: .customLong("darkness"), help: "ZPL darkness, 0 to 30 (default: the printer's).")
    var darkness: Int?

    @Option(name: .customLong("speed"), help: "ZPL print speed in inches per second, 1 to 14 (default: the printer's).")
    var speed: Int?

    @Option(name: .customLong("quantity"), help: "ZPL copies of each tag (default 1).")
    var quantity: Int?

    @Option(name: .customLong("send-timeout"), help: ArgumentHelp("Seconds for --send to connect, and for the printer to take more of the job (default 10).", valueName: "SECONDS"))
    var timeout: Double?

    @Flag(name: .customLong("no-media-check"), help: "Send without reading a Brother printer's loaded media first.")
    var noMediaCheck = false

    func validate() throws {
        if let margin, Length(parsing: margin) == nil { throw ValidationError("--feed-margin: expected a length with a unit, like 2mm (got '\(margin)')") }
        if let timeout, !(0.1...3600).contains(timeout) { throw ValidationError("--send-timeout must be 0.1 to 3600 seconds (got \(timeout))") }
    }

    /// The job's printer settings; nil when none is given.
    var settings: PrinterSettings? {
        var s = PrinterSettings()
        s.send = send; s.model = model; s.cut = cut; s.chain = chain ? true : nil; s.noBufferClear = noBufferClear ? true : nil
        s.margin = margin.flatMap { Length(parsing: $0) }; s.darkness = darkness; s.speed = speed; s.quantity = quantity
        s.timeout = timeout; s.mediaCheck = noMediaCheck ? false : nil
        return s == PrinterSettings() ? nil : s
    }
}
