import CICU

/// A language's CLDR plural rules, through ICU: which category (`zero one two few many other`) a count takes.
///
/// `uplrules_select` reads the rules without changing them, so one handle serves every thread.
final class PluralRules: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer
    /// The categories the language uses, in CLDR order.
    let categories: [String]

    /// The categories in the order CLDR lists them, which is the order tables write them in.
    static let order = ["zero", "one", "two", "few", "many", "other"]

    init(language: Language) throws(LocalizationError) {
        var error: UnsafePointer<CChar>?
        guard let rules = leadprint_plural_rules_open(language.icuLocale, &error) else {
            throw .icu(function: "uplrules_open(\(language.icuLocale))", status: error.map { String(cString: $0) } ?? "unknown")
        }
        handle = rules
        var buffer = [CChar](repeating: 0, count: 128)
        guard leadprint_plural_rules_keywords(rules, &buffer, Int32(buffer.count), &error) == 0 else {
            leadprint_plural_rules_close(rules)
            throw .icu(function: "uplrules_getKeywords(\(language.icuLocale))", status: error.map { String(cString: $0) } ?? "unknown")
        }
        let found = Set(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(separator: " ").map(String.init))
        categories = Self.order.filter(found.contains)
    }

    deinit { leadprint_plural_rules_close(handle) }

    /// The category of a whole count, e.g. `few` for 3 in Arabic.
    func category(of count: Int) throws(LocalizationError) -> String {
        var error: UnsafePointer<CChar>?
        var buffer = [CChar](repeating: 0, count: 16)
        let length = leadprint_plural_rules_select(handle, Double(count), &buffer, Int32(buffer.count), &error)
        guard length > 0 else {
            throw .icu(function: "uplrules_select(\(count))", status: error.map { String(cString: $0) } ?? "unknown")
        }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
