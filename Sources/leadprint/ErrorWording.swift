import Documents
import Foundation
import Layout
import LeadCatalog
import LeadprintKit
import YAMLSupport

/// Library errors in the command line's words: an option is named as it is typed (`--start-at`), not as a job-file key.
enum ErrorWording {
    /// The flag a job field is given with on the command line.
    static func flag(_ field: JobField) -> String {
        switch field {
        case .output: "-o"
        case .rows: "--row"
        case .notes: "--note"
        case .order, .orderFile: "--order"
        default: "--\(field.rawValue)"
        }
    }

    /// A document error with its options named as flags.
    static func commandLine(_ error: DocumentError) -> String {
        switch error {
        case .outOfRange(let field, let value, let allowed):
            "\(flag(field)) must be \(allowed) (got \(value))"
        case .malformed(let field, let value, let expected):
            "\(flag(field)) '\(value)' is not \(expected)"
        case .needs(let field, let other, let reason):
            "\(flag(field)) needs \(flag(other)): \(reason)"
        case .badTemplate(let template, let problem):
            "--barcode-data '\(template)': \(problem)"
        case .correctionOffMedia(let label, let preset):
            "--offset/--scale move the text area of label \(label) of \(preset) past the edge of the media"
        case .doesNotFit(let failure):
            failure.suggestedPreset.map { "\(failure); use --preset \($0)" } ?? failure.description
        default:
            error.description
        }
    }

    /// Any error as one line for the command line; `inJobFile` words options as job-file keys (`dpi`, not `--dpi`).
    static func describe(_ error: Error, inJobFile: Bool = false) -> String {
        let text: String
        switch error {
        case let error as DocumentError where inJobFile: text = error.description
        case let error as LeadprintError where inJobFile: text = error.description
        case let error as DocumentError: text = commandLine(error)
        case LeadprintError.printOptionWithoutQueue(let option): text = "--\(option) needs --print QUEUE"
        case LeadprintError.copiesOutOfRange(let copies): text = "--copies must be 1 to 999 (got \(copies))"
        case LeadprintError.dpiOutOfRange(let dpi):
            text = "--dpi must be from \(Int(PrintEngine.dpiRange.lowerBound)) to \(Int(PrintEngine.dpiRange.upperBound)) (got \(dpi == dpi.rounded() && abs(dpi) < 1e15 ? String(Int(dpi)) : String(dpi)))"
        case LeadprintError.printNeedsPDF: text = "--print sends a PDF: drop --format (or the non-PDF output name)"
        // Catalog, YAML, brand-file and preset problems already print one located line each.
        case is CatalogError, is YAMLProblem, is BrandFileError, LayoutError.invalidPresets: return String(describing: error)
        default: text = String(describing: error)
        }
        return oneLine(text)
    }

    /// Line breaks and control characters escaped and the middle of an overlong text elided, so values a user typed
    /// (a series name with a line break, a megabyte-long option) can neither split a message nor flood the terminal.
    static func oneLine(_ text: String) -> String {
        YAMLProblem.shortened(text, limit: 600)
    }
}

/// An error already worded for the command line; ArgumentParser prints it after "Error: " and exits 1.
struct CommandLineError: Error, CustomStringConvertible {
    let description: String
}
