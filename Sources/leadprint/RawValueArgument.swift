import ArgumentParser

/// A command-line value spelled as its raw value (`--collate lead`, `--barcode qr`, `--format png`).
///
/// swift-argument-parser describes such values through string interpolation of each case, which goes through
/// runtime casts and reflection: 3 M instructions at every start for three enums. The same strings are given here
/// directly.
protocol RawValueArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension RawValueArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    /// Empty, as swift-argument-parser's own answer is when a value's description is its name.
    public static var allValueDescriptions: [String: String] { [:] }
    public var defaultValueDescription: String { rawValue }
}
