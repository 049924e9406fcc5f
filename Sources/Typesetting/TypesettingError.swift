import Geometry

/// What can go wrong while finding fonts and setting text.
public enum TypesettingError: Error, CustomStringConvertible, Equatable {
    /// fontconfig is not usable.
    case fontconfigUnavailable
    /// No installed font matches the family asked for; fontconfig offered another.
    case fontNotFound(FontSpec, offered: String)
    /// A font file could not be read.
    case unreadableFont(path: String)
    /// No installed font has a glyph for a character of the text.
    case missingGlyph(text: String, scalar: Unicode.Scalar)
    /// FriBidi could not resolve the text's embedding levels (it ran out of memory).
    case bidiFailed(text: String)
    /// ICU's line-break iterator could not be opened for the text.
    case lineBreakingFailed(text: String, reason: String)
    /// Text does not fit its box even at the smallest allowed size.
    case doesNotFit(text: String, context: String, box: Size, minimum: Length, neededWidth: Length)

    public var description: String {
        switch self {
        case .fontconfigUnavailable:
            "fontconfig could not be initialised"
        case .fontNotFound(let spec, let offered):
            "font '\(spec)' is not installed (fontconfig offered '\(offered)'); install it, e.g. apt-get install \(Self.package(for: spec.family))"
        case .unreadableFont(let path):
            "cannot read font file '\(path)'"
        case .missingGlyph(let text, let scalar):
            "no installed font has a glyph for U+\(String(scalar.value, radix: 16, uppercase: true)) in '\(text)'"
        case .bidiFailed(let text):
            "FriBidi could not order '\(text)' (out of memory)"
        case .lineBreakingFailed(let text, let reason):
            "ICU could not find line breaks in '\(text)': \(reason)"
        case .doesNotFit(let text, let context, let box, let minimum, let needed):
            "\(context): '\(text)' does not fit \(box.width.formattedMM) x \(box.height.formattedMM) even at \(minimum.points.formatted1) pt (needs \(needed.formattedMM) wide)"
        }
    }
}

extension TypesettingError {
    /// The Debian packages that ship a family leadprint asks for.
    static func package(for family: String) -> String {
        if family.hasPrefix("Noto Sans CJK") || family.hasPrefix("Noto Serif CJK") { return "fonts-noto-cjk" }
        if family.hasPrefix("Noto") && family.hasSuffix(" UI") { return "fonts-noto-ui-core" }
        if family.hasPrefix("Noto") { return "fonts-noto-core" }
        return "fonts-dejavu-core fonts-dejavu-extra"
    }
}

extension Length {
    var formattedMM: String { String(format: "%.1f mm", millimetres) }
}

extension Double {
    var formatted1: String { String(format: "%.1f", self) }
}

import Foundation
