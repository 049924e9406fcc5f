import Foundation

/// One language's fixed strings, plural rules and date and number formats: what documents print instead of English literals.
public struct Strings: Sendable {
    /// The language of the strings.
    public let language: Language
    private let entries: [StringKey: StringTable.Entry]
    private let rules: PluralRules

    /// Loads `<folder>/<code>.yaml`, checked key by key against `<folder>/en.yaml`: a missing or extra key, a wrong plural
    /// category or a changed placeholder fails with its file and line, so no English can slip into a translated document.
    public static func load(_ language: Language, from folder: URL) throws(LocalizationError) -> Strings {
        let english = try Self.read(folder.appendingPathComponent("en.yaml"))
        guard language != .english else { return try Strings(language: .english, table: english.table, yaml: nil) }
        let table = try Self.read(folder.appendingPathComponent("\(language.code).yaml"))
        return try Strings(language: language, yaml: table.yaml, fileName: table.file, englishYAML: english.yaml)
    }

    private static func read(_ url: URL) throws(LocalizationError) -> (yaml: String, file: String, table: StringTable) {
        let yaml: String
        do { yaml = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
        let (table, problems) = StringTable.parse(yaml: yaml, file: url.lastPathComponent)
        guard problems.isEmpty else { throw .invalidTable(problems) }
        return (yaml, url.lastPathComponent, table)
    }

    /// Builds a language's strings from table text, checked against English's table text; `fileName` names the table in problems.
    public init(language: Language, yaml: String, fileName: String, englishYAML: String) throws(LocalizationError) {
        let (english, englishProblems) = StringTable.parse(yaml: englishYAML, file: "en.yaml")
        guard englishProblems.isEmpty else { throw .invalidTable(englishProblems) }
        let (table, problems) = StringTable.parse(yaml: yaml, file: fileName)
        guard problems.isEmpty else { throw .invalidTable(problems) }
        if language == .english {
            try self.init(language: language, table: table, yaml: nil)
        } else {
            // English is checked first: a key missing there is the table's author's error, not the translator's.
            _ = try Strings(language: .english, table: english, yaml: nil)
            try self.init(language: language, table: table, yaml: english)
        }
    }

    private init(language: Language, table: StringTable, yaml reference: StringTable?) throws(LocalizationError) {
        let rules = try PluralRules(language: language)
        let keys = reference.map { $0.entries.map(\.key) } ?? StringKey.allCases.map(\.rawValue)
        let problems = table.problems(expecting: keys, reference: reference?.byKey, categories: rules.categories)
        guard problems.isEmpty else { throw .invalidTable(problems) }
        var entries: [StringKey: StringTable.Entry] = Dictionary(minimumCapacity: table.entries.count)
        for (key, _, entry) in table.entries { if let known = StringKey(rawValue: key) { entries[known] = entry } }
        self.language = language
        self.entries = entries
        self.rules = rules
    }

    /// Whether the language's text and tables run right to left.
    public var isRightToLeft: Bool { language.isRightToLeft }

    /// The string for `key` with its `{placeholders}` filled in; a plural string picks its form by `count`.
    public func text(_ key: StringKey, _ arguments: [String: StringArgument] = [:]) throws(LocalizationError) -> String {
        guard let entry = entries[key] else {
            // Loading checked English against every `StringKey` and this table against English, so this is a programming error.
            throw .unknownKey(key.rawValue)
        }
        let template: String
        switch entry {
        case .text(let text): template = text
        case .plural(let forms):
            guard case .number(let count)? = arguments["count"] else { throw .missingCount(key: key.rawValue) }
            let category = try pluralCategory(of: count)
            template = forms[category] ?? forms["other"] ?? ""
        }
        return try fill(template, key: key, arguments: arguments)
    }

    private func fill(_ template: String, key: StringKey, arguments: [String: StringArgument]) throws(LocalizationError) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            guard let argument = arguments[name] else { throw .missingArgument(key: key.rawValue, placeholder: name) }
            result += format(argument)
            rest = after[after.index(after: close)...]
        }
        return result + rest
    }

    private func format(_ argument: StringArgument) -> String {
        switch argument {
        case .text(let text): text
        case .number(let number): self.number(number)
        case .decimal(let value, let digits): decimal(value, fractionDigits: digits)
        }
    }

    /// The CLDR plural category of a count in the language, e.g. `few` for 3 in Arabic.
    public func pluralCategory(of count: Int) throws(LocalizationError) -> String {
        try rules.category(of: count)
    }

    /// The plural categories the language distinguishes, in CLDR order.
    public var pluralCategories: [String] { rules.categories }

    /// A whole number in the language's digits and grouping, e.g. 1.234 in German.
    public func number(_ value: Int) -> String { value.formatted(.number.locale(language.locale)) }

    /// A decimal number with `fractionDigits` digits after the language's decimal separator, e.g. 4,5 in French.
    public func decimal(_ value: Double, fractionDigits: Int) -> String {
        value.formatted(.number.precision(.fractionLength(fractionDigits)).grouping(.never).locale(language.locale))
    }

    /// A calendar date in the language's long form (13. Juni 2014, 2014年6月13日), in UTC so it reads the same everywhere.
    public func date(_ date: Date) -> String {
        let style = Date.FormatStyle(date: .long, time: .omitted, locale: language.locale, calendar: Calendar(identifier: .gregorian),
                                     timeZone: TimeZone(identifier: "UTC")!)
        return date.formatted(style)
    }

    /// A day written out for a customer with the month's name from the table, in the table's order: `15 January 2026`,
    /// `15. Januar 2026`, `2026年1月15日`. Unlike `date(_:)` it needs no locale data, so every system prints the same words.
    public func writtenDate(year: Int, month: Int, day: Int) throws(LocalizationError) -> String {
        guard StringKey.months.indices.contains(month - 1) else { throw .invalidDate(year: year, month: month, day: day) }
        let name = try text(StringKey.months[month - 1])
        return try text(.dateWritten, ["day": .text(String(day)), "month": .text(name), "year": .text(String(year))])
    }

    /// A decimal number with the language's digit grouping and decimal separator and exactly `fractionDigits` decimals,
    /// e.g. 1,240.50 in English, 1.240,50 in German; a minus sign, not a hyphen, before a negative number.
    public func grouped(_ value: Decimal, fractionDigits: Int) -> String {
        value.formatted(.number.precision(.fractionLength(fractionDigits)).locale(language.locale)).replacingOccurrences(of: "-", with: "\u{2212}")
    }

    /// The text with every ISO date (`2014-06-13`) written in the language's long form; other text is left as it is.
    ///
    /// English keeps ISO 8601 as written: it is the form leadprint's English documents have always printed, and reads the same in every English-speaking country.
    public func localizingDates(in text: String) -> String {
        guard language != .english else { return text }
        var result = ""
        var rest = text[...]
        while let match = Self.isoDate(in: rest) {
            result += rest[..<match.range.lowerBound] + date(match.date)
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }

    private static func isoDate(in text: Substring) -> (range: Range<Substring.Index>, date: Date)? {
        let characters = Array(text.indices)
        guard characters.count >= 10 else { return nil }
        for start in 0...(characters.count - 10) {
            let candidate = text[characters[start]..<(start + 10 < characters.count ? characters[start + 10] : text.endIndex)]
            let parts = candidate.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  start == 0 || !text[characters[start - 1]].isNumber,
                  let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { continue }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let components = DateComponents(year: year, month: month, day: day)
            // A string shaped like a date but not a real one (2014-02-30) is left as written.
            guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { continue }
            return (candidate.startIndex..<candidate.endIndex, date)
        }
        return nil
    }

    /// Items joined as the language writes a list with "and" (A, B and C; A、B和C).
    public func list(_ items: [String]) -> String { items.formatted(.list(type: .and).locale(language.locale)) }
}
