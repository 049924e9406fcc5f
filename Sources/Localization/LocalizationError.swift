/// What can go wrong loading a string table or formatting a string from it.
public enum LocalizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A `--lang` code leadprint has no table for.
    case unknownLanguage(String, known: [String])
    /// The table file could not be read.
    case unreadable(file: String, reason: String)
    /// The YAML does not parse, or is not a mapping of keys.
    case syntax(file: String, line: Int?, message: String)
    /// A key English has is absent; `line` is where it belongs (the next key present, or the end of the file).
    case missingKey(file: String, line: Int, key: String)
    /// A key English does not have.
    case extraKey(file: String, line: Int, key: String)
    /// A key given twice in one table.
    case duplicateKey(file: String, line: Int, key: String)
    /// A value of the wrong shape: a plural mapping where text belongs, or the reverse, or an empty text.
    case wrongShape(file: String, line: Int, key: String, expected: String)
    /// A plural entry whose categories are not the language's CLDR categories.
    case pluralCategories(file: String, line: Int, key: String, expected: [String], found: [String])
    /// A translation whose `{placeholders}` differ from English's.
    case placeholders(file: String, line: Int, key: String, expected: [String], found: [String])
    /// A key the loaded table does not hold (loading checks every key, so this is a programming error).
    case unknownKey(String)
    /// A document asked for a string without a value for one of its placeholders.
    case missingArgument(key: String, placeholder: String)
    /// A plural string asked for without a whole `count`.
    case missingCount(key: String)
    /// A date asked to be written out that is no day of the Gregorian calendar (a month outside 1 to 12).
    case invalidDate(year: Int, month: Int, day: Int)
    /// ICU failed.
    case icu(function: String, status: String)
    /// No `Resources/` folder was found.
    case resourcesNotFound(searched: [String])
    /// `LEADPRINT_RESOURCES` names a folder without the files leadprint needs.
    case resourceMissing(path: String)
    /// Every problem of one table, in file order.
    case invalidTable([LocalizationError])

    public var description: String {
        switch self {
        case .resourcesNotFound(let searched):
            "no Resources/ folder with presets/ and palette.yaml above \(searched.joined(separator: " or ")); set LEADPRINT_RESOURCES"
        case .resourceMissing(let path):
            "resources: \(path) is missing"
        case .unknownLanguage(let code, let known):
            "unknown language '\(code)'; expected one of \(known.joined(separator: ", "))"
        case .unreadable(let file, let reason):
            "\(file): cannot read: \(reason)"
        case .syntax(let file, let line, let message):
            "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .missingKey(let file, let line, let key):
            "\(file):\(line): missing key '\(key)' (every key of en.yaml needs a translation)"
        case .extraKey(let file, let line, let key):
            "\(file):\(line): extra key '\(key)' (not in en.yaml)"
        case .duplicateKey(let file, let line, let key):
            "\(file):\(line): key '\(key)' given twice"
        case .wrongShape(let file, let line, let key, let expected):
            "\(file):\(line): key '\(key)': expected \(expected)"
        case .pluralCategories(let file, let line, let key, let expected, let found):
            "\(file):\(line): key '\(key)': plural categories \(found.joined(separator: " ")); the language needs exactly \(expected.joined(separator: " "))"
        case .placeholders(let file, let line, let key, let expected, let found):
            "\(file):\(line): key '\(key)': placeholders {\(found.joined(separator: "}, {"))} differ from English's {\(expected.joined(separator: "}, {"))}"
        case .unknownKey(let key):
            "string '\(key)' is not in the loaded table"
        case .missingArgument(let key, let placeholder):
            "string '\(key)' needs a value for {\(placeholder)}"
        case .missingCount(let key):
            "plural string '\(key)' needs a whole-number {count}"
        case .invalidDate(let year, let month, let day):
            "\(year)-\(month)-\(day) is not a day of the calendar"
        case .icu(let function, let status):
            "ICU \(function) failed: \(status)"
        case .invalidTable(let problems):
            problems.map(\.description).joined(separator: "\n")
        }
    }
}
