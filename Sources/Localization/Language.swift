import Foundation

/// A language leadprint prints its documents in.
public enum Language: String, CaseIterable, Sendable, Hashable, Codable {
    case english = "en"
    case spanish = "es"
    case french = "fr"
    case german = "de"
    case simplifiedChinese = "zh-Hans"
    case arabic = "ar"

    /// The language for a code such as `de` or `zh-Hans` (case-insensitive); fails naming the codes leadprint knows.
    public init(code: String) throws(LocalizationError) {
        guard let found = Self.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(code) == .orderedSame }) else {
            throw .unknownLanguage(code, known: Self.allCases.map(\.rawValue))
        }
        self = found
    }

    /// The language's code, e.g. `zh-Hans`.
    public var code: String { rawValue }

    /// Whether text and tables in the language run right to left.
    public var isRightToLeft: Bool { self == .arabic }

    /// The Foundation locale that formats the language's dates and numbers.
    public var locale: Locale { Locale(identifier: rawValue) }

    /// The locale ICU's plural rules are opened with (ICU spells script subtags with an underscore).
    var icuLocale: String { String(rawValue.map { $0 == "-" ? "_" : $0 }) }
}
