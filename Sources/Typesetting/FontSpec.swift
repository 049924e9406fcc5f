/// A font asked for by family and style, resolved through fontconfig.
public struct FontSpec: Hashable, Sendable, CustomStringConvertible {
    /// The family name, e.g. "DejaVu Sans Condensed".
    public var family: String
    /// Whether the bold weight is wanted.
    public var bold: Bool
    /// Whether an italic or oblique style is wanted.
    public var italic: Bool
    /// Families for scripts `family` is not meant for ("Hani" → "Noto Sans CJK SC"); see `family(forScript:language:)`.
    public var scriptFamilies: ScriptFamilies

    /// Creates a font specification; text in other scripts is set in `scriptFamilies` (Noto by default) in the same weight and style.
    public init(family: String, bold: Bool = false, italic: Bool = false, scriptFamilies: ScriptFamilies = .noto) {
        self.family = family; self.bold = bold; self.italic = italic; self.scriptFamilies = scriptFamilies
    }

    /// A narrow bold sans for wire labels on small tags.
    public static let label = FontSpec(family: "DejaVu Sans Condensed", bold: true)
    /// A narrow sans for running text.
    public static let body = FontSpec(family: "DejaVu Sans Condensed")
    /// A narrow bold sans for headings.
    public static let heading = FontSpec(family: "DejaVu Sans Condensed", bold: true)
    /// A monospaced face for signal names on cards, where O/0 and l/1 must differ.
    public static let mono = FontSpec(family: "DejaVu Sans Mono", bold: true)

    public var description: String {
        family + (bold ? " Bold" : "") + (italic ? " Italic" : "")
    }
}
