import Layout
import Typesetting

/// "Does it fit?" as a question with an answer: a does-not-fit failure is `nil`, every other error (a missing font, a
/// Cairo or file failure) propagates, so it is never mistaken for lack of room.
enum Fit {
    /// The result of `body`, or nil when it failed only because its content did not fit.
    static func attempt<T>(_ body: () throws -> T) throws -> T? {
        do { return try body() } catch where isDoesNotFit(error) { return nil }
    }

    /// Whether an error says that content did not fit (rather than that something is broken).
    static func isDoesNotFit(_ error: Error) -> Bool {
        switch error {
        case DocumentError.doesNotFit: true
        case TypesettingError.doesNotFit: true
        case LayoutError.doesNotFit: true
        default: false
        }
    }
}
