extension FontSpec {
    /// Noto families for scripts DejaVu does not cover well, all from fonts-noto-core and fonts-noto-cjk with real bold faces.
    ///
    /// Han is set in the Simplified Chinese design unless the language asks for another (Japanese, Korean, Traditional Chinese).
    public static let notoScriptFamilies: [String: String] = [
        "Hani": "Noto Sans CJK SC",
        "Hani:zh-Hant": "Noto Sans CJK TC", "Hani:zh-TW": "Noto Sans CJK TC", "Hani:zh-HK": "Noto Sans CJK HK",
        "Hani:ja": "Noto Sans CJK JP", "Hani:ko": "Noto Sans CJK KR",
        "Hira": "Noto Sans CJK JP", "Kana": "Noto Sans CJK JP", "Hang": "Noto Sans CJK KR", "Bopo": "Noto Sans CJK TC",
        "Arab": "Noto Sans Arabic", "Hebr": "Noto Sans Hebrew", "Thai": "Noto Sans Thai", "Deva": "Noto Sans Devanagari",
    ]

    /// The family for text in a script and language: the most specific `scriptFamilies` entry
    /// ("Hani:zh-Hant-TW", then "Hani:zh-Hant", "Hani:zh", "Hani"), nil when the script has none (then `family` sets it).
    public func family(forScript script: String, language: String) -> String? {
        var subtags = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        while !subtags.isEmpty {
            if let family = scriptFamilies[script + ":" + subtags.joined(separator: "-")] { return family }
            subtags.removeLast()
        }
        return scriptFamilies[script]
    }

    /// This spec's weight and style in another family.
    func withFamily(_ other: String) -> FontSpec {
        FontSpec(family: other, bold: bold, italic: italic, scriptFamilies: scriptFamilies)
    }
}
