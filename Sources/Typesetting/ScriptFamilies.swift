/// Families for scripts a spec's own family is not meant for, keyed by ISO 15924 code ("Hani", "Arab"),
/// optionally narrowed by language ("Hani:ja").
///
/// Every shaping-cache lookup hashes its font spec, so the table is hashed once when built, and the shared
/// default table compares by identity.
public struct ScriptFamilies: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    private final class Table: Sendable {
        let families: [String: String]
        let hash: Int
        init(_ families: [String: String]) {
            self.families = families
            var hasher = Hasher()
            for key in families.keys.sorted() { hasher.combine(key); hasher.combine(families[key]) }
            hash = hasher.finalize()
        }
    }

    private var table: Table

    /// Creates a table from script codes (with an optional ":language") to family names.
    public init(_ families: [String: String]) { table = Table(families) }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The family for a key such as "Arab" or "Hani:ja".
    public subscript(key: String) -> String? {
        get { table.families[key] }
        set {
            var families = table.families
            families[key] = newValue
            table = Table(families)
        }
    }

    /// Noto families for scripts DejaVu does not cover well, all from fonts-noto-core and fonts-noto-cjk with real bold faces.
    ///
    /// Han is set in the Simplified Chinese design unless the language asks for another (Japanese, Korean, Traditional Chinese).
    /// Arabic is set in Noto Sans Arabic UI (fonts-noto-ui-core): the same letters with a line box of 1.36 em, not 2.11 em,
    /// so an Arabic line takes the height of a Latin one and a CR80 card holds it at 6 pt.
    public static let noto: ScriptFamilies = [
        "Hani": "Noto Sans CJK SC",
        "Hani:zh-Hant": "Noto Sans CJK TC", "Hani:zh-TW": "Noto Sans CJK TC", "Hani:zh-HK": "Noto Sans CJK HK",
        "Hani:ja": "Noto Sans CJK JP", "Hani:ko": "Noto Sans CJK KR",
        "Hira": "Noto Sans CJK JP", "Kana": "Noto Sans CJK JP", "Hang": "Noto Sans CJK KR", "Bopo": "Noto Sans CJK TC",
        "Arab": "Noto Sans Arabic UI", "Hebr": "Noto Sans Hebrew", "Thai": "Noto Sans Thai", "Deva": "Noto Sans Devanagari",
    ]

    /// The family for text in a script and language: the most specific entry ("Hani:zh-Hant-TW", then
    /// "Hani:zh-Hant", "Hani:zh", "Hani"), nil when the script has none.
    public func family(forScript script: String, language: String) -> String? {
        var subtags = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        while !subtags.isEmpty {
            if let family = table.families[script + ":" + subtags.joined(separator: "-")] { return family }
            subtags.removeLast()
        }
        return table.families[script]
    }

    public static func == (a: ScriptFamilies, b: ScriptFamilies) -> Bool {
        a.table === b.table || (a.table.hash == b.table.hash && a.table.families == b.table.families)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(table.hash) }
}

extension FontSpec {
    /// The family for text in a script and language (see `ScriptFamilies.family(forScript:language:)`); nil means `family`.
    public func family(forScript script: String, language: String) -> String? {
        scriptFamilies.family(forScript: script, language: language)
    }

    /// This spec's weight and style in another family.
    func withFamily(_ other: String) -> FontSpec {
        FontSpec(family: other, bold: bold, italic: italic, scriptFamilies: scriptFamilies)
    }
}
