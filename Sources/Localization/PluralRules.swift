import CICU

/// A language's CLDR plural rules, through ICU: which category (`zero one two few many other`) a count takes.
///
/// `uplrules_select` reads the rules without changing them, so one handle serves every thread.
final class PluralRules: @unchecked Sendable {
    private let handle: OpaquePointer
    /// The categories the language uses, in CLDR order.
    let categories: [String]

    /// The categories in the order CLDR lists them, which is the order tables write them in.
    static let order = ["zero", "one", "two", "few", "many", "other"]

    init(language: Language) throws(LocalizationError) {
        var status = U_ZERO_ERROR
        guard let rules = leadprint_uplrules_open(language.icuLocale, &status), status.rawValue <= U_ZERO_ERROR.rawValue else {
            throw .icu(function: "uplrules_open(\(language.icuLocale))", status: String(cString: leadprint_u_errorName(status)))
        }
        handle = rules
        guard let keywords = leadprint_uplrules_getKeywords(rules, &status), status.rawValue <= U_ZERO_ERROR.rawValue else {
            leadprint_uplrules_close(rules)
            throw .icu(function: "uplrules_getKeywords(\(language.icuLocale))", status: String(cString: leadprint_u_errorName(status)))
        }
        defer { leadprint_uenum_close(keywords) }
        var found: Set<String> = []
        var length: Int32 = 0
        while let keyword = leadprint_uenum_next(keywords, &length, &status), status.rawValue <= U_ZERO_ERROR.rawValue {
            found.insert(String(cString: keyword))
        }
        categories = Self.order.filter(found.contains)
    }

    deinit { leadprint_uplrules_close(handle) }

    /// The category of a whole count, e.g. `few` for 3 in Arabic.
    func category(of count: Int) throws(LocalizationError) -> String {
        var status = U_ZERO_ERROR
        var buffer = [UChar](repeating: 0, count: 16)
        let length = leadprint_uplrules_select(handle, Double(count), &buffer, Int32(buffer.count), &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue, length > 0 else {
            throw .icu(function: "uplrules_select(\(count))", status: String(cString: leadprint_u_errorName(status)))
        }
        return String(decoding: buffer[..<Int(length)], as: UTF16.self)
    }
}
