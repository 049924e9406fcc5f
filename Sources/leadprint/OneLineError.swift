import ArgumentParser
import LeadCatalog
import Layout
import LeadprintKit
import YAMLSupport

/// An error printed as one bounded line: values a user typed (a series name with a line break, a
/// megabyte-long option) can neither split a message nor flood the terminal.
struct OneLineError: Error, CustomStringConvertible {
    let description: String

    /// The error itself when it already prints one located line per problem (or is ArgumentParser's own),
    /// otherwise its text flattened to one line.
    static func wrap(_ error: Error) -> Error {
        switch error {
        case is CatalogError, is YAMLProblem, is BrandFileError, is ExitCode, is CleanExit, is ValidationError:
            return error
        case LayoutError.invalidPresets:
            return error
        default:
            let text = String(describing: error)
            let flat = flatten(text)
            return flat == text ? error : OneLineError(description: flat)
        }
    }

    /// Line breaks and control characters escaped, and the middle of an overlong text elided.
    static func flatten(_ text: String) -> String {
        YAMLProblem.shortened(text, limit: 600)
    }
}
