import CFontconfig
import DisplayList
import Foundation

/// Finds font files through fontconfig: the face for a family and style, and fallbacks for characters it lacks.
///
/// Answers come from `FontAnswerCache` while what fontconfig read is unchanged; fontconfig is initialised only for
/// a question the cache cannot answer.
final class FontLibrary {
    private let cache: FontAnswerCache
    private var session: FontconfigSession?

    /// A library answering from `cache` first.
    init(cache: FontAnswerCache = .shared) {
        self.cache = cache
    }

    /// Whether this library has initialised fontconfig (a question the cache could not answer).
    var hasAskedFontconfig: Bool { session != nil }

    private func fontconfig() throws -> FontconfigSession {
        if let session { return session }
        let session = try FontconfigSession()
        self.session = session
        return session
    }

    /// The kept answer to a question, else fontconfig's (through `ask`), which is then kept.
    private func answer(_ query: FontAnswerCache.Query, ask: (OpaquePointer) throws -> FontAnswerCache.Answer) throws -> FontAnswerCache.Answer {
        if let kept = cache.answer(query) { return kept }
        let session = try fontconfig()
        let answer = try ask(session.config)
        cache.record(answer, for: query) { session.dependencies(environment: cache.environment) }
        return answer
    }

    /// The face matching a spec, failing when fontconfig can only offer a different family.
    func face(for spec: FontSpec) throws -> FontFace {
        let query = FontAnswerCache.Query.family(spec.family, bold: spec.bold, italic: spec.italic)
        switch try answer(query, ask: { try askFace(for: spec, config: $0) }) {
        case .face(let face): return face
        case .otherFamily(let offered): throw TypesettingError.fontNotFound(spec, offered: offered)
        case .none: throw TypesettingError.fontNotFound(spec, offered: "nothing")
        }
    }

    /// A face that has a glyph for the scalar, preferring one close to the spec; nil when no installed font has it.
    func fallbackFace(for scalar: Unicode.Scalar, near spec: FontSpec) throws -> FontFace? {
        let query = FontAnswerCache.Query.fallback(scalar: scalar.value, bold: spec.bold)
        if case .face(let face) = try answer(query, ask: { try askFallback(for: scalar, near: spec, config: $0) }) { return face }
        return nil
    }

    private func askFace(for spec: FontSpec, config: OpaquePointer) throws -> FontAnswerCache.Answer {
        let pattern = FcPatternCreate()!
        defer { FcPatternDestroy(pattern) }
        addString(pattern, FC_FAMILY, spec.family)
        FcPatternAddInteger(pattern, FC_WEIGHT, spec.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcPatternAddInteger(pattern, FC_SLANT, spec.italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN)
        guard let match = bestMatch(pattern, config: config) else { return .none }
        defer { FcPatternDestroy(match) }
        let families = strings(match, FC_FAMILY)
        // fontconfig always answers with something; a different family is a missing font, not a match.
        guard families.contains(where: { $0.caseInsensitiveCompare(spec.family) == .orderedSame }) else {
            return .otherFamily(families.first ?? "nothing")
        }
        return .face(try faceReference(match))
    }

    private func askFallback(for scalar: Unicode.Scalar, near spec: FontSpec, config: OpaquePointer) throws -> FontAnswerCache.Answer {
        let pattern = FcPatternCreate()!
        defer { FcPatternDestroy(pattern) }
        let charset = FcCharSetCreate()!
        defer { FcCharSetDestroy(charset) }
        FcCharSetAddChar(charset, scalar.value)
        FcPatternAddCharSet(pattern, FC_CHARSET, charset)
        FcPatternAddInteger(pattern, FC_WEIGHT, spec.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        guard let match = bestMatch(pattern, config: config) else { return .none }
        defer { FcPatternDestroy(match) }
        var matchCharset: OpaquePointer?
        guard FcPatternGetCharSet(match, FC_CHARSET, 0, &matchCharset) == FcResultMatch,
              let matchCharset, FcCharSetHasChar(matchCharset, scalar.value) != 0 else { return .none }
        return .face(try faceReference(match))
    }

    private func bestMatch(_ pattern: OpaquePointer, config: OpaquePointer) -> OpaquePointer? {
        FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        return FcFontMatch(config, pattern, &result)
    }

    private func faceReference(_ match: OpaquePointer) throws -> FontFace {
        guard let file = strings(match, FC_FILE).first else { throw TypesettingError.unreadableFont(path: "?") }
        var index: Int32 = 0
        _ = FcPatternGetInteger(match, FC_INDEX, 0, &index)
        return FontFace(path: file, index: Int(index))
    }

    private func addString(_ pattern: OpaquePointer, _ object: String, _ value: String) {
        _ = value.withCString { FcPatternAddString(pattern, object, UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self)) }
    }

    private func strings(_ pattern: OpaquePointer, _ object: String) -> [String] {
        var values: [String] = []
        var n: Int32 = 0
        var value: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(pattern, object, n, &value) == FcResultMatch, let value {
            // Copy now: the string belongs to the pattern, which is destroyed after this call.
            values.append(String(cString: value))
            n += 1
        }
        return values
    }
}
