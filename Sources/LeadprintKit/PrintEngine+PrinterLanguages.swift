import DisplayList
import Documents
import Foundation
import Printing
import PrinterLanguages
import Render

/// Printer languages: tags drawn as 1-bit bitmaps at the head's resolution, encoded a tag at a time, written, then sent.
extension PrintEngine {
    /// The plan for a job whose format is a printer language; nil for PDF, PNG and SVG.
    public func printerPlan(for job: PrintJob) throws -> PrinterPlan? {
        guard let (format, presetName) = try printerFormat(for: job) else { return nil }
        let library = try presets()
        let preset = try library.preset(named: presetName, kinds: [.sheet, .roll])
        return try PrinterPlan.make(format: format == .ptouch ? .ptouch : .zpl, preset: preset, settings: job.printer ?? PrinterSettings(),
                                    dpi: job.dpi, library: library)
    }

    /// The printer language a job is written in and its preset's name, checked without reading presets (so a front end
    /// can check options before it knows the user's preset file); nil for PDF, PNG and SVG.
    public func printerFormat(for job: PrintJob) throws -> (OutputFormat, String)? {
        let formats = try formats(for: job)
        guard let format = formats.first(where: \.isPrinterLanguage) else {
            if job.printer != nil { throw PrinterJobError.setting(name: "printer settings", problem: "need --format ptouch or zpl") }
            return nil
        }
        guard formats.count == 1 else { throw PrinterJobError.setting(name: "--format \(format.rawValue)", problem: "is written alone, not with other formats") }
        // A raw queue passes the job on as it is: copies of a tag are the language's to ask for.
        if job.copies != nil {
            throw PrinterJobError.setting(name: "--copies", problem: format == .zpl ? "does not apply to zpl: use --quantity" : "does not apply to ptouch: print the job again")
        }
        switch job.document {
        case .tags(let o): return (format, o.preset)
        case .calibrate(let o): return (format, o.preset)
        default: throw PrinterJobError.notTags(format: format.rawValue, document: job.document.kind)
        }
    }

    /// Draws the document's pages at the head's resolution and writes the printer's job to `target`, whole or not at all.
    func writePrinterLanguage(_ plan: PrinterPlan, document: any Document, pages: PageStream, to target: URL, onPage: ((Int) -> Void)?) throws -> URL {
        let start: [UInt8]
        switch plan.encoder {
        case .ptouch(let e): start = e.jobStart()
        case .zpl(let e): start = e.jobStart()
        }
        return try MonochromePages.writeJob(pages, dpi: plan.dpi, to: target, start: start) { bitmap, number, last in
            defer { onPage?(number) }
            switch plan.encoder {
            case .ptouch(let e):
                // The head prints the band's pins only: ink outside them would be lost without a word.
                let band = plan.firstRow..<(plan.firstRow + e.printPins)
                if let row = (0..<bitmap.height).first(where: { !band.contains($0) && bitmap.row($0).contains { $0 != 0 } }) {
                    throw PrinterJobError.inkOutsideBand(tag: number, row: row, band: band, preset: plan.preset.name)
                }
                return try e.page(bitmap, firstRow: plan.firstRow, index: number - 1, last: last)
            case .zpl(let e): return try e.label(bitmap)
            }
        }
    }

    /// Sends a written printer-language job where the job says: a raw socket or USB device (after a media check where
    /// the printer answers), and a CUPS raw queue; returns one line for each place it went.
    public func sendToPrinter(_ job: PrintJob, files: [URL]) throws -> [String] {
        guard let plan = try printerPlan(for: job), let file = files.first else { return [] }
        var lines: [String] = []
        let settings = job.printer ?? PrinterSettings()
        if let send = settings.send {
            let destination = try RawDestination(parsing: send)
            let link = try RawLink(destination, timeout: settings.timeout ?? PrinterSettings.defaultTimeout)
            defer { link.close() }
            if case .ptouch(let e) = plan.encoder, settings.mediaCheck ?? true {
                if let status = try BrotherProbe.status(over: link, model: e.settings.model) {
                    try BrotherProbe.check(status, tube: e.settings.tube, destination: destination)
                    lines.append("\(destination): \(status.model?.rawValue ?? "Brother printer") has \(status.mediaDescription) loaded")
                } else {
                    lines.append("\(destination): no status reply within \(BrotherProbe.replyTimeout) s; sent without a media check")
                }
            }
            try sendFile(file, over: link)
            lines.append("sent \(file.lastPathComponent) to \(destination)")
        }
        if let queue = job.print {
            let id = try RawQueue(name: queue, server: job.printServer, timeout: job.printTimeout ?? Printers.defaultTimeout).submit(file, title: try document(for: job.document, language: job.language()).title)
            lines.append("printed \(file.lastPathComponent) on \(queue) as raw job \(queue)-\(id)")
        }
        return lines
    }

    /// The file's bytes over the link in 1 MB pieces, so a 100,000-tag job never sits in memory whole.
    private func sendFile(_ file: URL, over link: RawLink) throws {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw LeadprintError.cannotWrite(path: file.path, reason: "cannot read it back to send it")
        }
        // Closing a file opened only for reading loses nothing: its failure is not a question this asks.
        defer { try? handle.close() }
        let total = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue ?? 0
        var sent = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try link.write([UInt8](chunk), sentBefore: sent, total: total)
            sent += chunk.count
        }
    }

    /// The media a printer-language tag job takes; nil for other jobs.
    public func mediaTally(for job: PrintJob) throws -> MediaTally? {
        guard case .tags(let options) = job.document, let plan = try printerPlan(for: job) else { return nil }
        return plan.tally(tags: try summary(for: options).sheets)
    }
}
