import Foundation

/// Why a catalog or palette could not be loaded; the module's only error type.
public enum CatalogError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The file was read but has problems; all of them are listed, in file order.
    case invalid([CatalogProblem])

    /// The problems found, or one problem describing an unreadable file.
    public var problems: [CatalogProblem] {
        switch self {
        case .unreadable(let file, let reason): [CatalogProblem(file: file, message: "cannot read file: \(reason)")]
        case .invalid(let problems): problems
        }
    }

    /// One line per problem.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }

    /// The same text as `description`, so Foundation-based callers print the culprits too.
    public var errorDescription: String? { description }
}
