/// The direction a paragraph runs in before the bidi algorithm orders what is inside it.
public enum TextDirection: String, Hashable, Sendable, CaseIterable {
    /// Left to right, as in English, Chinese or German.
    case leftToRight = "ltr"
    /// Right to left, as in Arabic.
    case rightToLeft = "rtl"
    /// From the first strong character of the text (Unicode bidi rules P2-P3), left to right when there is none.
    case auto
}

/// The language text is written in and its base direction: what HarfBuzz, FriBidi, ICU and the font choice are told.
public struct TextStyle: Hashable, Sendable {
    /// A BCP 47 language tag, e.g. "en", "de", "ar", "zh-Hans".
    public var language: String
    /// The paragraph's base direction.
    public var direction: TextDirection

    /// Creates a style; without a direction, right to left for languages written so (Arabic, Hebrew, Persian, Urdu …), else left to right.
    public init(language: String, direction: TextDirection? = nil) {
        self.language = language
        self.direction = direction ?? (Self.isRightToLeft(language) ? .rightToLeft : .leftToRight)
    }

    /// English, left to right: what every document used before languages existed.
    public static let english = TextStyle(language: "en")

    /// Wraps a label (a signal name such as `RS485+`) in LRI…PDI, so it reads left to right inside any line and never breaks.
    public static func isolated(_ label: String) -> String {
        "\u{2066}" + label + "\u{2069}"
    }

    /// Wraps text someone typed (a company name, a price, "3 weeks") in FSI…PDI, so inside a line of either direction it keeps
    /// the direction of its own first strong character and its digits and punctuation stay where they were typed.
    public static func firstStrongIsolated(_ text: String) -> String {
        "\u{2068}" + text + "\u{2069}"
    }

    private static let rightToLeftLanguages: Set<String> = ["ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]

    private static func isRightToLeft(_ language: String) -> Bool {
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return rightToLeftLanguages.contains(primary)
    }
}
