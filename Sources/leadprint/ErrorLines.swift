import ArgumentParser

/// Errors that report several problems, one per line, each line standing on its own.
enum ErrorLines {
    /// The error with "Error: " before each of its lines after the first (swift-argument-parser prints the first
    /// prefix), so a second problem never reads as a continuation of the first; other errors unchanged.
    static func prefixingEveryLine(_ error: Error) -> Error {
        switch error {
        case is ValidationError, is CleanExit, is ExitCode: return error
        default: break
        }
        let text = String(describing: error)
        guard text.contains("\n") else { return error }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        return CommandLineError(description: lines.joined(separator: "\nError: "))
    }
}
