import Foundation
import Localization

extension Strings {
    nonisolated(unsafe) private static var cache: [Language: Strings] = [:]
    private static let lock = NSLock()

    /// The shipped table of a language from `Resources/strings/`, checked against English; loaded once per process.
    public static func bundled(_ language: Language) throws -> Strings {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[language] { return cached }
        let strings = try Strings.load(language, from: ResourceFolder.locate().appendingPathComponent("strings"))
        cache[language] = strings
        return strings
    }
}
