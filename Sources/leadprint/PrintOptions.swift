import ArgumentParser
import Foundation
import Geometry
import Printing
import Render

/// `--print QUEUE` and `--copies N`: send the finished PDF to a CUPS queue after writing it.
struct PrintOptions: ParsableArguments {
    @Option(name: .customLong("print"), help: ArgumentHelp("Also send the PDF to this CUPS queue (see `leadprint printers`).", valueName: "QUEUE"))
    var queue: String?

    @Option(name: .long, help: "Copies to print with --print.")
    var copies: Int = 1

    @Option(name: .customLong("print-server"), help: ArgumentHelp("CUPS server for --print (default: CUPS_SERVER, else the local scheduler).", valueName: "HOST:PORT"))
    var server: String?

    mutating func validate() throws {
        guard copies >= 1 else { throw ValidationError("--copies must be 1 or more (got \(copies))") }
        if queue == nil && copies != 1 { throw ValidationError("--copies needs --print QUEUE") }
    }

    /// Fails before any work when printing is asked for output that is not a PDF.
    func check(_ format: OutputFormat) throws {
        if queue != nil && format != .pdf { throw ValidationError("--print sends a PDF: drop --format \(format.rawValue) (or the .\(format.rawValue) output name)") }
    }

    /// Sends the written PDF to the queue, on media of the document's page size, and prints the job id.
    ///
    /// The file is already in place: a missing or refusing queue is an error, and the PDF stays written.
    func send(_ files: [URL], page: Size, title: String) throws {
        guard let queue, let file = files.first else { return }
        let job = try Printers(server: server).print(file, to: queue, copies: copies, media: MediaSize(page: page), title: title)
        print("printed \(DisplayPath.relative(file)) on \(queue) as job \(job) (media \(job.media.name), \(copies) \(copies == 1 ? "copy" : "copies"))")
    }
}
