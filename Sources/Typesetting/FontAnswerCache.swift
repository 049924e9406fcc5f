import DisplayList
import Foundation

/// fontconfig's answers (the file a family resolves to, the font a character falls back to), kept on disk between runs.
///
/// `FcInit` parses every file under /etc/fonts at each start, 29 M instructions, more than anything else a short run
/// does, to answer the same two or three questions. An answer is reused only while everything fontconfig read to give
/// it is unchanged: each configuration file and folder, each font folder and subfolder (installing or removing a font
/// changes its folder's time), the user's optional configuration places (absent ones too), fontconfig's version and
/// the environment variables it reads. Any change, or a cache that cannot be read, sends every question back to
/// fontconfig, whose answers then replace the file.
final class FontAnswerCache: @unchecked Sendable {
    /// What fontconfig answered.
    enum Answer: Equatable {
        /// This face.
        case face(FontFace)
        /// A family query matched only another family (a missing font), named here.
        case otherFamily(String)
        /// No match at all (a family query), or no installed font with the character (a fallback query).
        case none
    }

    /// A question put to fontconfig.
    enum Query: Equatable {
        case family(String, bold: Bool, italic: Bool)
        case fallback(scalar: UInt32, bold: Bool)
    }

    /// A path and what `stat` said of it when the answers were given.
    struct Stamp: Equatable {
        var path: String
        /// Modification time in nanoseconds and size, or "absent".
        var state: String
    }

    /// The environment variables fontconfig reads (configuration, user folders, default language).
    static let environmentNames = ["FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "FC_LANG", "LC_ALL", "LC_CTYPE", "LANG",
                                   "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"]
    static let header = "leadprint-fontconfig-answers\t1"
    /// Larger files are not read: the cache holds a few dozen lines.
    static let maximumBytes = 1 << 20

    /// The file answers are kept in; nil keeps them for this process only.
    let file: URL?
    private let fontconfigVersion: Int
    /// The variables fontconfig reads, as this cache was opened with them.
    let environment: [String: String]
    private let lock = NSLock()
    /// A handful of answers, searched in order: a dictionary keyed by `Query` costs a run more to set up (its
    /// storage type and the runtime's first `Hashable` lookup for `Query`) than it could ever save.
    private var answers: [(query: Query, answer: Answer)] = []
    /// What the answers depend on; nil until fontconfig has been asked in this process or a valid file was read.
    private var stamps: [Stamp]?

    /// The process's cache, at `LEADPRINT_FONT_CACHE` (`off` for none), else `$XDG_CACHE_HOME/leadprint`, else `~/.cache/leadprint`.
    static let shared: FontAnswerCache = {
        let environment = currentEnvironment(names: environmentNames + ["LEADPRINT_FONT_CACHE"])
        return FontAnswerCache(file: defaultFile(environment: environment), fontconfigVersion: Int(FontconfigSession.version),
                               environment: environment)
    }()

    /// The variables among `names` that are set, read one by one: `ProcessInfo.environment` copies the whole
    /// environment into a dictionary, half a million instructions, on every call.
    static func currentEnvironment(names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names { if let value = getenv(name) { values[name] = String(cString: value) } }
        return values
    }

    /// Where the cache lives for an environment; nil when caching is off or there is no home folder.
    static func defaultFile(environment: [String: String]) -> URL? {
        if let chosen = environment["LEADPRINT_FONT_CACHE"] {
            return chosen.isEmpty || chosen == "off" ? nil : URL(fileURLWithPath: chosen)
        }
        let name = "leadprint/fontconfig-answers"
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent(name)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache").appendingPathComponent(name)
    }

    /// Opens the cache, reading the file's answers if everything they depend on is unchanged.
    init(file: URL?, fontconfigVersion: Int, environment: [String: String]) {
        self.file = file
        self.fontconfigVersion = fontconfigVersion
        self.environment = environment.filter { Self.environmentNames.contains($0.key) }
        if let file, let bytes = Self.read(file), let loaded = parse(bytes), loaded.stamps.allSatisfy({ Self.stamp($0.path) == $0 }) {
            answers = loaded.answers
            stamps = loaded.stamps
        }
    }

    /// The kept answer to a question, if any.
    func answer(_ query: Query) -> Answer? {
        lock.withLock { answers.first { $0.query == query }?.answer }
    }

    /// Keeps fontconfig's answer and rewrites the file; `dependencies` lists the paths fontconfig read, asked only
    /// when this process has no valid list yet.
    func record(_ answer: Answer, for query: Query, dependencies: () -> [String]) {
        let text: String? = lock.withLock {
            if let index = answers.firstIndex(where: { $0.query == query }) {
                answers[index].answer = answer
            } else {
                answers.append((query, answer))
            }
            if stamps == nil { stamps = dependencies().map(Self.stamp) }
            return file == nil ? nil : serialized()
        }
        guard let file, let text else { return }
        // A cache that cannot be written costs the next run time, never a result: the answer is already in hand.
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .atomic)
        } catch {}
    }

    /// What `stat` says of a path now.
    static func stamp(_ path: String) -> Stamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return Stamp(path: path, state: "absent") }
        let nanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return Stamp(path: path, state: "\(nanoseconds) \(info.st_size)")
    }

    // MARK: - File format: one record per line, tab-separated fields, % escapes for tab, line breaks and %.

    private static func read(_ file: URL) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
        defer { handle.closeFile() }
        let data = handle.readData(ofLength: maximumBytes + 1)
        guard data.count <= maximumBytes else { return nil }
        return [UInt8](data)
    }

    private func serialized() -> String {
        var lines = [Self.header, "fontconfig\t\(fontconfigVersion)"]
        for name in Self.environmentNames {
            lines.append("env\t\(name)\t" + (environment[name].map { "=" + Self.escape($0) } ?? "!"))
        }
        for stamp in stamps ?? [] { lines.append("stamp\t\(Self.escape(stamp.path))\t\(stamp.state)") }
        let records = answers.map { query, answer -> String in
            let question = switch query {
            case .family(let family, let bold, let italic): "family\t\(Self.escape(family))\t\(bold ? 1 : 0)\t\(italic ? 1 : 0)"
            case .fallback(let scalar, let bold): "fallback\t\(String(scalar, radix: 16))\t\(bold ? 1 : 0)"
            }
            let reply = switch answer {
            case .face(let face): "face\t\(Self.escape(face.path))\t\(face.index)"
            case .otherFamily(let family): "other\t\(Self.escape(family))"
            case .none: "none"
            }
            return question + "\t" + reply
        }
        // Sorted, so the same answers always make the same file.
        return (lines + records.sorted()).joined(separator: "\n") + "\n"
    }

    /// The file's answers and stamps, or nil when any line is not what `serialized` writes. Works on bytes: the
    /// file is read at every start, and splitting it as `Character`s cost 8 M instructions.
    private func parse(_ bytes: [UInt8]) -> (answers: [(query: Query, answer: Answer)], stamps: [Stamp])? {
        // Valid UTF-8 as a whole, so each field (cut at ASCII tabs and line breaks) is valid on its own.
        guard bytes.last == UInt8(ascii: "\n"), String(validating: bytes, as: UTF8.self) != nil else { return nil }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        lines.removeLast()
        func fields(_ line: ArraySlice<UInt8>) -> [String]? {
            var out: [String] = []
            out.reserveCapacity(6)
            var start = line.startIndex
            while true {
                let end = line[start...].firstIndex(of: UInt8(ascii: "\t")) ?? line.endIndex
                let field = line[start..<end]
                let text = String(decoding: field, as: UTF8.self)
                out.append(field.contains(UInt8(ascii: "%")) ? Self.unescape(text) : text)
                guard end < line.endIndex else { return out }
                start = line.index(after: end)
            }
        }
        guard lines.count >= 2, fields(lines[0]) == Self.header.components(separatedBy: "\t"),
              fields(lines[1]) == ["fontconfig", String(fontconfigVersion)] else { return nil }
        var answers: [(query: Query, answer: Answer)] = []
        var stamps: [Stamp] = []
        var seenEnvironment: [String: String?] = [:]
        for line in lines.dropFirst(2) {
            guard let fields = fields(line) else { return nil }
            switch fields.first ?? "" {
            case "env":
                guard fields.count == 3, let value = fields[2].first else { return nil }
                seenEnvironment.updateValue(value == "=" ? String(fields[2].dropFirst()) : nil, forKey: fields[1])
            case "stamp":
                guard fields.count == 3 else { return nil }
                stamps.append(Stamp(path: fields[1], state: fields[2]))
            case "family":
                guard fields.count >= 5, let answer = Self.answer(fields[4...]) else { return nil }
                answers.append((.family(fields[1], bold: fields[2] == "1", italic: fields[3] == "1"), answer))
            case "fallback":
                guard fields.count >= 4, let scalar = UInt32(fields[1], radix: 16), let answer = Self.answer(fields[3...]) else { return nil }
                answers.append((.fallback(scalar: scalar, bold: fields[2] == "1"), answer))
            default:
                return nil
            }
        }
        // Every variable fontconfig reads must be recorded, and recorded as it is now.
        for name in Self.environmentNames {
            guard let recorded = seenEnvironment[name], recorded == environment[name] else { return nil }
        }
        guard !stamps.isEmpty else { return nil }
        return (answers, stamps)
    }

    private static func answer(_ fields: ArraySlice<String>) -> Answer? {
        switch fields.first ?? "" {
        case "face":
            guard fields.count == 3, let index = Int(fields[fields.startIndex + 2]) else { return nil }
            return .face(FontFace(path: fields[fields.startIndex + 1], index: index))
        case "other":
            return fields.count == 2 ? .otherFamily(fields[fields.startIndex + 1]) : nil
        case "none":
            return fields.count == 1 ? Answer.none : nil
        default:
            return nil
        }
    }

    private static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "%" || $0 == "\t" || $0.isNewline }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                out += "%" + String(scalar.value, radix: 16, uppercase: true) + ";"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func unescape(_ field: String) -> String {
        var out = ""
        var rest = field.unicodeScalars[...]
        while let first = rest.first {
            rest = rest.dropFirst()
            guard first == "%", let end = rest.firstIndex(of: ";"),
                  let value = UInt32(String(String.UnicodeScalarView(rest[..<end])), radix: 16), let scalar = Unicode.Scalar(value) else {
                out.unicodeScalars.append(first)
                continue
            }
            out.unicodeScalars.append(scalar)
            rest = rest[rest.index(after: end)...]
        }
        return out
    }
}
