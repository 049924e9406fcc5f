import CFontconfig
import DisplayList
import Foundation

/// Finds font files through fontconfig: the face for a family and style, and fallbacks for characters it lacks.
final class FontLibrary {
    private let config: OpaquePointer

    init() throws {
        guard FcInit() != 0, let config = FcConfigGetCurrent() else { throw TypesettingError.fontconfigUnavailable }
        FcConfigReference(config)
        self.config = config
    }

    deinit { FcConfigDestroy(config) }

    /// The face matching a spec, failing when fontconfig can only offer a different family.
    func face(for spec: FontSpec) throws -> FontFace {
        let pattern = FcPatternCreate()!
        defer { FcPatternDestroy(pattern) }
        addString(pattern, FC_FAMILY, spec.family)
        FcPatternAddInteger(pattern, FC_WEIGHT, spec.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcPatternAddInteger(pattern, FC_SLANT, spec.italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN)
        guard let match = bestMatch(pattern) else { throw TypesettingError.fontNotFound(spec, offered: "nothing") }
        defer { FcPatternDestroy(match) }
        let families = strings(match, FC_FAMILY)
        // fontconfig always answers with something; a different family is a missing font, not a match.
        guard families.contains(where: { $0.caseInsensitiveCompare(spec.family) == .orderedSame }) else {
            throw TypesettingError.fontNotFound(spec, offered: families.first ?? "nothing")
        }
        return try faceReference(match)
    }

    /// A face that has a glyph for the scalar, preferring one close to the spec; nil when no installed font has it.
    func fallbackFace(for scalar: Unicode.Scalar, near spec: FontSpec) throws -> FontFace? {
        let pattern = FcPatternCreate()!
        defer { FcPatternDestroy(pattern) }
        let charset = FcCharSetCreate()!
        defer { FcCharSetDestroy(charset) }
        FcCharSetAddChar(charset, scalar.value)
        FcPatternAddCharSet(pattern, FC_CHARSET, charset)
        FcPatternAddInteger(pattern, FC_WEIGHT, spec.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        guard let match = bestMatch(pattern) else { return nil }
        defer { FcPatternDestroy(match) }
        var matchCharset: OpaquePointer?
        guard FcPatternGetCharSet(match, FC_CHARSET, 0, &matchCharset) == FcResultMatch,
              let matchCharset, FcCharSetHasChar(matchCharset, scalar.value) != 0 else { return nil }
        return try faceReference(match)
    }

    private func bestMatch(_ pattern: OpaquePointer) -> OpaquePointer? {
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
